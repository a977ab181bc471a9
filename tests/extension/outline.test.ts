// The outline in jsdom: which articles get one, what it lists, how a link jumps, which section is current.
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {buildOutline, currentIndex, MIN_SUBHEADINGS} from '../../src/view/outline.js';
import {renderArticle} from '../../src/view/render-article.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';
import {cleanHtml} from '../../src/node/clean-html.js';

const t = (key: string) => (key === 'outlineHeading' ? 'Contents' : key);

function article(headings: string[], extra = '') {
	const sections = headings.map((heading, i) => `<h2>${heading}</h2>${'<p>A long sentence of the article that a reader reads for a while, with words and more words. </p>'.repeat(4).replace(/article/g, `article (${i})`)}`);
	const html = `<html><head><title>The article</title></head><body><article><h1>The article</h1>${sections.join('')}${extra}</article></body></html>`;
	const result = cleanHtml(html, {url: 'https://news.example/a'});
	if (result.kind !== 'article') throw new Error(result.reason);
	return result;
}

function render(headings: string[], extra = '') {
	const {document} = new JSDOM('<main></main>', {url: 'https://popup.example/'}).window;
	const view = renderArticle(document, article(headings, extra), {t, options: DEFAULT_VIEW_OPTIONS, locale: 'en'});
	document.querySelector('main')!.append(view);
	return {document, view};
}

describe('outline', () => {
	it('lists three or more subheadings in a nav landmark named Contents, between header and body', () => {
		const {document, view} = render(['Where it begins', 'What it carries', 'Who lives there']);
		const nav = view.querySelector('nav')!;
		expect(nav.previousElementSibling?.className).toBe('cp-header');
		expect(nav.nextElementSibling?.className).toBe('cp-body');
		expect(document.getElementById(nav.getAttribute('aria-labelledby')!)?.textContent).toBe('Contents');
		expect([...nav.querySelectorAll('a')].map(link => link.textContent)).toEqual(['Where it begins', 'What it carries', 'Who lives there']);
	});

	it('gives an article with fewer subheadings no outline', () => {
		expect(MIN_SUBHEADINGS).toBe(3);
		expect(render(['Only one', 'And two']).view.querySelector('nav')).toBeNull();
	});

	it('nests lower headings one level deeper and skips empty ones', () => {
		const {document} = new JSDOM('<div><h2>One</h2><h3>One a</h3><h2> </h2><h2>Two</h2><h4>Deep</h4></div>').window;
		expect(buildOutline(document.querySelector('div')!).map(entry => [entry.text, entry.depth])).toEqual([['One', 1], ['One a', 2], ['Two', 1], ['Deep', 3]]);
	});

	it('jumps to a heading and gives it focus, leaving the address as it was', () => {
		const {document, view} = render(['Where it begins', 'What it carries', 'Who lives there']);
		// jsdom lays nothing out and has no scrollIntoView: record the call instead.
		const scrolled: Element[] = [];
		document.defaultView!.HTMLElement.prototype.scrollIntoView = function (this: Element) {
			scrolled.push(this);
		};
		const link = [...view.querySelectorAll<HTMLAnchorElement>('nav a')][1]!;
		const heading = view.querySelectorAll('.cp-body h2')[1]!;
		expect(link.getAttribute('href')).toBe(`#${heading.id}`);
		link.click();
		expect(scrolled).toEqual([heading]);
		expect(document.activeElement).toBe(heading);
		expect(document.location.hash).toBe('');
	});

	it('takes the current section as the last heading that reached the reading line', () => {
		expect(currentIndex([100, 500, 900], 50)).toBe(-1);
		expect(currentIndex([100, 500, 900], 100)).toBe(0);
		expect(currentIndex([-800, -300, 200], 266)).toBe(2);
		expect(currentIndex([-800, 300, 900], 266)).toBe(0);
	});
});
