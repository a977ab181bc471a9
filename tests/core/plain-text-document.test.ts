// A text file (text/plain) as browsers show it: an HTML document whose body is one <pre>, no
// <title>. jsdom refuses to parse text/plain (new JSDOM(text, {contentType: 'text/plain'}) throws
// a RangeError), so the document is built as Chromium builds it for a .txt.
import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const asBrowserShowsText = (text: string) =>
	`<html><head><meta name="color-scheme" content="light dark"></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${escape(text)}</pre></body></html>`;
const prose = 'The ferry did not sail on Tuesday because of fog in the estuary, and the harbour master said the crossing would resume once visibility improved.';

function clean(text: string, url: string) {
	const result = cleanHtml(asBrowserShowsText(text), {url});
	if (result.kind !== 'article') throw new Error(result.reason);
	return result;
}

describe('a text file', () => {
	it('is titled by its first line when that stands alone as a title, which then leaves the body', () => {
		const article = clean(`Harbour notes\n\n${prose}\n\n${prose}\n`, 'http://127.0.0.1:8080/files/notes.txt');
		expect(article.title).toBe('Harbour notes');
		expect(article.text).toBe(`${prose}\n\n${prose}`);
	});

	it('takes a title underlined with === or marked with #', () => {
		expect(clean(`Harbour notes\n=============\n${prose}\n${prose}`, 'http://127.0.0.1/a.txt').title).toBe('Harbour notes');
		expect(clean(`# Harbour notes\n\n${prose}\n${prose}`, 'http://127.0.0.1/README.md').title).toBe('Harbour notes');
	});

	it('is titled by its file name, decoded, when its first line is prose', () => {
		const article = clean(`${prose}\n${prose}\n\nSigned,\nthe harbour master`, 'http://127.0.0.1:8080/files/ferry%20report%202024.txt?v=2');
		expect(article.title).toBe('ferry report 2024.txt');
		expect(article.text.startsWith(prose)).toBe(true);
		expect(article.text.endsWith('Signed,\nthe harbour master')).toBe(true);
	});

	it('keeps a first line that ends as a sentence in the body', () => {
		const article = clean(`The ferry is late again.\n\n${prose}\n${prose}`, 'http://127.0.0.1/late.txt');
		expect(article.title).toBe('late.txt');
		expect(article.text.startsWith('The ferry is late again.')).toBe(true);
	});

	it('keeps every line, blank line and indent of the file in the body and its text', () => {
		const text = `${prose}\n\n  Ferry    Time\n  Harwich  09:15\n\n${prose}`;
		const article = clean(text, 'http://127.0.0.1/timetable.txt');
		expect(article.html).toBe(`<pre>${escape(text)}</pre>`);
		expect(article.text).toBe(text);
	});

	it('leaves an HTML page with a <pre> and a <title> its own title', () => {
		const html = `<html><head><title>Ferry timetable</title></head><body><pre>${prose}\n${prose}</pre></body></html>`;
		const result = cleanHtml(html, {url: 'http://127.0.0.1/timetable.html'});
		expect(result.kind === 'article' && result.title).toBe('Ferry timetable');
	});
});
