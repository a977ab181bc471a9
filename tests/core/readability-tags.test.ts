import {describe, expect, it} from 'vitest';
import {nodesWithTag} from '../../src/core/readability.js';
import {bodyOf} from './dom.js';

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

describe('nodesWithTag', () => {
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
