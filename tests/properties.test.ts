// Property tests: on arbitrary and malformed HTML the cleaner never throws, never writes
// a word that is not on the page, and cleaning its own output again loses no paragraph.
// Fixed seeds: a failure prints its seed and shrunk page, and reruns the same way.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cleanDocument} from '../src/core/clean.js';
import {inlineRelated, isMetaLine, isSocialLine, labelRules, noticeRules} from '../src/core/clutter/text-rules.js';
import {parseHtml} from '../src/node/clean-html.js';
import {page, TITLE} from './arbitrary-html.js';
import {fold} from './helpers.js';

const URL_ = 'https://news.example/story';
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const BLOCK = /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;
const RUNS = {throws: 300, words: 250, again: 150};
/** fast-check runs synchronously; give each property the time its runs need on a slow machine. */
const TIMEOUT = 600_000;

/**
 * Pages are parsed by jsdom's DOMParser in one shared window: a new JSDOM per page costs more
 * than the cleaning. Such documents have no window of their own, so they get the shared one,
 * as a page's document has in a browser.
 */
const window_ = parseHtml('', URL_).defaultView!;
const parser = new window_.DOMParser();
function parse(html: string): Document {
	const doc = parser.parseFromString(html, 'text/html');
	Object.defineProperty(doc, 'defaultView', {value: window_});
	return doc;
}

/** Words of every text node, and of the text as drawn (inline elements joined, blocks apart). */
function pageWords(doc: Document): Set<string> {
	const words = new Set<string>();
	let drawn = '';
	const walk = (node: Node): void => {
		for (let child = node.firstChild; child; child = child.nextSibling) {
			if (child.nodeType === 3) {
				for (const word of child.nodeValue!.match(WORD) ?? []) words.add(word);
				drawn += child.nodeValue;
			} else if (child.nodeType === 1) {
				const block = BLOCK.test((child as Element).localName);
				if (block) drawn += '\n';
				walk(child);
				if (block) drawn += '\n';
			}
		}
	};
	walk(doc.body);
	for (const word of drawn.match(WORD) ?? []) words.add(word);
	return words;
}

/** A line the clutter rules remove wherever it stands: a second pass may fairly drop it. */
function isClutterLine(line: string): boolean {
	return (
		[...labelRules, ...noticeRules].some(rule => rule.pattern.test(line)) ||
		isSocialLine(line) ||
		isMetaLine(line) ||
		inlineRelated.test(line)
	);
}

/**
 * A <figcaption> that held an <svg> or <math> is not taken out as a caption (it holds media) but
 * loses that media to the sanitizer, so a second pass takes it out: known, tested apart below.
 */
function figcaptionTexts(html: string): string[] {
	return [...parse(`<body>${html}</body>`).querySelectorAll('figcaption')].map(el => fold(el.textContent ?? ''));
}

describe('cleanDocument on arbitrary HTML', () => {
	it(`never throws and always says what it found (${RUNS.throws} runs, force on or off)`, () => {
		fc.assert(
			fc.property(page, fc.boolean(), (html, force) => {
				const result = cleanDocument(parse(html), {url: URL_, force});
				expect(['article', 'not-article']).toContain(result.kind);
				if (result.kind === 'not-article') expect(result.reason).toMatch(/\S/);
				else expect(typeof result.markdown).toBe('string');
			}),
			{seed: 20260501, numRuns: RUNS.throws},
		);
	}, TIMEOUT);

	it(`writes no word that is not on the page (${RUNS.words} runs, force)`, () => {
		fc.assert(
			fc.property(page, html => {
				const doc = parse(html);
				const result = cleanDocument(doc, {url: URL_, force: true});
				if (result.kind !== 'article') return;
				// Ordered-list numbers are written by the plain-text renderer, as a browser draws them.
				const words = result.text.replace(/^\d+\. /gm, '').match(WORD) ?? [];
				const known = pageWords(doc);
				expect(words.filter(word => !known.has(word))).toEqual([]);
			}),
			{seed: 20260502, numRuns: RUNS.words},
		);
	}, TIMEOUT);

	it(`loses no paragraph when its own output is cleaned again (${RUNS.again} runs, force)`, () => {
		fc.assert(
			fc.property(page, html => {
				const first = cleanDocument(parse(html), {url: URL_, force: true});
				if (first.kind !== 'article') return;
				const leftCaptions = figcaptionTexts(first.html);
				const paragraphs = first.text
					.split('\n\n')
					.map(fold)
					.filter(paragraph => paragraph.length >= 40 && !isClutterLine(paragraph) && !leftCaptions.some(caption => caption.includes(paragraph)));
				if (paragraphs.length === 0) return;
				const again = `<!doctype html><html><head><title>${TITLE}</title></head><body>${first.html}</body></html>`;
				const second = cleanDocument(parse(again), {url: URL_, force: true});
				const text = second.kind === 'article' ? fold(second.text) : '';
				expect(paragraphs.filter(paragraph => !text.includes(paragraph))).toEqual([]);
			}),
			{seed: 20260503, numRuns: RUNS.again},
		);
	}, TIMEOUT);
});

// Found by the property above (seed 20260503): a caption kept for its <svg>, which the sanitizer then dropped.
it('takes out, in one pass, a caption whose only media was an <svg> the sanitizer drops', () => {
	const html = `<html><head><title>${TITLE}</title></head><body><article><p><figcaption><p><svg>the the the.</p> the water stone harbour of the old town.</article></body></html>`;
	const first = cleanDocument(parse(html), {url: URL_, force: true});
	expect(first.kind === 'article' && first.html).not.toContain('<figcaption');
});
