/** How a page marks its captions, credits and the labels it writes for screen readers only. */

const CAPTION_PART = /^(caption|captions|figcaption|captiontext|legend|legende|légende)$/;
const CREDIT_PART = /^(credit|credits|copyright|byline|source|attribution|photographer)$/;
/** "no-caption", "has-caption", "with_caption": a figure's state, not a caption. */
const CAPTION_STATE = /^(no|has|with|without|hide|show)[-_]?caption/;
const SPLIT = /[-_]/;
/** schema.org properties of an image's credit (itemprop="copyrightHolder", "creator"…). */
const CREDIT_ITEMPROP = /\b(copyrightholder|copyrightnotice|creator|author|creditText)\b/i;

/**
 * Classes that hide text from sight and leave it to screen readers ("Image caption",
 * "Image copyright", "Media caption"): Bootstrap's sr-only and visually-hidden, WordPress's
 * screen-reader-text, Drupal's element-invisible, h5bp's visuallyhidden, and prefixed or
 * generated names ending in one of them ("u-hidden-visually", "css-1x2y3-VisuallyHidden").
 */
const VISUALLY_HIDDEN =
	/(?:^|[-_])(?:sr-only|sr-text|screen-?reader(?:-text|-only)?|visually-?hidden|hidden-?visually|off-?screen|element-invisible|a11y-?(?:hidden|only|text)|assistive-text|show-for-sr)(?:$|[-_])/i;

/** A caption is at most this long: a longer block under a caption class is article text. */
export const MAX_CAPTION = 1500;

/** Cheap first look for VISUALLY_HIDDEN, on the whole class attribute. */
const MAY_HIDE = /sr-|reader|hidden|screen|invisible|a11y|assistive|show-for-sr/i;

const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function tokens(el: Element): string[] {
	const names = el.getAttribute('class');
	return names ? names.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

function hasPart(el: Element, pattern: RegExp): boolean {
	return tokens(el).some(token => !CAPTION_STATE.test(token) && token.split(SPLIT).some(part => pattern.test(part)));
}

/** A <figcaption>, or an element a caption class names ("wp-caption-text", "tr-caption"). */
export function isMarked(el: Element): boolean {
	return el.tagName === 'FIGCAPTION' || (el.hasAttribute('class') && hasPart(el, CAPTION_PART));
}

/** A class or schema.org property naming a photo credit. */
export function isCreditMarked(el: Element): boolean {
	return (el.hasAttribute('class') && hasPart(el, CREDIT_PART)) || CREDIT_ITEMPROP.test(el.getAttribute('itemprop') ?? '');
}

/** Cheap first look: whether the element's class names could mark a caption or credit. */
export function mentionsCaption(el: Element): boolean {
	return el.tagName === 'FIGCAPTION' || /caption|legend|l[ée]gende/i.test(el.getAttribute('class') ?? '');
}

export function isVisuallyHidden(el: Element): boolean {
	const names = el.getAttribute('class');
	return names !== null && MAY_HIDE.test(names) && names.split(/\s+/).some(token => VISUALLY_HIDDEN.test(token));
}

export function isHeading(el: Element): boolean {
	return HEADING.has(el.tagName);
}

/**
 * The first element inside `el` (not `el` itself), in document order, that passes `test`. A walk
 * of the element's own subtree: captions are small, and a selector query costs far more in jsdom.
 */
export function findInside(el: Element, test: (child: Element) => boolean): Element | null {
	let node = el.firstElementChild;
	while (node) {
		if (test(node)) return node;
		if (node.firstElementChild) {
			node = node.firstElementChild;
			continue;
		}
		while (node && !node.nextElementSibling) {
			node = node.parentElement;
			if (node === el) return null;
		}
		node = node?.nextElementSibling ?? null;
	}
	return null;
}
