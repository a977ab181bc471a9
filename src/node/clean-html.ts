import {JSDOM, VirtualConsole} from 'jsdom';
import {cleanDocument} from '../core/clean.js';
import type {CleanOptions, CleanResult} from '../core/types.js';
import {limitNesting} from './nesting.js';

export {cleanDocument};
export type * from '../core/types.js';

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Parses HTML with jsdom as a browser would see it: no scripts run, nothing is fetched,
 * nesting stops at the browsers' depth (see nesting.ts). jsdom's CSS parser throws on
 * some real stylesheets (SCSS left in `calc()`, seen on the dev corpus); stylesheets play
 * no part in extraction, so such a page is parsed again without them.
 */
export function parseHtml(html: string, url: string): Document {
	const parse = (source: string) => new JSDOM(source, {url, virtualConsole: new VirtualConsole()}).window.document;
	let doc: Document;
	try {
		doc = parse(html);
	} catch {
		doc = parse(html.replace(STYLE_ELEMENT, ''));
	}
	limitNesting(doc);
	return doc;
}

/**
 * Parses HTML (see parseHtml) and cleans it. The result is plain data, so the jsdom window is
 * closed: a run over many pages otherwise keeps every page's window alive until the heap is full.
 */
export function cleanHtml(html: string, options: CleanOptions): CleanResult {
	const doc = parseHtml(html, options.url);
	try {
		return cleanDocument(doc, options);
	} finally {
		doc.defaultView?.close();
	}
}

export {decodeHtml} from './decode.js';
