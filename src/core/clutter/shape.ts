import type {RemovalReason} from '../types.js';
import {hasTag} from '../dom-find.js';
import {hasText, linkDensity, textOf} from '../dom-text.js';

/**
 * The second signal of every removal: the shape of clutter where a block stands. A name or a
 * label says what a block might be ("share", "Comments"); only a block that is also built like
 * that clutter (a row of links, a widget with controls, a few words with no sentence, a thread of
 * replies) goes. Article text is prose: sentences, in paragraphs, with few links.
 */

/** Controls a widget is made of; article text has none. */
const CONTROLS = 'form, input, button, textarea, select, iframe, [role="button"]';
/** Verbs on the buttons under each comment of a thread. */
const REPLY = /^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|odpowiedz|ответить|responder|svara|svar|vastaa|odpovědět|返信|回复|رد|הגב|report|melden|signaler|like|gefällt mir|j'aime|me gusta|mi piace)$/iu;
/** A sentence a reporter writes: a dozen words or so, then its end (news paragraphs are often one). */
const SENTENCE = /[\p{L}\p{N}][^.!?。！？]{60,}[.!?。！？]/u;

/** Blocks of text at most this long with no sentence in them are labels, buttons and links, not prose. */
const SHORT = 200;
/** A widget (share bar, sign-up box, cookie notice) is at most this long. */
const WIDGET = 600;

/** Whether `el` reads as prose: a full sentence, or a long paragraph, mostly outside links. */
export function hasProse(el: Element, text = textOf(el)): boolean {
	if (text.length < 80) return false;
	if (text.length < 400 && !SENTENCE.test(text)) return false;
	return linkDensity(el, text) < 0.3;
}

/** Whether `el` holds controls a widget is made of (a form, a button, an embedded frame). */
export function hasControls(el: Element): boolean {
	return el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null;
}

/** A comment thread: a form to write one, reply buttons, or the avatars of the people who did. */
export function isThread(el: Element): boolean {
	if (hasTag(el, 'textarea', 'form') || el.querySelector('[contenteditable="true"]')) return true;
	let replies = 0;
	for (const control of el.querySelectorAll('a, button')) {
		if (REPLY.test(textOf(control)) || /[?&#](?:replytocom|respond)\b/.test(control.getAttribute('href') ?? '')) replies++;
		if (replies >= 2) return true;
	}
	let avatars = 0;
	for (const img of el.getElementsByTagName('img')) {
		if (/avatar|gravatar|profile/i.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`)) avatars++;
		if (avatars >= 2) return true;
	}
	return false;
}

const HEADINGS = 'h2, h3, h4, h5';

/** A heading that is a link to another page (a teaser's headline), not a subheading with a link beside it. */
export function isLinkedHeading(heading: Element): boolean {
	const text = textOf(heading);
	return text.length > 0 && (heading.closest('a') !== null || linkDensity(heading, text) >= 0.8);
}

/** A teaser: a linked headline with at most a line or two of summary under it. */
export function isTeaser(el: Element, text = textOf(el)): boolean {
	if (text.length > 400) return false;
	const heading = el.matches(HEADINGS) ? el : el.querySelector(HEADINGS);
	return heading !== null && isLinkedHeading(heading);
}

/** Teasers of other stories: a box of repeated linked items, or of two or more teasers. */
export function hasTeasers(el: Element): boolean {
	if (hasRepeatedItems(el)) return true;
	const children = [...el.children].filter(child => hasText(child));
	return children.length >= 2 && children.every(child => isTeaser(child));
}

/**
 * Another story in a row of them: an <article> (a composition of its own, by HTML's meaning) with
 * a link or a picture, beside another <article>. Under a "You may also like" label, its prose is
 * that story's teaser, not this one's text.
 */
export function isOtherStory(el: Element): boolean {
	if (el.tagName !== 'ARTICLE' || !el.querySelector('a[href], img')) return false;
	return el.previousElementSibling?.tagName === 'ARTICLE' || el.nextElementSibling?.tagName === 'ARTICLE';
}

/** Items repeated in a row (three or more siblings with the same tag and class): a list of teasers. */
export function hasRepeatedItems(el: Element): boolean {
	const counts = new Map<string, number>();
	for (const child of el.children) {
		if (child.tagName === 'P') continue; // paragraphs with links in them are prose, not teasers
		const key = `${child.tagName} ${child.getAttribute('class') ?? ''}`;
		const count = (counts.get(key) ?? 0) + 1;
		if (count >= 3 && hasTag(child, 'a')) return true;
		counts.set(key, count);
	}
	return false;
}

/**
 * Whether `el`, named or labelled as clutter of `reason`, is also built like it. Each kind of
 * clutter has its shape; none of them is a run of prose, except a comment thread, which is prose
 * with the controls of a thread around it.
 */
export function hasClutterShape(el: Element, reason: RemovalReason, text = textOf(el)): boolean {
	if (!text) return true; // an empty box (a widget before its script fills it) costs nothing to take
	if (reason === 'comments') return isThread(el) || (text.length <= SHORT && !hasProse(el, text));
	if (reason === 'hidden') return !hasProse(el, text);
	const links = linkDensity(el, text);
	if (links >= 0.5) return true;
	const prose = hasProse(el, text);
	switch (reason) {
		case 'share':
		case 'follow':
		case 'likes':
		case 'cookie':
		case 'promo':
			return text.length <= WIDGET && (!prose || hasControls(el) || links >= 0.2);
		case 'related':
			return !prose || hasTeasers(el) || isOtherStory(el);
		case 'author':
			return text.length <= WIDGET * 2 && !hasProseRun(el);
		default:
			return !prose;
	}
}

/**
 * A box that is the article's prose, whatever its counts of pictures, list items or commas say:
 * paragraphs of prose make half its text or more, with few links; a box holding a teaser (a
 * linked headline) needs three such paragraphs. A box of text alone is prose when it reads as prose.
 */
export function keepsProse(el: Element): boolean {
	const text = textOf(el);
	if (text.length < 200 || linkDensity(el, text) >= 0.2) return false;
	if (el.tagName === 'UL' || el.tagName === 'OL') return isListOfSentences(el, text);
	const paragraphs = [...el.getElementsByTagName('p')];
	const lists = [...el.querySelectorAll('ul, ol')].filter(list => !list.parentElement?.closest('ul, ol') && isListOfSentences(list, textOf(list)));
	if (paragraphs.length === 0 && lists.length === 0) return !el.querySelector('li, table, h2, h3, h4, h5') && hasProse(el, text);
	let prose = 0;
	let count = 0;
	for (const p of paragraphs) {
		const words = textOf(p);
		if (!hasProse(p, words) || lists.some(list => list.contains(p))) continue;
		prose += words.length;
		count++;
	}
	for (const list of lists) {
		prose += textOf(list).length;
		count++;
	}
	if (prose < text.length / 2) return false;
	return count >= 3 || !el.querySelector(LINKED_HEADINGS);
}
const LINKED_HEADINGS = 'h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4, a h5';

/** Two or more paragraphs of prose in a row: the article itself, whatever its box is named. */
function hasProseRun(el: Element): boolean {
	let run = 0;
	for (const p of el.getElementsByTagName('p')) {
		run = hasProse(p) ? run + 1 : 0;
		if (run >= 2) return true;
	}
	return false;
}

/** A sentence of a list item: five words or more, then its end ("Fry the garlic till fragrant."). */
const ITEM_SENTENCE = /^\S+(?:\s+\S+){4,}[.!?。！？]["”»)]?$/u;

/**
 * A list written in sentences (a recipe's steps, an explainer's points): items that each end a
 * sentence make most of its text. Teasers and menus are words and links, not sentences.
 */
function isListOfSentences(list: Element, text: string): boolean {
	let prose = 0;
	let count = 0;
	for (const item of list.children) {
		const words = textOf(item);
		if (item.tagName !== 'LI' || !ITEM_SENTENCE.test(words)) continue;
		prose += words.length;
		count++;
	}
	return count >= 2 && prose >= text.length / 2;
}
