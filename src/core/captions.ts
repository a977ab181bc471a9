import type {Caption} from './types.js';
import {fold, textOf} from './dom-text.js';

/**
 * Finds image captions in the article, splits each into text and credit, and takes
 * them out of the article so they are listed apart instead of read as body text.
 */

const CAPTION_PART = /^(caption|captions|figcaption|captiontext|legend|legende|légende)$/;
const CREDIT_PART = /^(credit|credits|copyright|byline|source|attribution|photographer)$/;
const SPLIT = /[-_\s]+/;

// Labels photographers' credits are written with, in the languages the product meets most.
const LABELS = String.raw`(?:picture|pictures|pic|photo|photos|photograph|photography|image|images|img|credit|credits|image credit|photo credit|picture credit|image source|source|foto|fotos|bild|bildquelle|crédit photo|crédit|crédits|photo ?:?\s?©|fotografía|imagen|تصوير|صورة|المصدر|צילום)`;
const PAREN_CREDIT = new RegExp(
	String.raw`\(\s*(?:${LABELS}\s*[:：]\s*([^()]+?)|((?:AP|AFP|Reuters|EPA|PA|Getty|[\p{Lu}][\p{L}]*) (?:Photo|Foto|Images?)(?:\s*\/[^()]+?)?))\s*\)\s*\.?\s*$`,
	'iu',
);
const TRAILING_CREDIT = new RegExp(String.raw`(?:^|[\s.|·•–—-])${LABELS}\s*[:：]\s*([^:：]+?)\s*\.?\s*$`, 'iu');
const COPYRIGHT_CREDIT = /(?:^|\s)©\s*([^©]+?)\s*\.?\s*$/u;
const LEADING_LABEL = new RegExp(String.raw`^${LABELS}\s*[:：]\s*|^©\s*`, 'iu');
/** A block that ends in an inline credit is a caption only while it is short. */
const MAX_INLINE_CAPTION = 400;
const MEDIA = 'img, picture, video, svg, iframe';

export function extractCaptions(root: Element): Caption[] {
	const found: Caption[] = [];
	for (const el of root.querySelectorAll('figcaption, [class], p, span, div, em, small, i')) {
		if (!root.contains(el) || el.querySelector(MEDIA)) continue;
		const caption = readCaption(el);
		if (!caption) continue;
		const image = imageFor(el);
		found.push({...caption, imageSrc: image?.getAttribute('src') ?? null, imageAlt: image?.getAttribute('alt') || null});
		el.remove();
	}
	return found;
}

function readCaption(el: Element): Omit<Caption, 'imageSrc' | 'imageAlt'> | undefined {
	const classes = classParts(el);
	const marked = el.tagName === 'FIGCAPTION' || classes.some(part => CAPTION_PART.test(part));
	const creditOnly = !marked && classes.some(part => CREDIT_PART.test(part)) && el.closest('figure, [class*="caption"]') !== null;
	const text = textOf(el);
	if (!text) {
		if (marked) el.remove();
		return undefined;
	}
	if (marked) return splitCredit(el, text);
	if (creditOnly) return {text: '', credit: stripLabel(text)};
	if (text.length <= MAX_INLINE_CAPTION && !hasBlockChild(el)) {
		const match = PAREN_CREDIT.exec(text);
		if (match) return {text: tidy(text.slice(0, match.index)), credit: (match[1] ?? match[2]!).trim()};
	}
	return undefined;
}

/** Credit from a marked child element, else from the words written at the end of the caption. */
function splitCredit(el: Element, text: string): Omit<Caption, 'imageSrc' | 'imageAlt'> {
	const creditEl = [...el.querySelectorAll('[class], small, cite')].find(
		child => child.tagName !== 'SPAN' && !child.hasAttribute('class') || classParts(child).some(part => CREDIT_PART.test(part)),
	);
	const creditText = creditEl ? textOf(creditEl) : '';
	if (creditEl && creditText && creditText !== text) {
		creditEl.remove();
		const rest = textOf(el);
		return {text: tidy(rest), credit: stripLabel(creditText)};
	}
	for (const pattern of [PAREN_CREDIT, TRAILING_CREDIT, COPYRIGHT_CREDIT]) {
		const match = pattern.exec(text);
		const credit = match?.[1] ?? match?.[2];
		if (match && credit) return {text: tidy(text.slice(0, match.index)), credit: credit.trim()};
	}
	return {text: tidy(text), credit: null};
}

function stripLabel(credit: string): string {
	return fold(credit.replace(/^\(|\)$/g, '').replace(LEADING_LABEL, ''));
}

/** Caption text without the separators that stood before a credit. */
function tidy(text: string): string {
	return fold(text).replace(/[\s|·•–—:-]+$/u, '').replace(/\(\s*$/u, '').trim();
}

function classParts(el: Element): string[] {
	const names = el.getAttribute('class');
	return names ? names.toLowerCase().split(SPLIT) : [];
}

function hasBlockChild(el: Element): boolean {
	return el.querySelector('p, div, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6') !== null;
}

/** The image a caption describes: inside its figure, or just before it. */
function imageFor(el: Element): Element | null {
	const figure = el.closest('figure, [class*="caption"], [class*="image"], [class*="photo"], [class*="media"]');
	const inFigure = figure?.querySelector('img');
	if (inFigure) return inFigure;
	for (let node: Element | null = el; node; node = node.parentElement) {
		for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
			if (prev.tagName === 'IMG') return prev;
			const img = prev.querySelector('img');
			if (img) return img;
			if (textOf(prev)) return null;
		}
	}
	return null;
}
