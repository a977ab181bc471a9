import {hasTag} from '../dom-find.js';
import {fold} from '../dom-text.js';
import {dayInText, dayOf, toPageDate} from './date-text.js';
import {type Reach, nearHeading} from './near-heading.js';

/**
 * The date the page shows by its headline, for pages that state it nowhere else: a <time>
 * or a short dateline ("12. März 2021", "Posted on March 12, 2021") just after the heading, or
 * just before it within the heading's own block. Only that neighbourhood is read: further down
 * are the comments' and the related stories' dates.
 */

/** Elements read after the heading and before it, and the prose after which the article has begun. */
const REACH: Reach = {after: 60, before: 15, maxProse: 600};
/** A dateline is a short line; a paragraph that mentions a date is the story's text. */
const MAX_LINE = 160;
const OFF_LIMITS = /comment|respond|reply|related|sidebar|widget|recommend|recent|(?:^|[\s_-])footer(?:$|[\s_-])/i;
/** "Teaser" names the story's own lede or lead picture as often as other stories' teasers. */
const TEASER = /teaser/i;
/** Away from the headline any teaser is another story's: a labelled date in one is not the page's. */
const isOffStoryName = (names: string) => OFF_LIMITS.test(names) || TEASER.test(names);

export function datelineNear(elements: Element[], headingIndex: number, lang: string | null): string | null {
	for (const el of nearHeading(elements, headingIndex, REACH, offLimits)) {
		const found = dateOf(el, lang);
		if (found) return found;
	}
	return null;
}

/**
 * Where the story's header ends: page furniture (but an article's own footer), a box named for
 * comments, related stories or widgets, or a teaser box with the shape of one (links). A "teaser"
 * that is the story's own lede or lead picture (prose, an image, no link) is read through.
 */
function offLimits(el: Element): boolean {
	// An <article>'s own <footer> holds its date line ("28.01.22 / 0 Kommentare"); a comment's is stopped at its article's name.
	if (el.tagName === 'FOOTER' && el.parentElement?.closest('article')) return false;
	if (/^(?:ASIDE|NAV|FOOTER)$/.test(el.tagName)) return true;
	const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
	return OFF_LIMITS.test(names) || (TEASER.test(names) && hasTag(el, 'a') && el.querySelector('a[href]') !== null);
}

/** A <time> the page marks as its last change: the publication's own date is beside it. */
const CHANGE_MARK = /(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i;
/** "31.10.23" alone on its line: a day with a two-digit year, read only where a dateline stands. */
const SHORT_YEAR = /^(\d{2})\.(\d{2})\.(\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*uhr)?)?$/i;

/** The date an element states: its datetime, or its own short line of text. */
function dateOf(el: Element, lang: string | null): string | null {
	if (el.tagName === 'TIME') {
		if (CHANGE_MARK.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'dateModified') return null;
		const stated = toPageDate(el.getAttribute('datetime'), lang);
		if (stated) return stated;
	}
	// Only an element's own line: a wrapper's text is its children's, read when they come.
	if (el.children.length > 3) return null;
	const text = fold(el.textContent ?? '');
	if (!text) return null;
	const short = SHORT_YEAR.exec(text);
	if (short) return dayOf(2000 + Number(short[3]), Number(short[2]), Number(short[1]));
	if (text.length <= MAX_LINE) return dayInText(text, lang);
	// A dateline that opens the first paragraph: "27.1.2022 – Bei der Erinnerung…", "BERLIN, 3 March 2021 –".
	const opening = text.slice(0, 40);
	const day = dayInText(opening, lang);
	return day && /^[\p{Lu}\s,.()/-]{0,25}\d/u.test(opening) ? day : null;
}

/** A label that says the date after it is the publication's. */
const DATE_LABEL = /(?:^|[\s|·•(])(?:veröffentlicht|veröffentlichung|publiziert|erschienen|erstellt|published|posted|publié|publicado|pubblicato|datum|date)(?:\s+(?:am|on|le|el|il))?\s*:?\s*/i;
/** A label that says the date after it is the last change's: the date shown when the page states no other. */
export const UPDATE_LABEL = /(?:^|[\s|·•(])(?:aktualisiert|zuletzt\s+geändert|letzte\s+änderung|stand(?=\s*:)|(?:last\s+)?updated|last\s+modified|mis\s+à\s+jour|actualizado|aggiornato)(?:\s+(?:am|on|le|el|il))?\s*:?\s*/i;

/**
 * A labelled date anywhere in the story ("Veröffentlicht am 06.10.2023", "Published: March 3,
 * 2021"), for a dateline that sits away from the headline, at the story's end. Comments, widgets
 * and related stories carry dates of their own and are skipped.
 */
export function labelledDate(elements: Element[], lang: string | null, labelled = DATE_LABEL): string | null {
	for (const el of elements) {
		if (!ownText(el, labelled)) continue;
		const day = dayAfterLabel(el, labelled, lang);
		if (day) return day;
		// The label may sit in a span of its own, the date beside it in the parent: "<span>veröffentlicht</span> 28.01.2022".
		for (const line of [el, el.parentElement]) {
			if (!line || line.children.length > 6) continue;
			const text = fold(line.textContent ?? '');
			const label = text.length <= MAX_LINE ? labelled.exec(text) : null;
			if (!label || offStory(line)) continue;
			const day = dayInText(text.slice(label.index + label[0].length), lang);
			if (day) return day;
		}
	}
	return null;
}

/**
 * A label in running markup, its date in the elements after it on the same line, up to the next
 * <br>: "<br> Veröffentlichung: <a>04.02.2022</a> <br> Label: …" in a box that holds much else.
 */
function dayAfterLabel(el: Element, labelled: RegExp, lang: string | null): string | null {
	if (offStory(el)) return null;
	for (let node = el.firstChild; node; node = node.nextSibling) {
		if (node.nodeType !== 3 || !labelled.test(node.nodeValue ?? '')) continue;
		let line = node.nodeValue ?? '';
		for (let next = node.nextSibling; next && line.length <= MAX_LINE; next = next.nextSibling) {
			if (next.nodeType === 1 && /^(?:BR|HR|P|DIV|H[1-6]|UL|OL|TABLE)$/.test((next as Element).tagName)) break;
			line += next.textContent ?? '';
		}
		const text = fold(line);
		const label = text.length <= MAX_LINE ? labelled.exec(text) : null;
		const day = label && dayInText(text.slice(label.index + label[0].length), lang);
		if (day) return day;
	}
	return null;
}

/** Whether the element's own text (not its children's) holds a date label: cheap, for a walk over the whole page. */
function ownText(el: Element, labelled: RegExp): boolean {
	for (let node = el.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === 3 && labelled.test(node.nodeValue ?? '')) return true;
	}
	return false;
}

function offStory(el: Element): boolean {
	for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
		if (/^(?:ASIDE|NAV|FOOTER)$/.test(node.tagName) || isOffStoryName(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
	}
	return false;
}

/** A class token that names a date ("date", "post-date", "itemPostDate", "entry-date"), not the last change's. */
const DATE_CLASS = /^(?:[\w-]*[_-])?(?:[a-z]*(?:post|pub|entry|publish|created|item)?date|datum)$/i;

/**
 * The first short line the page's theme names a date ("<span class="itemPostDate">am 25.08.2015
 * 22:30</span>"), outside comments and widgets: for a page whose headline Clearpage could not place.
 */
export function classedDate(elements: Element[], lang: string | null): string | null {
	for (const el of elements) {
		const names = el.getAttribute('class');
		if (!names || !/date|datum/i.test(names) || !names.split(/\s+/).some(name => DATE_CLASS.test(name) && !/update|modif/i.test(name))) continue;
		const text = fold(el.textContent ?? '');
		if (text.length > 60 || offStory(el)) continue;
		const day = dayInText(text, lang);
		if (day) return day;
	}
	return null;
}

/**
 * The first RDFa date of the story (`<span property="schema:datePublished" content="…">`, Drupal's
 * dateCreated), outside comments, which carry RDFa dates of their own.
 */
export function rdfaDate(elements: Element[], lang: string | null): string | null {
	for (const property of [/^(?:schema:|dc:|dcterms:)?datePublished$/i, /^(?:schema:)?dateCreated$|^(?:dc|dcterms):(?:date|created)$/i]) {
		for (const el of elements) {
			if (!property.test(el.getAttribute('property') ?? '') || offStory(el)) continue;
			const date = toPageDate(el.getAttribute('content') ?? el.getAttribute('datetime'), lang);
			if (date) return date;
		}
	}
	return null;
}

/** The day in the page's address ("/2014/05/18/", "/2020-01-02-", "/20200102/"), which blogs and newspapers put there. */
export function dateInUrl(url: string): string | null {
	let path: string;
	try {
		path = new URL(url).pathname;
	} catch {
		return null;
	}
	const found = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_-]|\.html?$|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/.exec(path);
	return found ? dayOf(Number(found[1]), Number(found[2]), Number(found[3])) : null;
}
