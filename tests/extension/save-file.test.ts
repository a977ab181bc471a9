// Save: a file name every system takes, from the title; the file holds the copy's content, pictures linked.
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';
import {fileName, savedFile} from '../../src/view/save-file.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';

const t = (key: string, sub?: string | string[]) => (key === 'citation' ? `Source: ${sub}` : key === 'captionsHeading' ? 'Captions' : key);
const paragraph = '<p>The ferry left twenty minutes late while the crew waited for the channel markers to show in the fog, as most mornings this spring.</p>';

function input(title: string) {
	const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const html = `<html lang="en"><head><title>${escaped}</title></head><body><article><h1>${escaped}</h1>${paragraph.repeat(3)}
		<figure><img src="/pictures/ferry.jpg" alt="The ferry"><figcaption>The ferry at dawn.</figcaption></figure>${paragraph}</article></body></html>`;
	const article = cleanHtml(html, {url: 'https://news.example/2026/ferry'});
	if (article.kind !== 'article') throw new Error(article.reason);
	return {article, restored: [], options: DEFAULT_VIEW_OPTIONS, t, locale: 'en'};
}

describe('fileName', () => {
	it('is the title with the format\'s extension', () => {
		expect(fileName('Fog delays the harbour ferry again', 'md')).toBe('Fog delays the harbour ferry again.md');
		expect(fileName('Ελληνικά και 日本語', 'html')).toBe('Ελληνικά και 日本語.html');
	});

	it('drops separators, reserved and control characters, and dots and spaces at the ends', () => {
		expect(fileName('AC/DC: "Live" at <Wembley>? * | \\ ', 'md')).toBe('AC DC Live at Wembley.md');
		expect(fileName('...hidden\u0000 tab\tname...', 'md')).toBe('hidden tab name.md');
		expect(fileName('right\u202eto left', 'md')).toBe('right to left.md');
	});

	it('cuts a long title at 100 whole characters and names an empty or reserved one', () => {
		const name = fileName('😀'.repeat(150), 'md');
		expect([...name.replace(/\.md$/, '')]).toHaveLength(100);
		expect(name.startsWith('😀'.repeat(100))).toBe(true);
		expect(fileName(' / : ', 'md')).toBe('article.md');
		expect(fileName('CON', 'txt')).toBe('CON article.txt');
	});
});

describe('savedFile', () => {
	it('writes Markdown with the title, the text and the picture linked by its address', () => {
		const file = savedFile(new JSDOM('').window.document, 'markdown', input('Fog delays the ferry'));
		expect(file.name).toBe('Fog delays the ferry.md');
		expect(file.type).toBe('text/markdown;charset=utf-8');
		expect(file.text).toMatch(/^# Fog delays the ferry\n/);
		expect(file.text).toContain('The ferry left twenty minutes late');
		expect(file.text).toContain('](https://news.example/pictures/ferry.jpg)');
		expect(file.text).toContain('Source: <https://news.example/2026/ferry>');
		expect(file.text).not.toContain('data:');
	});

	it('writes a whole HTML document: charset, title, language, the article, pictures linked', () => {
		const file = savedFile(new JSDOM('').window.document, 'html', input('Fog & <the> ferry'));
		expect(file.name).toBe('Fog & the ferry.html');
		const saved = new JSDOM(file.text).window.document;
		expect(file.text.startsWith('<!doctype html>')).toBe(true);
		expect(saved.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
		expect(saved.title).toBe('Fog & <the> ferry');
		expect(saved.documentElement.lang).toBe('en');
		expect(saved.querySelector('article h1')?.textContent).toBe('Fog & <the> ferry');
		expect(saved.querySelector('img')?.getAttribute('src')).toBe('https://news.example/pictures/ferry.jpg');
		expect(saved.querySelectorAll('script')).toHaveLength(0);
	});
});
