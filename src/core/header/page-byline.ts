import {findInside} from '../captions/marks.js';
import {linksIn} from '../dom-find.js';
import {fold, textLengthAtLeast} from '../dom-text.js';
import {PERSON} from './byline.js';
import {creditLine} from './credit-line.js';
import {type Reach, nearHeading} from './near-heading.js';

/**
 * The byline the page shows, read from the untouched page: the clutter rules take author boxes
 * out before Readability looks, and Readability reads only one marked element. Near the headline:
 * an element marked as the author or byline, or a short line that starts with "By" / "Von" /
 * "Autor:"; anywhere outside comments and widgets: author markup (rel=author, itemprop=author,
 * a vCard name, a link to an author page).
 */

const AUTHOR_MARK = /author|byline|autor|verfasser|writer|contributor|signature/i;
/** A post's own footer ("post-footer-line") holds its author line; the site's ("footer-widgets") does not. */
const NOT_THE_STORY = /comment|respond|reply|widget|sidebar|related|recent|teaser|share|avatar|(?<!(?:post|entry|article)-)footer-|breadcrumb|citation|reference|bibliograph/i;
/** Header furniture: a share bar or an avatar sits between the headline and the byline, not after the story. */
const HEADER_FURNITURE = /share|avatar/i;
const AUTHOR_PAGE = /\/(?:author|authors|autor|autoren|autorin|redakteur|user|users|profile|profil|people|person|team|mitarbeiter|contributors?)\/[^/?#]+/i;
/** A date and time a line may open with before its byline label: "06.11.2023 13:30 von …", "March 3, 2021 by …". */
const DATE_FIRST = String.raw`(?:(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})(?:,?\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?\s*)?`;
/** A line that starts with a byline label (maybe after a date, or the separator from one): the name follows. */
const LABELLED = new RegExp(String.raw`^${DATE_FIRST}(?:[|·•–—-]\s*)?(?:by|von|par|por|di|door|av|text|texto|autor(?:in)?|auteur|author|verfasser(?:in)?|redaktion(?=\s*:)|geschrieben von|erstellt von|eine? (?:artikel|beitrag|gastbeitrag|kolumne|glosse|kommentar|gastkommentar|analyse|bericht|reportage|essay|interview) von|an? (?:column|commentary|analysis|essay|report|story|interview) by|written by|posted by|publié par|escrito por)\b\s*[:|]?\s*\S`, 'iu');
const REACH: Reach = {after: 80, before: 20, maxProse: 1200};
const MAX_LINE = 120;

/** The page's bylines, best first: the one by the headline, then author markup elsewhere (see pageBylines). */
export interface PageBylines {
	/** Candidates by the headline, marked-up ones first. */
	near: string[];
	marked: string[];
	/** Logins the page links to an account page with (see isLoginLink): Readability may still pick one as the byline. */
	logins: string[];
}

/** The bylines by the headline: marked-up ones first (a wrapper's "Posted by … at 19:12 · 3 comments" line comes before the name inside it). */
export function nearBylines(elements: Element[], headingIndex: number | undefined): string[] {
	if (headingIndex === undefined) return [];
	const besideHeadline = [...nearHeading(elements, headingIndex, REACH, notTheStory, el => HEADER_FURNITURE.test(marks(el)))];
	return [...besideHeadline.map(markedName), ...besideHeadline.map(labelledLine), ...besideHeadline.map(creditLine)].filter((name): name is string => name !== null).slice(0, 4);
}

/** Author markup anywhere outside comments and widgets, and the logins the page links to: a walk over every element of the page. */
export function markedBylines(elements: Element[], headingIndex: number | undefined): Omit<PageBylines, 'near'> {
	const marked: string[] = [];
	const headline = headingIndex === undefined ? null : elements[headingIndex]!;
	const logins: string[] = [];
	for (const el of elements) {
		if (el.tagName === 'A' && logins.length < 5 && isLoginLink(el)) logins.push(fold(el.textContent ?? ''));
		if (marked.length >= 2) continue;
		const name = strongMarkup(el, headline) ?? labelBeside(el, headline);
		if (name && !marked.includes(name)) marked.push(name);
	}
	return {marked, logins};
}

/** A label alone in its element, the name beside it: "<span>Autor:</span> Fritz Imhof". */
const LABEL_ONLY = /^(?:autor(?:in)?|author|auteur|verfasser(?:in)?|text|interview|von|by|par|written\s+by|geschrieben\s+von)\s*:?$/i;
const INTERVIEW = /^interview\s*:?$/i;
/** The start every label of LABEL_ONLY shares, tried on the unfolded text. */
const LABEL_START = /^\s*(?:aut|verf|text|interview|von|by|par|written|geschrieben)/i;
/** Elements a label sits alone in; a theme's field label is often a small heading ("<h5>Autor:</h5> Name"). */
const LABEL_TAGS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'LABEL', 'DT', 'TH', 'TD', 'I', 'SMALL', 'H3', 'H4', 'H5', 'H6', 'DIV', 'P']);

function labelBeside(el: Element, headline: Element | null): string | null {
	if (el.firstElementChild || !LABEL_TAGS.has(el.tagName)) return null;
	// Folded: a theme may set the label on lines of its own ("<div>\n   Interview\n  </div>").
	// Most short leaves of a page are no label: only a text that starts like one is folded.
	const raw = el.textContent ?? '';
	if (!LABEL_START.test(raw)) return null;
	const label = fold(raw);
	if (label.length > 20 || !LABEL_ONLY.test(label)) return null;
	// The name is what follows, past blank text and line breaks: "<b>Von:</b> <br><br> Götz Warnke", "<h4>Autor</h4> <p><a>Name</a></p>".
	let next = el.nextSibling;
	while (next && ((next.nodeType === 3 && !fold(next.nodeValue ?? '')) || (next.nodeType === 1 && (next as Element).tagName === 'BR'))) next = next.nextSibling;
	const name = next?.nodeType === 3 ? fold(next.nodeValue ?? '') : next?.nodeType === 1 ? fold(next.textContent ?? '') : '';
	// "Interview" heads a credit ("Interview / SVEN MICHAELSEN") as often as a section: only a name follows a credit.
	if (INTERVIEW.test(label) && !PERSON.test(name)) return null;
	return name && name.length <= MAX_LINE && /^\p{Lu}/u.test(name) && !outsideStory(el, headline) ? name : null;
}

function notTheStory(el: Element): boolean {
	return NOT_THE_STORY.test(marks(el)) || /^(?:ASIDE|NAV)$/.test(el.tagName);
}

function marks(el: Element): string {
	return `${el.id} ${el.getAttribute('class') ?? ''}`;
}

/** An element the theme marks as the author or byline: its name link, its vCard name, or its own short text. */
function markedName(el: Element): string | null {
	if (!AUTHOR_MARK.test(marks(el)) && !isAuthorLink(el)) return null;
	const links = linksIn(el);
	const named = findInside(el, isNameMark) ?? links.find(isAuthorLink);
	if (isLoginLink(el) || links.some(isLoginLink)) return null;
	const text = fold(named?.getAttribute('content') ?? named?.textContent ?? el.textContent ?? '');
	return text && text.length <= MAX_LINE ? text : null;
}

/** What `.fn, [itemprop~="name"], a[rel~="author"]` selects: a walk, since a selector query on the clone costs more than the few elements it reads. */
function isNameMark(el: Element): boolean {
	if (!el.hasAttributes()) return false;
	// In quirks mode a class selector ignores case.
	const classes = el.getAttribute('class');
	if (hasToken(el.ownerDocument.compatMode === 'BackCompat' ? (classes?.toLowerCase() ?? null) : classes, 'fn')) return true;
	if (hasToken(el.getAttribute('itemprop'), 'name')) return true;
	return el.tagName === 'A' && hasToken(el.getAttribute('rel')?.toLowerCase() ?? null, 'author');
}

/**
 * Whether an attribute's value, split on HTML's whitespace, holds `token`. Without splitting: every
 * element's class list comes through here (strongMarkup), and most do not hold the word at all.
 */
function hasToken(value: string | null, token: string): boolean {
	if (value === null) return false;
	for (let at = value.indexOf(token); at >= 0; at = value.indexOf(token, at + 1)) {
		const end = at + token.length;
		if ((at === 0 || HTML_SPACE.has(value[at - 1]!)) && (end === value.length || HTML_SPACE.has(value[end]!))) return true;
	}
	return false;
}
const HTML_SPACE = new Set(['\t', '\n', '\f', '\r', ' ']);

/**
 * The names of a short line that starts with a byline label: "Von Lena Brandt und Tom Ullrich am
 * 3. März" gives the two names; "Von der Idee zur Umsetzung" gives none (no capital after the label).
 */
function labelledLine(el: Element): string | null {
	// A box holding the story (one child, pages of text) is no line: its text is not folded whole.
	if (el.children.length > 3 || textLengthAtLeast(el, MAX_LINE + 1)) return null;
	const text = fold(el.textContent ?? '');
	const label = LABELLED.exec(text);
	if (!label || text.length > MAX_LINE) return null;
	const names = text.slice(label[0].length - 1).split(/\s+(?:at|am|um|on|le|el|il|on)\s+|\s[—–-]\s|[|·•:;!?()\d]/)[0]!.trim();
	const each = names.split(/,\s*|\s+(?:und|and|&|et|y)\s+/);
	return /^\p{Lu}/u.test(names) && each.every(name => name.split(' ').length <= 4) ? names : null;
}

/**
 * A link to a writer's page that shows a name: "fhaacker" linking to /author/fhaacker/ shows the
 * CMS login, which the theme prints where the writer set no name.
 */
function isAuthorLink(el: Element): boolean {
	return el.tagName === 'A' && AUTHOR_PAGE.test(el.getAttribute('href') ?? '') && onOwnSite(el) && fold(el.textContent ?? '').length > 1 && !isLoginLink(el);
}

/** Whether a link stays on the page's site: a user page on a photo library is a credit, not the writer's page. */
function onOwnSite(link: Element): boolean {
	const page = link.ownerDocument.URL;
	try {
		const host = (url: string) => new URL(url, page).hostname.replace(/^www\./, '');
		return !/^https?:/.test(page) || host(link.getAttribute('href')!) === host(page);
	} catch {
		return false;
	}
}

function isLoginLink(el: Element): boolean {
	if (el.tagName !== 'A') return false;
	const found = AUTHOR_PAGE.exec(el.getAttribute('href') ?? '');
	if (!found) return false;
	const text = fold(el.textContent ?? '');
	const bare = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	return text === text.toLowerCase() && bare(text) === bare(found[0].split('/').at(-1)!);
}

const AUTHOR_WORD = /\bauthor\b/;

/** Author markup that says so whatever its place: rel=author, itemprop=author, a vCard's name in a byline. */
function strongMarkup(el: Element, headline: Element | null): string | null {
	// Most elements carry none of these marks: every element of the page comes through here.
	if (!el.hasAttributes()) return null;
	const isLink = el.tagName === 'A';
	const byItemprop = AUTHOR_WORD.test(el.getAttribute('itemprop') ?? '');
	const byRel = isLink && AUTHOR_WORD.test(el.getAttribute('rel') ?? '');
	// A vCard's name in an author or byline block (an infobox's vCard names its subject, an "org" a company).
	const classes = el.getAttribute('class');
	const isVcardName = hasToken(classes, 'fn') && !hasToken(classes, 'org') && Boolean(el.closest('[class*="author"], [class*="byline"]'));
	// A link to the writer's page inside a byline or author block ("erstellt von <a href=/author/dominique>").
	const bylineLink = isLink && isAuthorLink(el) && Boolean(el.closest('[class*="author"], [class*="byline"], [id*="byline"], [id*="author"]'));
	if (!byItemprop && !byRel && !isVcardName && !bylineLink) return null;
	if (el.tagName === 'META' || el.tagName === 'LINK' || isLoginLink(el) || outsideStory(el, headline)) return null;
	// A vCard whose name is the link to a login's page shows the login ("<span class=fn><a href=/author/fhaacker/>fhaacker</a>").
	if (linksIn(el).some(isLoginLink)) return null;
	const name = el.firstElementChild ? el.querySelector('[itemprop~="name"]') : null;
	const text = fold(name?.getAttribute('content') ?? name?.textContent ?? el.getAttribute('content') ?? el.textContent ?? '');
	return text && text.length <= MAX_LINE ? text : null;
}

/**
 * Whether the element sits in comments, a widget or a sidebar. The climb stops at the box that
 * holds the headline: that box is the story's own, whatever the theme calls it (a blog engine
 * puts the whole post in a "widget").
 */
function outsideStory(el: Element, headline: Element | null): boolean {
	for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
		if (headline && node !== headline && node.contains(headline)) return false;
		if (/^(?:ASIDE|NAV)$/.test(node.tagName) || NOT_THE_STORY.test(marks(node))) return true;
	}
	return false;
}
