import {cleanDocument} from '../core/index.js';
import type {Article, CleanResult} from '../core/index.js';
import type {PageResult} from '../messages.js';
import {DOM_READY_WAIT_MS, TIME_BUDGET_MS} from '../limits.js';
import {placeRemoved} from '../view/restore-place.js';

/**
 * Beyond this many elements the clone and Readability take seconds and the popup
 * would look hung; the reader is asked first ("very large page").
 */
export const LARGE_PAGE_ELEMENTS = 60_000;

/** Removed blocks with more text than this are listed, but cannot be put back (their HTML is not sent). */
const MAX_PUT_BACK_CHARS = 200_000;

export interface ReadOptions {
	/** Read the page even if it does not look like an article ("Show anyway"). */
	force?: boolean;
	/** Read a very large page without asking first (the reader said to). */
	anySize?: boolean;
	timeBudgetMs?: number;
}

/** Cleans the live page (the core works on a clone) and returns plain, cloneable data. */
export async function readPage({force = false, anySize = false, timeBudgetMs = TIME_BUDGET_MS}: ReadOptions = {}): Promise<PageResult> {
	if (document.contentType === 'application/pdf') return {kind: 'pdf'};
	if (document.readyState === 'loading' && !(await domReady(DOM_READY_WAIT_MS))) return {kind: 'loading'};
	const elements = document.getElementsByTagName('*').length;
	if (!anySize && elements > LARGE_PAGE_ELEMENTS) return {kind: 'too-large', elements};
	try {
		return toPlain(cleanDocument(document, {url: location.href, force, timeBudgetMs}));
	} catch (error) {
		return {kind: 'error', message: error instanceof Error ? error.message : String(error)};
	}
}

/**
 * Messages are structured-cloned: Article's lazy getters (markdown, removed[].html)
 * must be read here, into a plain object, or they would arrive missing.
 */
function toPlain(result: CleanResult): CleanResult {
	if (result.kind !== 'article') return {...result};
	const article: Article = {
		kind: 'article',
		url: result.url,
		title: result.title,
		byline: result.byline,
		siteName: result.siteName,
		publishedTime: result.publishedTime,
		lang: result.lang,
		dir: result.dir,
		excerpt: result.excerpt,
		leadImage: result.leadImage ? {...result.leadImage} : null,
		wordCount: result.wordCount,
		readingMinutes: result.readingMinutes,
		html: result.html,
		text: result.text,
		markdown: result.markdown,
		captions: result.captions.map(caption => ({...caption})),
		// A removed block's HTML is built here, on the page's thread, and sent to the popup; one
		// the size of a whole comment section would cost seconds to put back no reader wants.
		removed: result.removed.map(block => ({
			reason: block.reason, rule: block.rule, text: block.text, length: block.length,
			html: block.length <= MAX_PUT_BACK_CHARS ? block.html : '',
		})),
	};
	// Where each removed block stood, read from the live page while it is at hand (view/restore-place.ts).
	article.removed = placeRemoved(document, article);
	return article;
}

function domReady(timeout: number): Promise<boolean> {
	return new Promise(resolve => {
		const timer = setTimeout(() => resolve(false), timeout);
		document.addEventListener('DOMContentLoaded', () => {
			clearTimeout(timer);
			resolve(true);
		}, {once: true});
	});
}
