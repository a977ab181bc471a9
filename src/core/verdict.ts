import {hasProse, isLinkedHeading} from './clutter/shape.js';
import {linkDensity, textOf} from './dom-text.js';
import type {NotArticleCode} from './types.js';

/**
 * Whether what Readability picked is an article. Saying "not an article" on an article costs the
 * reader the page; showing a section front as text costs a scroll. So the listing verdict needs
 * strong evidence: many teasers, and no run of the article's own prose among them.
 */

/**
 * Below this many characters of body text there is no article to read; up to SHORT_ARTICLE_TEXT,
 * only if it holds a sentence (a short post, a podcast's note), not a line of buttons or an error.
 */
const MIN_ARTICLE_TEXT = 120;
const SHORT_ARTICLE_TEXT = 250;
/** Paragraphs of prose in a row, or prose characters, that make an article whatever surrounds them. */
const ARTICLE_RUN = 3;
const ARTICLE_PROSE = 1200;
const MIN_TEASERS = 5;

/** Why a parsed page is not an article (a section front, a stub), or null when it is one. */
export function refuse(root: Element, text: string, calledArticle = false): [NotArticleCode, string] | null {
	if (text.length < MIN_ARTICLE_TEXT || (text.length < SHORT_ARTICLE_TEXT && !hasProse(root, text))) {
		return ['too-little-text', 'This page has too little text to be an article.'];
	}
	if (isListing(root, text, calledArticle)) return ['listing', 'This page lists other articles; open one of them to read it.'];
	return null;
}

/**
 * A page that calls itself an article (og:type) may still be a front whose every card is tagged
 * so; but when it is an article whose text Readability missed, refusing it costs the reader the
 * page. Its word outweighs headlines with summaries; only a page that is mostly links is refused.
 */
function isListing(root: Element, text: string, calledArticle: boolean): boolean {
	if (hasArticleProse(root)) return false;
	if (linkDensity(root, text) > 0.5) return true;
	return !calledArticle && teasers(root) >= MIN_TEASERS;
}

/**
 * Headings that are links to other pages: the teasers of a section front. A heading with a small
 * link beside its words ("History [edit]", a permalink "#") is the article's own subheading.
 */
function teasers(root: Element): number {
	return [...root.querySelectorAll(TEASER_HEADINGS)].filter(isLinkedHeading).length;
}

const TEASER_HEADINGS = 'h2, h3, h4, h5';

/** A run of the article's own prose: paragraphs in a row, or enough of them in all. */
function hasArticleProse(root: Element): boolean {
	let run = 0;
	let total = 0;
	for (const p of root.getElementsByTagName('p')) {
		// A teaser's summary sits in the same box as its linked headline; it is not the article's prose.
		if (!hasProse(p) || isTeaserSummary(p)) {
			run = 0;
			continue;
		}
		run++;
		total += textOf(p).length;
		if (run >= ARTICLE_RUN || total >= ARTICLE_PROSE) return true;
	}
	return false;
}

/** A paragraph in a small box with a linked headline: the summary under a teaser. */
function isTeaserSummary(p: Element): boolean {
	const box = p.parentElement;
	if (!box || box.children.length > 4) return false;
	return [...box.querySelectorAll(TEASER_HEADINGS)].some(isLinkedHeading);
}
