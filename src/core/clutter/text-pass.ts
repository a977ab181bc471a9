import type {RemovalReason} from '../types.js';
import {byTag, closestTag, hasTag, linksIn, stillInside} from '../dom-find.js';
import {elementsOf, hasText, linkDensity, textLengthAtLeast, textOf} from '../dom-text.js';
import {FOOTER_NOTICE, type LabelRule, inlineRelated, isMetaLine, isSocialLine, labelRules, noticeRules} from './text-rules.js';
import type {RemovalLog} from './removal-log.js';
import {siteOf} from '../urls.js';
import {hasClutterShape, hasProse, hasTeasers, isOtherStory, isTeaser, isThread} from './shape.js';
import {removeStoryRows} from './story-rows.js';

/** The elements read, by local name: a walk of the article and a set, not a selector query of two dozen tags. */
const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'span', 'strong', 'b', 'em', 'small', 'a', 'button']);
const TABLE = new Set(['table']);
const FIGURE = new Set(['figure', 'figcaption']);
const CONTROL = new Set(['a', 'button']);
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'SMALL', 'A', 'BUTTON']);
const MAX_LABEL = 100;
const MAX_NOTICE = 400;
const MAX_BOX = 1500;
/** Link text share above which a block is a list of links, not prose. */
const LINK_LIST = 0.6;
/** Reasons whose label heads a box of links or widgets, not just itself. */
const BOXED = new Set<RemovalReason>(['related', 'share', 'follow', 'promo', 'likes', 'comments', 'author']);
/** A widget box (not a link list) is at most this long: the label's container up to it goes too. */
const MAX_WIDGET = 600;

/** Removes labelled clutter boxes and widget notices from the article root. */
export function removeByText(root: Element, log: RemovalLog, pageUrl: string): void {
	// Only a labelled box needs the article's length: most pages have none, and a long text is costly to fold.
	let rootText: number | undefined;
	const connected = root.isConnected;
	for (const el of elementsOf(root)) {
		if (!BLOCKS.has(el.localName)) continue;
		if ((el.textContent ?? '').length > MAX_NOTICE * 4 || !stillInside(el, root, connected)) continue;
		const text = textOf(el);
		if (!text || text.length > MAX_NOTICE) continue;
		if (INLINE.has(el.tagName) && !isWholeBlock(el, text)) continue;
		// A table's cells say "Comment", "Share", "13.4 MB": data, not widgets.
		if (closestTag(el, TABLE)) continue;

		const labelled = text.length <= MAX_LABEL ? labelRules.find(rule => rule.pattern.test(text)) : undefined;
		if (labelled) {
			removeLabelled(root, el, labelled, (rootText ??= textOf(root).length), log);
			continue;
		}
		const notice = noticeRules.find(rule => rule.pattern.test(text));
		// A © beside or under a picture is its credit (the captions pass reads it), not the site's footer.
		if (notice && !hasTag(el, 'img', 'picture', 'video', 'figure') && !closestTag(el, FIGURE) && isNoticeShaped(el, text, notice.pattern)) {
			log.remove(el, notice.reason, `notice:${notice.reason}`);
			continue;
		}
		if (isSocialLine(text)) {
			log.remove(el, 'share', 'text:social-line');
			continue;
		}
		// A line that is only an address stays: the audit found sources and references (article text) in most of them.
		if (isMetaLine(text)) {
			log.remove(el, 'metadata', 'text:meta-line');
			continue;
		}
		// The page's own address, printed by a print header: never the article's.
		if (isPageAddress(text, pageUrl)) {
			log.remove(el, 'metadata', 'text:page-address');
			continue;
		}
		if (isHeadlineList(el, pageUrl)) {
			log.remove(el, 'related', 'text:headline-list');
			continue;
		}
		if (isCapitalLink(el, text, pageUrl)) {
			log.remove(el, 'related', 'text:capital-link');
			continue;
		}
		const related = inlineRelated.exec(text);
		if (related && linkDensity(el, text) >= (related[1] ? 0.3 : 0.5)) {
			const next = el.nextElementSibling;
			log.remove(el, 'related', 'text:inline-related');
			removeLinkLists(next, log, textOf(root).length);
		}
	}
	removeStoryRows(root, log);
	removeTrailingLinks(root, log, pageUrl);
	removeOrphanHeadings(root, log);
}

/**
 * A heading that ends the article heads nothing: what it named (a list of links, a gallery) was
 * left out of the page by Readability or taken out above. Only at the very end, and only a
 * heading: a last line of bold may be the article's sign-off.
 */
function removeOrphanHeadings(root: Element, log: RemovalLog): void {
	for (let guard = 0; guard < 3; guard++) {
		const last = lastBlock(root);
		if (!last || !HEADINGS.has(last.tagName) || last === root.firstElementChild || headsMedia(last, root)) return;
		log.remove(last, 'related', 'text:orphan-heading');
	}
}

/** Pictures, a video or a table after the heading: it heads them, though they hold no text. */
function headsMedia(heading: Element, root: Element): boolean {
	for (let node: Element | null = heading; node && node !== root; node = node.parentElement) {
		for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (next.matches(MEDIA) || next.querySelector(MEDIA)) return true;
	}
	return false;
}

const MEDIA = 'img, picture, video, audio, iframe, svg, table, canvas';

/**
 * A list whose every item is one link with a headline-long text, to the site's own pages: other
 * stories, not the article's own list (a list of links elsewhere is its references).
 */
function isHeadlineList(el: Element, pageUrl: string): boolean {
	if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
	const items = [...el.children].filter(child => child.tagName === 'LI');
	if (items.length < 2) return false;
	const site = siteOf(pageUrl);
	return items.every(item => {
		const text = textOf(item);
		const links = byTag(item, 'a');
		if (links.length !== 1 || text.length < 25 || textOf(links[0]!).length < text.length * 0.95) return false;
		return site !== null && siteOf(links[0]!.getAttribute('href') ?? '', pageUrl) === site;
	});
}

/**
 * A paragraph that is only a link to another of the site's pages, its words in capitals: the
 * headline of another story set between the paragraphs ("SEAN SPICER ELIMINATED FROM…"), as many
 * newsrooms style "read this too". A linked sentence in the text is in sentence case; a link in
 * capitals to another site is a source.
 */
function isCapitalLink(el: Element, text: string, pageUrl: string): boolean {
	if (el.tagName !== 'P' || text.length < 20 || text.length > 200 || text.split(' ').length < 4) return false;
	const letters = text.match(/\p{L}/gu)?.length ?? 0;
	const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
	if (capitals < letters * 0.9) return false;
	const links = el.querySelectorAll('a[href]');
	if (links.length !== 1 || linkDensity(el, text) < 0.95) return false;
	const site = siteOf(pageUrl);
	return site !== null && siteOf(links[0]!.getAttribute('href')!, pageUrl) === site;
}

/** Whether `text` is only the address of the page itself (scheme, "www." and a last slash aside). */
function isPageAddress(text: string, pageUrl: string): boolean {
	if (text.length < 12 || /\s/.test(text)) return false;
	const bare = (address: string) => address.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '');
	return bare(text) === bare(pageUrl);
}

/**
 * An inline element counts as a block when it is all the text of its parent block, or a line of
 * its own between blocks (`<h2>…</h2><span>Updated …</span>`): not a run of words inside a sentence.
 */
function isWholeBlock(el: Element, text: string): boolean {
	const parent = el.parentElement;
	if (parent === null) return false;
	if (textOf(parent) === text) return true;
	return !INLINE.has(parent.tagName) && isLineEdge(el.previousSibling, 'previousSibling') && isLineEdge(el.nextSibling, 'nextSibling');
}

/** Tags that end a line: an inline element between them (or the box's edge) is a line of its own. */
const LINE_BREAKS = new Set(['BR', 'HR', 'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'FIGURE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'DL', 'ASIDE', 'NAV', 'FORM']);

function isLineEdge(start: ChildNode | null, direction: 'previousSibling' | 'nextSibling'): boolean {
	let node = start;
	while (node && node.nodeType === 3 && !hasText(node)) node = node[direction];
	return node === null || (node.nodeType === 1 && LINE_BREAKS.has((node as Element).tagName));
}

/**
 * A widget's notice is most of its block, or sits beside the controls or links it is about; the
 * same words inside a sentence of the article ("…get the new version of the app…") are prose.
 */
function isNoticeShaped(el: Element, text: string, pattern: RegExp): boolean {
	const match = pattern.exec(text);
	if (!match) return false;
	if (match[0].length >= text.length / 2) return true;
	// The notice's own control: "…already a subscriber, you can <a>log in</a>", "<a>Sign up here</a>".
	for (const control of el.querySelectorAll('a, button')) {
		const words = textOf(control);
		if (words.length >= 3 && match[0].includes(words)) return true;
	}
	// A copyright line is short; the same sign inside a sentence is the article quoting it.
	if (pattern === FOOTER_NOTICE) return text.length <= 200;
	return el.querySelector('a, button, input') !== null && linkDensity(el, text) >= 0.1;
}

/** The next element after `el` (its sibling, or its parent's) that holds text: what a label heads. */
function nextWithText(el: Element, root: Element): Element | null {
	for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
		for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (hasText(next)) return next;
	}
	return null;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A heading, or a line all in bold (the subheading of editors without heading levels). */
function isHeadingLike(el: Element): boolean {
	if (HEADINGS.has(el.tagName)) return true;
	const bold = el.matches('strong, b') ? el : el.querySelector(':scope > strong, :scope > b');
	return bold !== null && textOf(bold) === textOf(el);
}

/** A heading or a line of bold in the text flow, with prose after it: a subheading of the article. */
function isSubheading(label: Element, root: Element): boolean {
	if (closestTag(label, CONTROL) || !isHeadingLike(label)) return false;
	const next = nextWithText(label, root);
	return next !== null && hasProse(next) && !isThread(next);
}

function removeLabelled(root: Element, label: Element, rule: LabelRule, rootText: number, log: RemovalLog): void {
	const {reason} = rule;
	if (!BOXED.has(reason) && !rule.heads) {
		if (isSubheading(label, root)) return;
		log.remove(label, reason, `label:${reason}`);
		return;
	}
	let box = label;
	for (let depth = 0; depth < 3; depth++) {
		const parent = box.parentElement;
		if (!parent || parent === root) break;
		const text = textOf(parent);
		// On a page that is all links (a section front), "More news" would otherwise climb to the whole page.
		if (isMostOf(text.length, rootText)) break;
		const widget = reason !== 'related' && text.length <= MAX_WIDGET;
		if (!widget && (text.length > MAX_BOX || linkDensity(parent, text) < 0.5)) break;
		// A label heads its box: prose before it in the parent is the article the box comes after.
		if (hasProseBefore(box)) break;
		box = parent;
	}
	// The label alone heads what follows it: that must be the clutter the label names.
	if (box === label && isSubheading(label, root) && !hasClutterShape(nextWithText(label, root)!, reason)) return;
	const next = box.nextElementSibling;
	log.remove(box, reason, box === label ? `label:${reason}` : `label-box:${reason}`);
	if (reason === 'comments') removeRest(next, rootText, log);
	else removeLinkLists(next, log, reason === 'related' ? rootText : 0);
}

function hasProseBefore(el: Element): boolean {
	for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) if (hasProse(prev)) return true;
	return false;
}

/** What a clutter box may never be, whatever its label: most of the article's text. */
function isMostOf(length: number, rootText: number): boolean {
	return length > rootText / 2;
}

/** Following siblings that are lists of links or teasers (the box under a "Related" heading). */
function removeLinkLists(start: Element | null, log: RemovalLog, relatedOf: number): void {
	let el = start;
	// The row of other stories, once found: the last of them has no sibling <article> left.
	let stories = false;
	while (el) {
		const text = textOf(el);
		const links = text && text.length <= MAX_BOX && linkDensity(el, text) >= LINK_LIST;
		// Teasers under the label go too, but never the article's prose after them; under a
		// related label, other stories' <article>s go with their prose (never most of the page).
		const story: boolean = relatedOf > 0 && (stories ? el.tagName === 'ARTICLE' : isOtherStory(el)) && !isMostOf(text.length, relatedOf);
		stories ||= story;
		const teasers = story || (!hasProse(el, text) && (isTeaser(el, text) || hasTeasers(el)));
		if (text && !links && !teasers) break;
		const next = el.nextElementSibling;
		if (text) log.remove(el, 'related', 'text:links-after-label');
		el = next;
	}
}

/** A comment thread runs to the end of its container; drop it unless it is most of the article. */
function removeRest(start: Element | null, rootText: number, log: RemovalLog): void {
	const rest: Element[] = [];
	let length = 0;
	for (let el = start; el; el = el.nextElementSibling) {
		rest.push(el);
		length += textOf(el).length;
	}
	if (isMostOf(length, rootText)) return;
	// What follows a "Comments" label is a thread (replies, a form, avatars) or nothing of substance.
	if (rest.some(el => hasProse(el)) && !rest.some(isThread)) return;
	for (const el of rest) log.remove(el, 'comments', 'text:comments-rest');
}

/** Link-only lines at the very end of an article are rails of other stories. */
function removeTrailingLinks(root: Element, log: RemovalLog, pageUrl: string): void {
	const site = siteOf(pageUrl);
	for (let guard = 0; guard < 20; guard++) {
		const last = lastBlock(root);
		if (!last || textLengthAtLeast(last, 301)) return;
		const text = textOf(last);
		if (linkDensity(last, text) < 0.8) return;
		// Links to the site's own pages are its other stories; links elsewhere are the article's sources.
		if (site === null || linksIn(last).some(link => siteOf(link.getAttribute('href')!, pageUrl) !== site)) return;
		log.remove(last, 'related', 'text:trailing-links');
	}
}


function lastBlock(root: Element): Element | null {
	let el = root.lastElementChild;
	while (el) {
		if (!hasText(el)) {
			const prev = el.previousElementSibling;
			if (prev) {
				el = prev;
				continue;
			}
			return null;
		}
		const child = el.lastElementChild;
		if (!child || INLINE.has(child.tagName) || el.tagName === 'P' || el.tagName === 'LI') return el;
		el = child;
	}
	return null;
}
