import {describe, expect, it} from 'vitest';
import {byTag, closestTag, countTags, hasTag, linksIn} from '../../src/core/dom-find.js';
import {bodyOf} from './dom.js';

/** The core works on a clone of the page: in jsdom, selectors take another path there than on the window's own document. */
function clonedBody(html: string): Element {
	return (bodyOf(html).ownerDocument.cloneNode(true) as Document).body;
}

const html = '<div id="box"><p id="one">One <a id="plain">x</a></p><span id="two">Two</span><a id="author" HREF="/a">Three</a><svg><a href="/s" id="svg-link"></a><a xlink:href="/x" id="xlink"></a></svg></div>';

describe('dom-find', () => {
	it('lists what querySelectorAll lists, in document order, SVG elements too', () => {
		const box = clonedBody(html).querySelector('#box')!;
		expect(linksIn(box)).toEqual([...box.querySelectorAll('a[href]')]);
		expect(linksIn(box).map(link => link.id)).toEqual(['author', 'svg-link']);
		expect(byTag(box, 'a')).toEqual([...box.querySelectorAll('a')]);
		expect(countTags(box, 'p', 'span')).toBe(box.querySelectorAll('p, span').length);
		expect(hasTag(box, 'textarea', 'span')).toBe(true);
		expect(hasTag(box, 'textarea', 'form')).toBe(false);
	});

	it('finds the element itself or its nearest ancestor with a tag, as closest does', () => {
		const plain = clonedBody(html).querySelector('#plain')!;
		expect(closestTag(plain, new Set(['a']))).toBe(plain);
		expect(closestTag(plain, new Set(['p', 'div']))?.id).toBe('one');
		expect(closestTag(plain, new Set(['table']))).toBeNull();
	});
});
