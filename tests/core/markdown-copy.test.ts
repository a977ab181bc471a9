// The copy formats put page strings (og:title, byline, site name, captions) in as text.
import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';
import {buildCopy} from '../../src/view/copy-content.js';
import type {Translate} from '../../src/view/translate.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';

const messages = JSON.parse(readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, {message: string}>;
const t: Translate = (key, substitutions = []) => {
	const values = [substitutions].flat();
	return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

const HOSTILE = '<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))';
const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const prose = '<p>The council met on Tuesday and agreed the budget after a long debate about the new library, the swimming pool and the roads that need mending before winter.</p>';
const page = `<!doctype html><html><head><title>x</title>
<meta property="og:title" content="${attribute(HOSTILE)}">
<meta name="author" content="${attribute('_Ann_ <b>Lee</b>')}">
<meta property="og:site_name" content="${attribute('[Site](javascript:void(0))')}">
</head><body><article>${prose}${prose}
<figure><img src="https://news.example/p.jpg" alt=""><figcaption>${HOSTILE.replaceAll('<', '&lt;')} (Photo: AFP)</figcaption></figure>
${prose}</article></body></html>`;

function copy(format: 'text' | 'markdown' | 'html') {
	const article = cleanHtml(page, {url: 'https://news.example/story'});
	if (article.kind !== 'article') throw new Error(article.reason);
	return {article, ...buildCopy(new JSDOM('').window.document, format, {article, restored: [], options: DEFAULT_VIEW_OPTIONS, t, locale: 'en'})};
}

describe('copy formats and page strings', () => {
	it('escapes the title, byline, site name and captions in Markdown', () => {
		const {article, text} = copy('markdown');
		expect(article.title).toBe(HOSTILE);
		const lines = text.split('\n');
		expect(lines[0]).toBe('# \\<img src=x onerror=alert(1)> \\*bold\\* \\[link\\](javascript:alert(1))');
		expect(lines[2]).toBe('_\\_Ann\\_ \\<b>Lee\\</b> · \\[Site\\](javascript:void(0))_');
		expect(lines).toContain('- \\<img src=x onerror=alert(1)> \\*bold\\* \\[link\\](javascript:alert(1)) (Credit: AFP)');
		// Nothing of the page is left as a tag, an emphasis or a link Markdown would make live.
		expect(text).not.toMatch(/(^|[^\\])(<img|<b>|\*bold|\[link|\[Site)/m);
	});

	it('writes the same strings as they are in plain text, and as text nodes in HTML', () => {
		expect(copy('text').text.split('\n')[0]).toBe(HOSTILE);
		const {html = ''} = copy('html');
		const root = new JSDOM(html).window.document.body;
		expect(root.querySelector('h1')?.textContent).toBe(HOSTILE);
		expect(root.querySelectorAll('img[onerror], b, a[href^="javascript"]')).toHaveLength(0);
		expect(root.querySelector('li')?.textContent).toBe(`${HOSTILE} (Credit: AFP)`);
	});
});
