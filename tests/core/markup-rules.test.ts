import {describe, expect, it} from 'vitest';
import {matchMarkup} from '../../src/core/clutter/markup-rules.js';
import {bodyOf} from './dom.js';

/**
 * A class list is read once a page and its verdict reused (markup-rules.ts): the element's own tag
 * and role must still count on every element wearing the list, in the rules' order.
 */
describe('markup rules on a class list the page repeats', () => {
	it('gives each element its own verdict when the same names sit on different tags', () => {
		const body = bodyOf(
			'<div class="Entry tags">a</div><nav class="Entry tags">b</nav><footer class="Entry tags">c</footer>' +
				'<div class="comments-area">d</div><footer class="comments-area">e</footer><p class="Entry tags" role="contentinfo">f</p>' +
				'<div class="story">g</div><nav class="story">h</nav><div class="story" hidden>i</div>',
		);
		const ids = [...body.children].map(el => matchMarkup(el)?.id ?? null);
		expect(ids).toEqual([
			'markup:navigation-token',
			// Within one rule the tag is tried before the names.
			'markup:navigation-element',
			// The footer rule comes before the navigation rule: a <footer> is one whatever its tokens say.
			'markup:footer-element',
			'markup:comments-part',
			// Comments come first of all rules: a comment section in a <footer> is still comments.
			'markup:comments-part',
			'markup:footer-element',
			null,
			'markup:navigation-element',
			'markup:navigation-element',
		]);
	});
});
