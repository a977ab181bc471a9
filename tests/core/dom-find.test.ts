import {describe, expect, it} from 'vitest';
import {byTag, closestTag, countTags, hasTag, linksIn, nodesWithTag} from '../../src/core/dom-find.js';
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

/**
 * Readability asks for elements by tag through `_getAllNodesWithTag`; Clearpage answers without
 * the selector engine. Readability removes and rewrites what it gets back while it walks, so the
 * answer must be the selector's: the same elements, in document order, as a list that does not
 * change under it.
 */
const PAGE = `
<div id="a"><p>One</p><ul><li><p>Two</p></li></ul>
	<svg><a href="#x"><text>svg link</text></a></svg>
	<ol><li>Three</li></ol><p>Four</p><UL><li>Five</li></UL>
	<template><p>not in the page</p></template>
	<h2>Heading</h2><div><h1>Deep</h1><p>Six <a href="/y">link</a></p></div>
</div>`;

describe('nodesWithTag (Readability asks for elements by tag through it)', () => {
	it.each([[['p']], [['ul', 'ol']], [['h1', 'h2']], [['a']], [['img', 'picture']], [['p', 'li', 'a', 'h1']], [['SPAN', 'LI', 'TD', 'DIV', 'P', 'UL']]])('finds what querySelectorAll finds for %j', tags => {
		const body = bodyOf(PAGE);
		for (const root of [body, body.querySelector('#a')!, body.ownerDocument as unknown as Element]) {
			expect(nodesWithTag(root, tags)).toEqual(Array.from(root.querySelectorAll(tags.join(','))));
		}
	});

	it('gives a list that stays as it was while its elements are removed', () => {
		const body = bodyOf(PAGE);
		const found = nodesWithTag(body, ['p', 'li']);
		const count = found.length;
		for (const el of found) el.remove();
		expect(found).toHaveLength(count);
		expect(body.querySelectorAll('p, li')).toHaveLength(0);
	});
});
