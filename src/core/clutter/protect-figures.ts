import {countTags} from '../dom-find.js';
import {linkDensity, textLengthAtLeast, textOf} from '../dom-text.js';
import {MAX_CAPTION, findInside, isCreditMarked, isMarked} from '../captions/marks.js';
import {PROSE_TOKEN} from './protect-prose.js';
import {hasControls, hasTeasers} from './shape.js';

/**
 * Readability's conditional cleaning drops a <div> whose class or id holds one of its negative
 * words (media, meta, hidden, share…) before it looks at what it holds: a `div.media` with the
 * article's photo and its caption went, and the caption with it. A box that has the shape of a
 * figure (a picture or two, a part marked as its caption or credit, a little unlinked text, no
 * controls) gets the token Readability weighs as content, which cancels the name; its other
 * checks still apply. Nothing is kept that Readability would not keep under a neutral name.
 */

// Readability.js REGEXPS.negative.
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** The elements Readability cleans conditionally and a figure is written in. */
const CLEANED = new Set(['DIV', 'SECTION', 'TABLE', 'UL']);
/** Names a box of clutter wears whatever it holds: a thumbnail with its line is a teaser there. */
const CLUTTER = /comment|related|promo|sponsor|outbrain|share|widget|shopping|banner|-ad-/i;
const MAX_PICTURES = 2;

export function protectFigures(elements: Element[]): void {
	for (const el of elements) {
		if (!CLEANED.has(el.tagName) || !el.hasAttributes()) continue;
		const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
		if (!NEGATIVE.test(names) || CLUTTER.test(names) || el.classList.contains(PROSE_TOKEN)) continue;
		if (el.isConnected && isFigure(el)) el.classList.add(PROSE_TOKEN);
	}
}

function isFigure(el: Element): boolean {
	// The length first: a page-wide "meta" wrapper is read no further.
	if (textLengthAtLeast(el, MAX_CAPTION)) return false;
	const pictures = countTags(el, 'img', 'picture');
	if (pictures === 0 || pictures > MAX_PICTURES) return false;
	const text = textOf(el);
	if (!text) return false;
	const caption = findInside(el, child => isMarked(child) || isCreditMarked(child));
	return caption !== null && linkDensity(el, text) < 0.3 && !hasControls(el) && !hasTeasers(el) && !insideClutter(el);
}

function insideClutter(el: Element): boolean {
	for (let node = el.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
		if (CLUTTER.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true;
	}
	return false;
}
