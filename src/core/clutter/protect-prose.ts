import {linkDensity, textOf} from '../dom-text.js';
import {hasProse, hasTeasers, isThread} from './shape.js';
import {labelRules} from './text-rules.js';

/**
 * Readability drops, before it scores anything, every element whose class or id holds one of its
 * "unlikely" words (header, sidebar, related, social, extra…), whatever the element holds. A name
 * is one signal, and article text wears such names: a lede in a "story-header", a body in a
 * "main-sidebar-layout", an interview in "extra-content". Elements so named that hold a run of
 * prose, and have no shape of clutter, get a token Readability reads as "maybe a candidate"; its
 * own scoring then decides. Comment sections keep their names: a thread is prose too, and many
 * have no reply buttons to tell them by (the dev set's open threads were read as the article).
 */

// Readability's own lists (Readability.js REGEXPS.unlikelyCandidates / okMaybeItsACandidate).
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
/** Names of discussion, which a run of prose does not clear. */
export const DISCUSSION = /comment|community|disqus|remark|replies|shoutbox/i;
/** Names of what opens over the page (a consent dialog's paragraphs are prose too), which prose does not clear either. */
export const OVERLAY = /popup|modal|overlay|gdpr|dsgvo|rgpd|consent|cookie/i;
/** Read by Readability as "maybe a candidate"; it weighs nothing else (the class is not shown). */
export const PROSE_TOKEN = 'cp-maybe-content';

/** Paragraphs of prose in a row that make a run of article text. */
const RUN = 2;

export function protectProse(elements: Element[]): void {
	for (const el of elements) {
		if (!el.hasAttributes()) continue;
		const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
		if (!UNLIKELY.test(names) || MAYBE.test(names) || DISCUSSION.test(names) || OVERLAY.test(names)) continue;
		if (!el.isConnected) continue;
		// A label heading ("Related posts", "Você pode gostar…") is named for the box it heads, and
		// Readability drops it by that name: the box stays, without the words that tell it from the
		// article. Kept, it reaches the text rules, which take the box only on its shape (text-pass.ts).
		if (isLabelHeading(el)) {
			el.classList.add(PROSE_TOKEN);
			continue;
		}
		// Readability weighs every element by its own name: the named parts of a box of prose
		// (a minute mark, an entry of a live commentary) are that prose's, whatever their size.
		if (insideProtected(el)) {
			el.classList.add(PROSE_TOKEN);
			continue;
		}
		if ((el.textContent ?? '').length < 80) continue;
		const prose = el.tagName === 'P' ? hasProse(el) : holdsProseRun(el);
		if (!prose || isThread(el) || hasTeasers(el) || linkDensity(el) >= 0.25) continue;
		el.classList.add(PROSE_TOKEN);
	}
}

/** Takes the tokens off again once Readability is done: they mean nothing to the rules after it. */
export function unprotect(root: Element): void {
	for (const el of Array.from(root.getElementsByClassName(PROSE_TOKEN))) {
		el.classList.remove(PROSE_TOKEN);
		if (!el.classList.length) el.removeAttribute('class');
	}
}

const HEADING = /^H[1-6]$/;
const MAX_LABEL = 100;

function isLabelHeading(el: Element): boolean {
	if (!HEADING.test(el.tagName)) return false;
	const text = textOf(el);
	return text.length <= MAX_LABEL && labelRules.some(rule => rule.pattern.test(text));
}

function insideProtected(el: Element): boolean {
	// The class attribute, not classList: a page's every ancestor would get a token list made for it.
	for (let node = el.parentElement; node; node = node.parentElement) if (node.getAttribute('class')?.includes(PROSE_TOKEN)) return true;
	return false;
}

function holdsProseRun(el: Element): boolean {
	let run = 0;
	for (const p of el.getElementsByTagName('p')) {
		run = hasProse(p, textOf(p)) ? run + 1 : 0;
		if (run >= RUN) return true;
	}
	return false;
}
