// "Put back" returns a removed block to where it stood: found in the page's text, then shown and copied there.
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';
import {copyMarkdown, copyText} from '../../src/view/copy-content.js';
import {renderArticle} from '../../src/view/render-article.js';
import {blocksOf, insertRestored, placeRemoved, placesIn} from '../../src/view/restore-place.js';
import type {PlacedBlock} from '../../src/view/restore-place.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';

const t = (key: string) => key;
const sentence = (n: number) => `<p>Paragraph ${n} of the article tells the reader what happened at the harbour this morning, in some detail.</p>`;
const page = `<!doctype html><html lang="en"><head><title>The harbour</title></head><body>
	<nav><a href="/">Home</a> · <a href="/news">News</a></nav>
	<article><h1>The harbour</h1>${sentence(1)}${sentence(2)}
	<div class="share-bar"><a href="/s/x">Share on X</a> <a href="/s/fb">Share on Facebook</a></div>
	${sentence(3)}<h2>Later that day</h2>${sentence(4)}${sentence(5)}</article>
	<footer><p>© The Harbour Gazette</p></footer></body></html>`;

function read() {
	const {document} = new JSDOM(page, {url: 'https://news.example/harbour'}).window;
	const article = cleanHtml(page, {url: 'https://news.example/harbour'});
	if (article.kind !== 'article') throw new Error(article.reason);
	return {...article, removed: placeRemoved(document, article)};
}

describe('where a removed block stood', () => {
	it('is the first kept block found after its text in the page', () => {
		const text = 'Home · News Paragraph 1 of it. Paragraph 2 of it. Share on X Share on Facebook Paragraph 3 of it. © Gazette';
		expect(placesIn(text, ['Paragraph 1 of it.', 'Paragraph 2 of it.', 'Paragraph 3 of it.'], [{text: 'Share on X Share on Facebook'}, {text: 'Home · News'}, {text: '© Gazette'}, {text: 'Not in the page'}]))
			.toEqual([2, 0, 3, undefined]);
	});

	it('takes the occurrences of a repeated block in turn, and reads a cut preview by its start', () => {
		const text = 'Share it. Paragraph one here. Share it. Paragraph two here. A long block that goes on';
		expect(placesIn(text, ['Paragraph one here.', 'Paragraph two here.'], [{text: 'Share it.'}, {text: 'Share it.'}, {text: 'A long block…'}])).toEqual([0, 1, 2]);
	});

	it('is found for the blocks the cleaner took out of a real page', () => {
		const article = read();
		const byReason = Object.fromEntries(article.removed.map(block => [block.reason, (block as PlacedBlock).before]));
		const blocks = blocksOf(new JSDOM(article.html).window.document.body).map(block => block.textContent);
		expect(blocks[byReason.share!]).toMatch(/^Paragraph 3/);
		expect(byReason.navigation).toBe(0);
		expect(byReason.footer).toBe(blocks.length);
	});
});

describe('putting back', () => {
	it('shows each block put back in its place in the view', () => {
		const article = read();
		const {document} = new JSDOM('').window;
		const share = article.removed.findIndex(block => block.reason === 'share');
		const footer = article.removed.findIndex(block => block.reason === 'footer');
		const view = renderArticle(document, article, {t, options: DEFAULT_VIEW_OPTIONS, locale: 'en', restored: new Set([share, footer])});
		const restored = [...view.querySelectorAll('.cp-restored')];
		expect(restored.map(block => block.textContent?.trim())).toEqual(['Share on X Share on Facebook', '© The Harbour Gazette']);
		expect(restored[0]!.previousElementSibling?.textContent).toMatch(/^Paragraph 2/);
		expect(restored[0]!.nextElementSibling?.textContent).toMatch(/^Paragraph 3/);
		expect(restored[1]!.previousElementSibling?.textContent).toMatch(/^Paragraph 5/);
	});

	it('copies each block put back in its place, as text and as Markdown', () => {
		const article = read();
		const share = article.removed.filter(block => block.reason === 'share');
		const input = {article, restored: share, options: {copyCaptions: false, copyCitation: false}, t, locale: 'en'};
		const doc = new JSDOM('').window.document;
		const text = copyText(doc, input);
		expect(text.indexOf('Share on X')).toBeGreaterThan(text.indexOf('Paragraph 2'));
		expect(text.indexOf('Share on X')).toBeLessThan(text.indexOf('Paragraph 3'));
		const markdown = copyMarkdown(doc, input);
		expect(markdown.indexOf('[Share on X]')).toBeGreaterThan(markdown.indexOf('Paragraph 2'));
		expect(markdown.indexOf('[Share on X]')).toBeLessThan(markdown.indexOf('Paragraph 3'));
	});

	it('puts a block whose place is unknown at the end, and blocks after the last one in their order', () => {
		const {document} = new JSDOM('<div><p>One</p><p>Two</p></div>').window;
		const body = document.querySelector('div')!;
		const block = (text: string, before?: number) => {
			const element = document.createElement('aside');
			element.textContent = text;
			return {block: {reason: 'footer' as const, rule: 'r', text, length: text.length, html: '', before}, element};
		};
		insertRestored(body, [block('end 1', 2), block('unknown'), block('end 2', 2), block('first', 0)]);
		expect([...body.children].map(child => child.textContent)).toEqual(['first', 'One', 'Two', 'end 1', 'end 2', 'unknown']);
	});
});
