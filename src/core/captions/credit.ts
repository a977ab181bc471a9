import {fold, textOf} from '../dom-text.js';
import {findInside, isCreditMarked, isMarked} from './marks.js';
import {PLAYER_NOTICE, withoutLabel} from './screen-reader.js';

/** A caption's words: what it says, and who took the picture. */
export interface CaptionText {
	text: string;
	credit: string | null;
}

// Labels photographers' credits are written with, in the languages the product meets most.
const LABELS = String.raw`(?:picture|pictures|pic|photo|photos|photograph|photography|image|images|img|credit|credits|image credit|photo credit|picture credit|image source|source|foto|fotos|bild|bildquelle|quelle|crédit photo|crédit|crédits|photo ?:?\s?©|fotografía|imagen|تصوير|صورة|المصدر|צילום)`;
const PAREN_CREDIT = new RegExp(
	String.raw`\(\s*(?:${LABELS}\s*[:：]\s*([^()]+?)|((?:AP|AFP|Reuters|EPA|PA|Getty|[\p{Lu}][\p{L}]*) (?:Photo|Foto|Images?)(?:\s*\/[^()]+?)?))\s*\)\s*\.?\s*$`,
	'iu',
);
const TRAILING_CREDIT = new RegExp(String.raw`(?:^|[\s.|·•–—-])${LABELS}\s*[:：]\s*([^:：]+?)\s*\.?\s*$`, 'iu');
const COPYRIGHT_CREDIT = /(?:^|\s)©\s*([^©]+?)\s*\.?\s*$/u;
/**
 * A label before a credit: "Photo: ", "Credit…", "©", or a label glued to the name by adjacent
 * elements ("CreditJane Roe"; the label's last letter is small, so "BILD" alone stays).
 */
const LEADING_LABEL = new RegExp(String.raw`^${LABELS}\s*(?:[:：]|\.{2,}|…)\s*|^${LABELS}(?<=\p{Ll})(?=\p{Lu})|^©\s*`, 'iu');
/** What is left of a caption whose credit had its label in an element of its own ("Quelle" + "THW"). */
const LABEL_ONLY = new RegExp(String.raw`^${LABELS}\s*[:：.…]*$`, 'iu');

/** A block that ends in an inline credit is a caption only while it is short: prose beside a picture is not. */
const MAX_INLINE_CAPTION = 300;
/** "Source: …" at the end of a paragraph is weaker evidence than "(AP Photo/…)": shorter still. */
const MAX_TRAILING_CAPTION = 200;
/** An unmarked caption says what the picture shows in a sentence or two; a third makes it prose. */
const MAX_INLINE_SENTENCES = 2;
const SENTENCE_END = /[.!?…]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
/** A credit names a photographer or agency, not a sentence. */
const MAX_CREDIT = 100;

/** The text and credit of a marked caption (figcaption, caption class); null when it says nothing. */
export function readMarked(el: Element): CaptionText | null {
	const text = captionWords(textOf(el));
	if (!text) return null;
	const read = splitCredit(el, text);
	return read.text || read.credit ? read : null;
}

/** A credit element alone in a figure ("<span class="credit">Reuters</span>"). */
export function readCreditOnly(el: Element): CaptionText | null {
	const credit = stripLabel(captionWords(textOf(el)));
	return credit ? {text: '', credit} : null;
}

/**
 * An unmarked block read as a caption only when it ends in a credit and is short:
 * "Trims in a truck outside a store. (AP Photo/Alan Diaz)". `besideImage` allows the weaker
 * trailing form ("… Photo: NASA") for a block written right after its picture.
 */
export function readInline(el: Element, besideImage: boolean): CaptionText | null {
	const text = textOf(el);
	if (text.length > MAX_INLINE_CAPTION || hasBlockChild(el)) return null;
	const paren = PAREN_CREDIT.exec(text);
	const match = paren ?? (besideImage && text.length <= MAX_TRAILING_CAPTION ? TRAILING_CREDIT.exec(text) : null);
	const credit = match && (match[1] ?? match[2]!).trim();
	if (!match || !credit || credit.length > MAX_CREDIT) return null;
	const words = tidy(text.slice(0, match.index));
	if ((words.match(SENTENCE_END)?.length ?? 0) >= MAX_INLINE_SENTENCES) return null;
	return {text: words, credit};
}

/** Whether a line ends in a photographer's credit, "(AP Photo/…)", "Photo: …" or "© …": a caption's line, whatever its box. */
export function endsInCredit(text: string): boolean {
	const match = PAREN_CREDIT.exec(text) ?? TRAILING_CREDIT.exec(text) ?? COPYRIGHT_CREDIT.exec(text);
	const credit = match && (match[1] ?? match[2] ?? '').trim();
	return Boolean(credit) && credit!.length <= MAX_CREDIT;
}

/** Whether a marked caption's text is only a video player's notice, no caption of anything. */
export function isPlayerNotice(el: Element): boolean {
	return PLAYER_NOTICE.test(captionWords(textOf(el)));
}

function captionWords(text: string): string {
	return withoutLabel(text).trim();
}

/** Credit from a marked child element, else from the words written at the end of the caption. */
function splitCredit(el: Element, text: string): CaptionText {
	const creditEl = findInside(
		el,
		child => ((child.tagName === 'SMALL' || child.tagName === 'CITE') && !child.hasAttribute('class')) || (isCreditMarked(child) && !isMarked(child)),
	);
	// Cut out as written, screen-reader label and all; the credit itself goes without it.
	const written = creditEl ? textOf(creditEl) : '';
	const creditText = captionWords(written);
	// The credit is all the caption says: a credit alone.
	if (creditEl && creditText === text) return {text: '', credit: stripLabel(creditText) || null};
	if (creditEl && creditText && creditText !== text) {
		const at = text.lastIndexOf(written);
		const rest = at >= 0 ? text.slice(0, at) + text.slice(at + written.length) : text;
		const words = tidy(rest);
		return {text: LABEL_ONLY.test(words) ? '' : words, credit: stripLabel(creditText) || null};
	}
	for (const pattern of [PAREN_CREDIT, TRAILING_CREDIT, COPYRIGHT_CREDIT]) {
		const match = pattern.exec(text);
		const credit = match?.[1] ?? match?.[2];
		if (match && credit) return {text: tidy(text.slice(0, match.index)), credit: credit.trim()};
	}
	const label = LEADING_LABEL.exec(text);
	// "Credit: Jane Roe" alone is a credit with no caption.
	if (label?.[0]) return {text: '', credit: stripLabel(text)};
	return {text: tidy(text), credit: null};
}

function stripLabel(credit: string): string {
	let rest = fold(credit.replace(/^\(|\)$/g, ''));
	for (let match = LEADING_LABEL.exec(rest); match?.[0]; match = LEADING_LABEL.exec(rest)) rest = rest.slice(match[0].length).trim();
	return rest;
}

/** Caption text without the separators that stood before a credit. */
function tidy(text: string): string {
	return fold(text).replace(/[\s|·•–—:-]+$/u, '').replace(/\(\s*$/u, '').trim();
}

const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function hasBlockChild(el: Element): boolean {
	return findInside(el, child => BLOCKS.has(child.tagName)) !== null;
}
