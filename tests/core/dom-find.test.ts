import {describe, expect, it} from 'vitest';
import {closestTag, countTags, firstMatch, hasTag, linksIn} from '../../src/core/dom-find.js';
import {bodyOf} from './dom.js';

/** The core works on a clone of the page: in jsdom, selectors run another engine there than on the window's own document. */
function clonedBody(html: string): Element {
	return (bodyOf(html).ownerDocument.cloneNode(true) as Document).body;
}

describe('dom-find', () => {
	const html = '<div id="box"><p id="one">One <a id="plain">x</a></p><span class="fn" id="two">Two</span><a id="author" rel="author" href="/a">Three</a><svg><a href="/s" id="svg-link"></a></svg></div>';

	it('finds the first match of a selector list in document order, as querySelector does', () => {
		const box = clonedBody(html).querySelector('#box')!;
		for (const selectors of ['.fn, p', 'a[rel~="author"], .fn', 'p, .fn, a[rel~="author"]', 'textarea, form']) {
			expect(firstMatch(box, selectors)).toBe(box.querySelector(selectors));
		}
		expect(firstMatch(box, 'a[rel~="author"], .fn')?.id).toBe('two');
	});

	it('matches tags as type selectors do, an SVG link included', () => {
		const box = clonedBody(html).querySelector('#box')!;
		expect(linksIn(box)).toEqual([...box.querySelectorAll('a[href]')]);
		expect(linksIn(box).map(link => link.id)).toEqual(['author', 'svg-link']);
		expect(countTags(box, 'p', 'span')).toBe(box.querySelectorAll('p, span').length);
		expect(hasTag(box, 'textarea', 'span')).toBe(true);
		expect(hasTag(box, 'textarea', 'form')).toBe(false);
	});

	it('finds the element itself or its nearest ancestor with a tag, as closest does', () => {
		const body = clonedBody(html);
		const plain = body.querySelector('#plain')!;
		expect(closestTag(plain, new Set(['a']))).toBe(plain);
		expect(closestTag(plain, new Set(['p', 'div']))?.id).toBe('one');
		expect(closestTag(plain, new Set(['table']))).toBeNull();
	});
});
