import {DISCUSSION, OVERLAY} from './clutter/protect-prose.js';
import {hasProse} from './clutter/shape.js';
import {textOf} from './dom-text.js';

/**
 * Readability keeps the block it scores best and the siblings that score well beside it. A lede
 * set in a block of its own between the headline and the body (a page builder's row, a
 * "subtitle" h2) scores apart and is left behind in the page. Prose that stands between the
 * headline and the first paragraph Readability kept goes back in front of that paragraph (not a
 * photo's caption standing there: captions are found apart); the clutter rules after Readability
 * read it like the rest of the article.
 */

const ORDER = 'data-cp-order';
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4']);
/** How many elements after the headline a lede may start: it stands right under it. */
const WINDOW = 150;
const MAX_BLOCKS = 3;
/** A lede is a paragraph or two; more than this left behind is another part of the page. */
const MAX_CHARS = 1500;
/** What no lede sits in: page furniture, forms, figures (their captions are listed apart). */
const OUTSIDE = 'nav, aside, footer, form, figure, figcaption, [role="navigation"], [role="complementary"]';
/** Beside discussion and what opens over the page (protect-prose.ts): promos and other stories. */
const PROMO_OR_OTHER_STORY = /newsletter|subscribe|promo|related|teaser/i;
/** A box named for a picture, or a block beside one, holds that picture's caption: captions are found apart. */
const PICTURE_BOX = /caption|credit|image|photo|gallery/i;
const PICTURE = 'img, picture, video';

/**
 * Before Readability: numbers the blocks under the headline (`elements` is the body's, in order;
 * `headline` one of them), so the ones left behind can be told apart and placed. Returns the
 * headline's number, or undefined when the page shows none.
 */
export function markBlocks(elements: Element[], headline: Element | undefined): number | undefined {
	const start = headline ? elements.indexOf(headline) : -1;
	if (start < 0) return undefined;
	const end = Math.min(elements.length, start + WINDOW);
	for (let i = start + 1; i < end; i++) if (BLOCKS.has(elements[i]!.tagName)) elements[i]!.setAttribute(ORDER, String(i));
	return start;
}

/** After Readability: puts the lede left behind in `page` back at the top of `root`, and takes the numbers off. */
export function restoreLede(root: Element, page: Element | null, headline: number | undefined): void {
	const kept = [...root.querySelectorAll(`[${ORDER}]`)];
	const first = kept[0];
	if (headline !== undefined && first && page) {
		const firstOrder = Number(first.getAttribute(ORDER));
		const keptOrders = new Set(kept.map(el => el.getAttribute(ORDER)));
		const lede = [...page.querySelectorAll(`[${ORDER}]`)].filter(el => {
			const order = Number(el.getAttribute(ORDER));
			return order > headline && order < firstOrder && !keptOrders.has(el.getAttribute(ORDER)) && isLede(el);
		});
		const chars = lede.reduce((sum, el) => sum + textOf(el).length, 0);
		// Above a figure, not inside it: the first block kept may be its caption's paragraph.
		const anchor = first.closest('figure') ?? first.closest('figcaption') ?? first;
		if (lede.length > 0 && lede.length <= MAX_BLOCKS && chars <= MAX_CHARS) anchor.before(...lede);
	}
	for (const el of root.querySelectorAll(`[${ORDER}]`)) el.removeAttribute(ORDER);
}

function isLede(el: Element): boolean {
	if (!hasProse(el) || el.closest(OUTSIDE) || el.parentElement?.querySelector(PICTURE)) return false;
	for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
		const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
		if (DISCUSSION.test(names) || OVERLAY.test(names) || PROMO_OR_OTHER_STORY.test(names) || PICTURE_BOX.test(names)) return false;
	}
	return true;
}
