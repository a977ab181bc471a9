import type {Caption} from './types.js';
import {elementsOf, fold, textLengthAtLeast, textOf} from './dom-text.js';
import {imageSource} from './images.js';
import {isSafeImageUrl} from './urls.js';

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
// Not <svg>: the sanitizer drops it, so a caption beside an inline icon or chart must still count.
const MEDIA = 'img, picture, video, iframe';

const INLINE_HOSTS = new Set(['P', 'SPAN', 'DIV', 'EM', 'SMALL', 'I']);

/** Takes every caption out of the article root and returns them in reading order. */
export function extractCaptions(root: Element, base: string): Caption[] {
	const found: Caption[] = [];
	for (const el of root.querySelectorAll('*')) {
		if (!mayBeCaption(el) || !root.contains(el) || el.querySelector(MEDIA)) continue;
		const caption = captionOf(el, base);
		if (!caption) continue;
		found.push(caption);
		el.remove();
	}
	return found;
}

/**
 * Captions of the article's own pictures that Readability may leave out: the hero image
 * above the text, figures beside the text column. Found on the page before Readability
 * runs: those inside the headline's <article>, or between the headline and the first
 * paragraph. Nothing is removed here; readLeadCaptions reads them once Readability is done.
 */
export function findLeadCaptions(body: Element, all = elementsOf(body)): Element[] {
	// `all` is in document order, so an index says what comes first (no compareDocumentPosition
	// per element: a page can hold thousands of captions). It may still list elements the clutter
	// pass took out.
	const headline = all.findIndex(el => el.tagName === 'H1' && body.contains(el));
	const firstParagraph = all.findIndex(
		(p, index) => p.tagName === 'P' && index > headline && textLengthAtLeast(p, 140) && body.contains(p),
	);
	const article = all[headline]?.closest('article') ?? all[firstParagraph]?.closest('article') ?? null;
	const found: Element[] = [];
	for (const [index, el] of all.entries()) {
		if (!mentionsCaption(el) || !isMarked(el) || el.querySelector(MEDIA) || insideCaption(el) || !body.contains(el)) continue;
		const inArticle = article?.contains(el) ?? false;
		const beforeText = index > headline && (firstParagraph < 0 || index < firstParagraph);
		if (inArticle || beforeText) found.push(el);
	}
	return found;
}

/**
 * The captions of findLeadCaptions that Readability left out of `root`; those it kept are
 * read with the rest of the article (extractCaptions), so a page of 3,000 figures is not read twice.
 */
export function readLeadCaptions(found: Element[], root: Element, base: string): Caption[] {
	return found.filter(el => !root.contains(el)).map(el => captionOf(el, base)).filter((caption): caption is Caption => caption !== undefined);
}

function captionOf(el: Element, base: string): Caption | undefined {
	const caption = readCaption(el);
	if (!caption) return undefined;
	const image = imageFor(el);
	const src = image ? imageSource(image, base) : null;
	// Captions leave the article before it is sanitized: the picture's URL is checked here.
	return {...caption, imageSrc: src && isSafeImageUrl(src) ? src : null, imageAlt: image?.getAttribute('alt') || null};
}

function insideCaption(el: Element): boolean {
	for (let node = el.parentElement; node; node = node.parentElement) if (isMarked(node)) return true;
	return false;
}

/** Lead captions are marked as such: a <figcaption>, or "caption" in a class name. */
function mentionsCaption(el: Element): boolean {
	return el.tagName === 'FIGCAPTION' || /caption/i.test(el.getAttribute('class') ?? '');
}

function isMarked(el: Element): boolean {
	return el.tagName === 'FIGCAPTION' || classParts(el).some(part => CAPTION_PART.test(part));
}

/** Cheap test first: most elements are neither marked as captions, nor beside an image, nor end in "(…)". */
function mayBeCaption(el: Element): boolean {
	if (el.tagName === 'FIGCAPTION' || el.hasAttribute('class')) return true;
	if (!INLINE_HOSTS.has(el.tagName)) return false;
	return besideImage(el) || /\)\s*\.?\s*$/.test(el.textContent ?? '');
}

/** Written right after an image (line breaks aside) or alone with it in a figure. */
function besideImage(el: Element): boolean {
	let prev = el.previousElementSibling;
	while (prev?.tagName === 'BR') prev = prev.previousElementSibling;
	return prev !== null && (prev.tagName === 'IMG' || prev.tagName === 'PICTURE' || (prev.tagName === 'A' && prev.querySelector('img') !== null));
}

function readCaption(el: Element): Omit<Caption, 'imageSrc' | 'imageAlt'> | undefined {
	const classes = classParts(el);
	const marked = isMarked(el);
	const creditOnly = !marked && classes.some(part => CREDIT_PART.test(part)) && el.closest('figure, [class*="caption"]') !== null;
	const text = textOf(el);
	if (!text) {
		if (marked) el.remove();
		return undefined;
	}
	if (marked) return splitCredit(el, text);
	if (creditOnly) return {text: '', credit: stripLabel(text)};
	if (text.length <= MAX_INLINE_CAPTION && !hasBlockChild(el)) {
		const match = PAREN_CREDIT.exec(text) ?? (besideImage(el) ? TRAILING_CREDIT.exec(text) : null);
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
		const at = text.lastIndexOf(creditText);
		const rest = at >= 0 ? text.slice(0, at) + text.slice(at + creditText.length) : text;
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
