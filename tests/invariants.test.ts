// Properties every cleaning must keep, checked on every fixture page.
import {describe, expect, it} from 'vitest';
import {cleanDocument} from '../src/core/clean.js';
import {parseHtml} from '../src/node/clean-html.js';
import {fixtureSlugs, fold, loadFixture} from './helpers.js';

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

describe.each(fixtureSlugs())('invariants on %s', slug => {
	const fixture = loadFixture(slug);
	const doc = parseHtml(fixture.source, fixture.expected.url);
	const before = doc.documentElement.outerHTML;
	const result = cleanDocument(doc, {url: fixture.expected.url, force: true});

	it('leaves the page it read byte-identical', () => {
		expect(doc.documentElement.outerHTML).toBe(before);
	});

	if (result.kind !== 'article') return;

	it('writes no word that is not on the page', () => {
		// Words of each text node, and of the whole text (a word may span inline elements).
		const pageWords = new Set(doc.body.textContent!.match(WORD));
		const walker = doc.createTreeWalker(doc.body, 4);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) for (const word of node.nodeValue!.match(WORD) ?? []) pageWords.add(word);
		// Ordered-list numbers are written by the plain-text renderer, as a browser draws them.
		const body = result.text.replace(/^\d+\. /gm, '');
		const invented = [body, ...result.captions.flatMap(caption => [caption.text, caption.credit ?? ''])]
			.flatMap(text => text.match(WORD) ?? [])
			.filter(word => !pageWords.has(word));
		expect(invented).toEqual([]);
	});

	it('takes every caption out of the body text', () => {
		const text = fold(result.text);
		for (const caption of result.captions) {
			if (caption.text.length >= 20) expect(text).not.toContain(caption.text);
			if (caption.credit) expect(text).not.toContain(`(Picture: ${caption.credit})`);
		}
	});

	it('returns HTML with nothing executable or styled by the page', () => {
		expect(result.html).not.toMatch(/<(script|style|iframe|form|input|button|object|embed|svg|math)\b/i);
		expect(result.html).not.toMatch(/\son\w+\s*=/i);
		expect(result.html).not.toMatch(/\s(style|class)\s*=/i);
		expect(result.html).not.toMatch(/javascript:/i);
	});

	it('survives JSON, as messages between extension contexts carry it', () => {
		const copy = JSON.parse(JSON.stringify(result));
		expect(copy.text).toBe(result.text);
		expect(copy.markdown.length).toBeGreaterThan(0);
	});
});
