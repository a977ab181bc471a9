import {textLengthAtLeast, textOf} from '../dom-text.js';
import {showPlaceholderImage} from './placeholder.js';
import {MAX_CAPTION, isCreditMarked, isMarked, isVisuallyHidden} from './marks.js';

/**
 * Captions carry words written for screen readers only ("Image caption", "Image copyright",
 * "Media caption", hidden by a class) and, the other way round, words shown on screen but hidden
 * from screen readers (aria-hidden="true", which Readability takes for invisible and drops).
 * A reading view is read by sight: the first go, the second stay.
 */

/**
 * Labels screen readers announce before a caption or credit, for pages whose hiding class has no
 * telling name, and a gallery's counter ("Image 1 of 9", "1of4").
 */
const LABEL = /^(?:(?:image|photo|picture|slide|foto|bild)\s+\d+\s*(?:of|\/|von|de|sur)\s*\d+\s*|\d+of\d+|(?:image|media|video|photo|picture|audio|gallery)\s+(?:caption|copyright|source|credit)s?|caption|pie de foto|fuente de la imagen|legenda da foto|bildunterschrift)\s*[,:.]?\s*(?=[\p{Lu}\p{N}"“'‘(©]|$)/iu;
/** A screen-reader label that announces a credit. */
const CREDIT_LABEL = /^(?:(?:image|photo|picture|media|video)\s+)?(?:credit|copyright|source)s?\b|^(?:photo|photograph|picture|foto|bild|bildquelle|fuente de la imagen|crédit photo)\s*[:,]/i;
/** What a video player's placeholder says where scripts do not run: no caption of anything. */
export const PLAYER_NOTICE = /^media playback is (?:unsupported|not supported) on your device\.?$/i;

/** How far up from a label its caption or figure may be. */
const MAX_DEPTH = 6;

/**
 * Before Readability runs: inside figures, captions and credits, drops screen-reader-only
 * elements and shows what aria-hidden kept from screen readers, so Readability keeps the
 * caption as it is seen; a figure's scripted picture gets its <img> (placeholder.ts).
 * `all` is every element of the page in document order; one look at each, and a walk up
 * only from the few that need one (a page may hold 3,000 figures).
 */
export function prepareCaptions(all: Element[]): void {
	for (const el of all) {
		// Both marks are attributes, which most elements of a page have none of.
		const marked = el.hasAttributes();
		if (marked && isVisuallyHidden(el)) {
			if (captionAbove(el, true)) dropLabel(el);
		} else if (marked && el.getAttribute('aria-hidden') === 'true') {
			if (captionAbove(el, false)) show(el);
		} else if (!el.firstElementChild) {
			if (isPlayerNotice(el)) el.remove();
			else showPlaceholderImage(el);
		}
	}
}

/**
 * Whether `el` is in (or is) a caption, or a credit in a figure; with `orFigure`, anywhere in a
 * figure. A page-wide box whose class happens to say "source" is no caption.
 */
function captionAbove(el: Element, orFigure: boolean): boolean {
	for (let node: Element | null = el, depth = 0; node && depth < MAX_DEPTH; node = node.parentElement, depth++) {
		if (node.tagName === 'FIGURE') return orFigure;
		const caption = isMarked(node) || (isCreditMarked(node) && node.parentElement?.closest('figure, [class*="caption"]') != null);
		if (caption) return !textLengthAtLeast(node, MAX_CAPTION);
	}
	return false;
}

/** A player's notice in a figure goes: the text rules would take the figure, picture and all, for it. */
function isPlayerNotice(el: Element): boolean {
	const length = (el.textContent ?? '').length;
	return length >= 40 && length < 80 && PLAYER_NOTICE.test(textOf(el)) && el.closest('figure') !== null;
}

/**
 * A hidden label goes; when it announced a credit ("Photo credit: ", "Image source, "), what
 * follows it is wrapped as a credit, since the label was the only mark the credit had.
 */
function dropLabel(label: Element): void {
	const said = textOf(label);
	if (!CREDIT_LABEL.test(said) || !label.nextSibling || said.length > 40) {
		label.remove();
		return;
	}
	const credit = label.ownerDocument.createElement('span');
	credit.className = 'credit';
	for (let node = label.nextSibling; node; node = label.nextSibling) credit.append(node);
	label.replaceWith(credit);
}

/** Shows an aria-hidden text; a sibling that repeats it for screen readers ("Photo caption: " and the same words) goes. */
function show(el: Element): void {
	el.removeAttribute('aria-hidden');
	const seen = textOf(el);
	if (!seen) return;
	for (const sibling of [...(el.parentElement?.children ?? [])]) {
		if (sibling !== el && sibling.getAttribute('aria-hidden') !== 'true' && withoutLabel(textOf(sibling)) === seen) sibling.remove();
	}
}

/** Caption or credit text without the screen-reader labels written before it. */
export function withoutLabel(text: string): string {
	let rest = text;
	for (let match = LABEL.exec(rest); match && match[0]; match = LABEL.exec(rest)) {
		const after = rest.slice(match[0].length);
		// The label's lookahead is case-blind under /i: "Caption of the figure" is a caption, not a label.
		if (!/[,:.]\s*$/.test(match[0]) && after && !STARTS_LIKE_CAPTION.test(after)) break;
		rest = after;
	}
	return rest;
}

/** What a caption or credit begins with after a label run into it ("Image caption The harbour"). */
const STARTS_LIKE_CAPTION = /^[\p{Lu}\p{N}"“'‘(©]/u;
