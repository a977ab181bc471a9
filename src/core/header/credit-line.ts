import {fold} from '../dom-text.js';

/**
 * Header lines that credit the story without a byline label, read by the headline after the
 * marked and labelled bylines: the credit line under the headline (<p class="credit">JIJI</p>),
 * the agency in the dateline that opens the story ("Hamburg (dpa/lno) – …"), and a name field
 * that gives the day and the writer ("25.10.2022 - Reiner Nagel").
 */

/** A class token naming the story's credit; a picture's credit sits in its figure or caption. */
const CREDIT_MARK = /(?:^|\s)(?:(?:article|story|post)[-_])?credits?(?=\s|$)/i;
const NAME_MARK = /(?:^|[\s_-])name(?=[\s_-]|$)/i;
const PICTURE = 'figure, figcaption, picture, [class*="caption"], [class*="image"], [class*="photo"]';
const PHOTO_LABEL = /^(?:fotos?|photos?|bild(?:er)?|images?|quelle|source)\b/i;
/** "City (agency) – ": the agency as short letter tokens, one or more joined with "/". */
const DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,30}?\s\((\p{L}{2,8}(?:\s*\/\s*\p{L}{2,8})*)\)\s*[–—-]\s/u;
const DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}`;
const DATED_NAME = new RegExp(String.raw`^${DATE}\s*[–—|-]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$`, 'u');
const MAX_CREDIT = 40;

export function creditLine(el: Element): string | null {
	const marks = `${el.id} ${el.getAttribute('class') ?? ''}`;
	if (CREDIT_MARK.test(marks)) return storyCredit(el);
	if (el.tagName === 'P') return agency(DATELINE.exec(fold(el.textContent ?? '').slice(0, 80))?.[1]);
	if (NAME_MARK.test(marks) && el.children.length <= 1) return DATED_NAME.exec(fold(el.textContent ?? ''))?.[1] ?? null;
	return null;
}

/** An agency's credit is written as an acronym ("AFP", "dpa/lno"), unlike a place in brackets ("Die Stadt (Berlin) – …"). */
function agency(credit: string | undefined): string | null {
	return credit?.split(/\s*\/\s*/).some(token => token === token.toUpperCase() || token === token.toLowerCase()) ? credit : null;
}

function storyCredit(el: Element): string | null {
	const text = fold(el.textContent ?? '');
	if (!text || text.length > MAX_CREDIT || PHOTO_LABEL.test(text) || el.closest(PICTURE) || el.querySelector('img, picture')) return null;
	return text;
}
