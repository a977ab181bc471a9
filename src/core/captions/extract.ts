import type {Caption, LeadImage} from '../types.js';
import {hasTag} from '../dom-find.js';
import {elementsOf, textLengthAtLeast, textOf} from '../dom-text.js';
import {imageSource} from '../images.js';
import {isSafeImageUrl} from '../urls.js';
import {type CaptionText, isPlayerNotice, readCreditOnly, readInline, readMarked} from './credit.js';
import {imageFor, samePicture} from './image.js';
import {MAX_CAPTION, findInside, isCreditMarked, isHeading, isMarked, mentionsCaption} from './marks.js';

/**
 * Finds image captions in the article, splits each into text and credit, and takes them out
 * of the article so they are listed apart instead of read as body text. A caption needs a
 * picture the reader sees: without one, a caption-like block stays article text.
 */

// Not <svg>: the sanitizer drops it, so a caption beside an inline icon or chart must still count.
const MEDIA = ['img', 'picture', 'video', 'iframe'];
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
const EMBEDS = new Set(['VIDEO', 'AUDIO', 'IFRAME', 'EMBED', 'OBJECT']);
const INLINE_HOSTS = new Set(['P', 'SPAN', 'DIV', 'EM', 'SMALL', 'I']);
/** Above this much raw text (whitespace and all) a block is too long to be an unmarked caption. */
const MAX_INLINE_RAW = 1200;

const isMedia = (el: Element) => MEDIA_TAGS.has(el.tagName);

/** A caption and the picture it belongs to, an element of the page, kept until the article is final. */
export interface FoundCaption {
	caption: Caption;
	image: Element;
}

/** Takes every caption out of the article root and returns them in reading order. */
export function extractCaptions(root: Element, base: string): FoundCaption[] {
	const found: FoundCaption[] = [];
	// Inside a gallery or listicle item only credits leave; its heading and description stay.
	let item: Element | null = null;
	for (const el of elementsOf(root)) {
		if (item && !item.contains(el)) item = null;
		const kind = kindOf(el);
		if (!kind || (item && kind !== 'credit') || !root.contains(el) || findInside(el, isMedia)) continue;
		if (kind === 'marked') dropRepeatedCopies(el);
		if (kind === 'marked' && isItemText(el)) item = el;
		else take(el, readAs(el, kind), base, found);
	}
	return found;
}

type Kind = 'marked' | 'credit' | 'inline';

/**
 * What `el` could be, from its markup and the length of its text alone (a page may hold 100,000
 * elements): a marked caption, a credit in a figure, a block ending in an inline credit, or none.
 */
function kindOf(el: Element): Kind | null {
	if (isHeading(el)) return null;
	if (isMarked(el)) return textLengthAtLeast(el, MAX_CAPTION) ? null : 'marked';
	if (isCreditMarked(el) && el.parentElement?.closest('figure, [class*="caption"]')) return 'credit';
	if (!el.hasAttribute('class') && !INLINE_HOSTS.has(el.tagName)) return null;
	const raw = el.textContent ?? '';
	if (raw.length > MAX_INLINE_RAW) return null;
	return /\)\s*\.?\s*$/.test(raw) || besideImage(el) ? 'inline' : null;
}

/** What `el` says as a caption: words, 'empty' or 'notice' (nothing to list, nothing to keep), or null (no caption). */
function readAs(el: Element, kind: Kind): CaptionText | 'empty' | 'notice' | null {
	if (kind === 'marked') return isPlayerNotice(el) ? 'notice' : (readMarked(el) ?? 'empty');
	if (kind === 'credit') return readCreditOnly(el);
	return readInline(el, besideImage(el));
}

function take(el: Element, read: ReturnType<typeof readAs>, base: string, found: FoundCaption[]): void {
	if (read === 'empty' || read === 'notice') {
		el.remove();
		return;
	}
	if (!read) return;
	const caption = withImage(el, read, base);
	if (!caption) {
		// A photographer's name alone is no article text, and the caption of a video or embed goes
		// with it (the sanitizer drops players): the reader sees neither.
		if ((!read.text && read.credit) || isEmbedCaption(el)) el.remove();
		return;
	}
	add(found, caption);
	el.remove();
}

/** The caption with its picture, or null when it has none a reader sees (none found, or no usable address). */
function withImage(el: Element, read: CaptionText, base: string): FoundCaption | null {
	const image = imageFor(el);
	const src = image ? imageSource(image, base) : null;
	// Captions leave the article before it is sanitized: the picture's URL is checked here.
	if (!image || !src || !isSafeImageUrl(src)) return null;
	return {caption: {...read, imageSrc: src, imageAlt: image.getAttribute('alt') || null}, image};
}

/** Whether `el` is the caption of a figure that shows a video or an embed and no picture. */
function isEmbedCaption(el: Element): boolean {
	const figure = el.parentElement?.closest('figure');
	return figure !== null && figure !== undefined && findInside(figure, child => EMBEDS.has(child.tagName)) !== null;
}

/** One picture, one caption: a credit written apart from its caption text joins it. */
function add(found: FoundCaption[], next: FoundCaption): void {
	const last = found.at(-1);
	if (last?.image === next.image) {
		const [was, now] = [last.caption, next.caption];
		if (!was.credit && !now.text && now.credit) {
			was.credit = now.credit;
			return;
		}
		if (!was.text && !now.credit && now.text) {
			was.text = now.text;
			return;
		}
	}
	found.push(next);
}

/** A copy is at least this long before it counts as one: short parts (a name, a date) may well repeat. */
const MIN_COPY = 40;

/**
 * Galleries write a caption twice, in full and cut short, and show one of them by style: the
 * later copy goes, so the caption is read once (and two copies are not two paragraphs).
 */
function dropRepeatedCopies(caption: Element): void {
	const seen: string[] = [];
	for (const part of [...caption.children]) {
		const text = textOf(part).replace(/\s*(?:…|\.{3})\s*$/u, '');
		if (text.length < MIN_COPY) continue;
		if (seen.some(earlier => earlier.startsWith(text))) part.remove();
		else seen.push(text);
	}
}

/**
 * A caption that holds a heading, or paragraphs of its own, is an item of a gallery or a
 * listicle ("3. Port Isaac", a picture, a description): article text, not a caption.
 */
function isItemText(el: Element): boolean {
	let paragraphs = 0;
	return findInside(el, child => isHeading(child) || (child.tagName === 'P' && !isCreditMarked(child) && textLengthAtLeast(child, 80) && ++paragraphs >= 2)) !== null;
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
		if (!mentionsCaption(el) || !isMarked(el) || hasTag(el, ...MEDIA) || insideCaption(el) || !body.contains(el)) continue;
		const inArticle = article?.contains(el) ?? false;
		const beforeText = index > headline && (firstParagraph < 0 || index < firstParagraph);
		if (inArticle || beforeText) found.push(el);
	}
	return found;
}

/**
 * The captions of findLeadCaptions that Readability left out of `root`, with their pictures;
 * those it kept are read with the rest of the article (extractCaptions), so a page of 3,000
 * figures is not read twice.
 */
export function readLeadCaptions(found: Element[], root: Element, base: string): FoundCaption[] {
	const captions: FoundCaption[] = [];
	for (const el of found) {
		if (root.contains(el) || isHeading(el) || isItemText(el) || textLengthAtLeast(el, MAX_CAPTION)) continue;
		const read = readMarked(el);
		const caption = read && !isPlayerNotice(el) ? withImage(el, read, base) : null;
		if (caption) add(captions, caption);
	}
	return captions;
}

/**
 * The captions whose picture the reader sees, lead captions first (their pictures head the
 * page), each caption once: a picture still in the final article, or the lead image shown
 * above it. A caption whose picture went with a clutter box (a related story's thumbnail)
 * goes with it. A lead caption whose picture the body shows in another size points at that.
 */
export function seenCaptions(lead: FoundCaption[], inArticle: FoundCaption[], root: Element, above: LeadImage | null): Caption[] {
	let shownImages: string[] | undefined;
	const shown = ({caption, image}: FoundCaption): Caption | null => {
		if (root.contains(image)) return caption;
		const src = caption.imageSrc!;
		if (above && samePicture(src, above.url)) return {...caption, imageSrc: above.url};
		shownImages ??= [...root.querySelectorAll('img[src]')].map(img => img.getAttribute('src')!);
		const same = shownImages.find(shownSrc => samePicture(src, shownSrc));
		return same ? {...caption, imageSrc: same} : null;
	};
	const body = inArticle.map(shown).filter(caption => caption !== null);
	const key = (caption: Caption) => `${caption.text}\u0000${caption.credit}`;
	const seen = new Set(body.map(key));
	const first = lead.map(shown).filter(caption => caption !== null && !seen.has(key(caption))) as Caption[];
	return [...first, ...body];
}

function insideCaption(el: Element): boolean {
	for (let node = el.parentElement; node; node = node.parentElement) if (isMarked(node)) return true;
	return false;
}

/** Written right after an image (line breaks aside). */
function besideImage(el: Element): boolean {
	let prev = el.previousElementSibling;
	while (prev?.tagName === 'BR') prev = prev.previousElementSibling;
	return prev !== null && (prev.tagName === 'IMG' || prev.tagName === 'PICTURE' || (prev.tagName === 'A' && prev.querySelector('img') !== null));
}
