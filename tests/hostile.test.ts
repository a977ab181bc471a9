// Hostile pages: every payload in tests/fixtures/hostile/ is cleaned, and no part of the
// Article may run code, load the canary or restyle the page that shows it.
import {describe, expect, it} from 'vitest';
import {cleanDocument} from '../src/core/clean.js';
import {cleanHtml} from '../src/node/clean-html.js';
import type {Article} from '../src/core/types.js';
import {parseClobbered} from './clobber.js';
import {hostilePage, hostilePageNames} from './hostile-pages.js';
import {firesCanary, htmlProblems, markdownProblems, textProblems, urlProblem} from './hostile-checks.js';

const pages = hostilePageNames();

/** Pages whose visible text is payload code (escaped markup, UTF-7, look-alike characters): the reader must see it. */
const SHOWS_PAYLOAD_AS_TEXT = new Set(['escaped-markup-text', 'charset-utf7', 'unicode-obfuscation']);

/** Pages whose named elements shadow the DOM properties the core uses, as in browsers (see clobber.ts). */
const CLOBBER_PAGES = ['dom-clobber-document', 'dom-clobber-body-form', 'dom-clobber-window'];

const urlOf = (page: string) => `https://news.example/hostile/${page}.html`;
const read = hostilePage;

it(`has at least 40 payload pages (${pages.length})`, () => {
	expect(pages.length).toBeGreaterThanOrEqual(40);
});

// A check that finds nothing proves nothing unless it finds what it is meant to.
describe('the checks catch what they look for', () => {
	it.each([
		'<img src=x onerror="window.__clearpageCanary=1">',
		'<a href="javascript:window.__clearpageCanary=1">x</a>',
		'<script>fetch("/canary?id=self-test")</script>',
		'<details open ontoggle="window.__clearpageCanary=1"></details>',
	])('the canary fires on %s', async html => {
		expect(await firesCanary(html)).not.toBeNull();
	});

	it.each([
		['<p style="color:red">x</p>', 'attribute <p style>'],
		['<a href=" java\tscript:x">x</a>', 'script URL'],
		['<img src="data:text/html,x">', 'data: URL'],
		['<video poster="/canary?id=self-test"></video>', 'auto-loaded canary'],
		['<math><mi>x</mi></math>', 'tag <math>'],
	])('HTML check flags %s', (html, problem) => {
		expect(htmlProblems(html).join()).toContain(problem);
	});

	it('accepts links to the canary and data: images', () => {
		expect(htmlProblems('<a href="/canary?id=x">x</a><img src="data:image/png;base64,AAAA">')).toEqual([]);
	});

	it.each([
		['a <img src=x onerror=y> b', 'raw HTML'],
		['[x](javascript:alert(1))', 'script URL'],
		['![x](data:text/html,x)', 'data: URL'],
		['see <javascript:alert(1)>', 'raw HTML'],
	])('Markdown check flags %s', (markdown, problem) => {
		expect(markdownProblems(markdown, false).join()).toContain(problem);
	});

	it('accepts escaped and fenced markup in Markdown', () => {
		expect(markdownProblems('a \\<img src=x> b `<script>` ![<b>](https://x/a.png "<i>")\n```\n<script>\n```', false)).toEqual([]);
	});
});

describe.each(pages)('hostile page %s', page => {
	const result = cleanHtml(read(page), {url: urlOf(page)});
	const shows = SHOWS_PAYLOAD_AS_TEXT.has(page);

	it('is read as an article, payloads and all', () => {
		expect(result.kind, result.kind === 'not-article' ? result.reason : '').toBe('article');
		expect((result as Article).text.split('\n\n').length).toBeGreaterThanOrEqual(6);
	});
	if (result.kind !== 'article') return;

	it('article HTML holds nothing executable, styled or auto-loading', async () => {
		expect(htmlProblems(result.html)).toEqual([]);
		expect(await firesCanary(result.html)).toBeNull();
	});

	it('text carries no payload', () => {
		expect(textProblems(result.text, shows)).toEqual([]);
	});

	it('Markdown holds no raw HTML and no script or data URL', () => {
		expect(markdownProblems(result.markdown, shows)).toEqual([]);
	});

	it('captions are plain text with a safe image URL', () => {
		for (const caption of result.captions) {
			expect(textProblems(`${caption.text} ${caption.credit ?? ''} ${caption.imageAlt ?? ''}`, shows)).toEqual([]);
			if (caption.imageSrc) expect(urlProblem('img', 'src', caption.imageSrc)).toBeNull();
		}
	});

	it('removed blocks, which a reader may put back, are sanitized too', async () => {
		for (const block of result.removed) expect(htmlProblems(block.html)).toEqual([]);
		expect(await firesCanary(result.removed.map(block => block.html).join('\n'))).toBeNull();
	});

	it('metadata holds no script URL', () => {
		for (const url of [result.url, result.leadImage?.url]) if (url) expect(url).toMatch(/^https?:/);
	});
});

if (pages.includes('escaped-markup-text')) {
	it('keeps markup that the page shows as text, word for word', () => {
		const result = cleanHtml(read('escaped-markup-text'), {url: urlOf('escaped-markup-text')});
		expect(result.kind === 'article' && result.text).toContain('typed <img src=x onerror="window.__clearpageCanary=1;');
	});
}

describe.each(CLOBBER_PAGES)('%s with browser-style named properties', page => {
	it('is cleaned without a throw, and safely', () => {
		const result = cleanDocument(parseClobbered(read(page), urlOf(page)), {url: urlOf(page)});
		expect(result.kind).toBe('article');
		if (result.kind === 'article') expect(htmlProblems(result.html)).toEqual([]);
	});
});
