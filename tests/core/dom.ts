import {parseHtml} from '../../src/node/clean-html.js';

/** A <body> holding the given markup, in a jsdom document at example.com. */
export function bodyOf(html: string, url = 'https://news.example/story'): HTMLElement {
	return parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`, url).body;
}
