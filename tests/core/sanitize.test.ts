import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {cleanDocument} from '../../src/core/clean.js';
import {sanitizeToFragment} from '../../src/core/sanitize.js';
import {cleanHtml} from '../../src/node/clean-html.js';

const paragraphs = Array.from({length: 6}, (_, i) => `<p>Paragraph ${i} of a long enough article about the harbour, the ferries and the people who work on them every day.</p>`).join('');

function articleHtml(payload: string): string {
	const result = cleanHtml(`<html><body><article><h1>Harbour</h1>${paragraphs}${payload}${paragraphs}</article></body></html>`, {url: 'https://news.example/h'});
	if (result.kind !== 'article') throw new Error(result.reason);
	return result.html;
}

describe('article HTML is sanitized', () => {
	it.each([
		['a script', '<p>Tide<script>window.pwned=1</script></p>', /<script/i],
		['an event handler', '<p><img src="/x.jpg" onerror="window.pwned=1">Tide</p>', /onerror/i],
		['a javascript: link', '<p><a href="javascript:alert(1)">Tide tables</a> are posted daily at the quay.</p>', /javascript:/i],
		['an iframe', '<p>Tide</p><iframe src="https://evil.example"></iframe>', /<iframe/i],
		['inline styles', '<p style="background:url(https://evil.example/t.png)">Tide tables are posted daily at the quay.</p>', /style=/i],
		['an SVG with script', '<p>Tide<svg><script>alert(1)</script></svg></p>', /<svg|<script/i],
	])('drops %s', (_name, payload, forbidden) => {
		expect(articleHtml(payload)).not.toMatch(forbidden);
	});

	it('makes links and images absolute against the page', () => {
		const html = articleHtml('<p><a href="/tides">Tide tables</a> are posted daily. <img src="img/quay.jpg" alt="Quay"></p>');
		expect(html).toContain('href="https://news.example/tides"');
		expect(html).toContain('src="https://news.example/img/quay.jpg"');
	});
});

describe('sanitizeToFragment', () => {
	// A view in a window that first cleaned a document without one (a DOMParser page, a clone)
	// still gets the article: only a window's purifier can parse a string.
	it('parses article HTML in a window whose realm first cleaned a windowless document', () => {
		const {window} = new JSDOM('', {url: 'https://news.example/h'});
		const page = new window.DOMParser().parseFromString(`<html><body><article><h1>Harbour</h1>${paragraphs}</article></body></html>`, 'text/html');
		const result = cleanDocument(page, {url: 'https://news.example/h'});
		if (result.kind !== 'article') throw new Error(result.reason);
		const fragment = sanitizeToFragment(window.document, result.html);
		expect(fragment.textContent).toContain('Paragraph 5 of a long enough article');
	});
});
