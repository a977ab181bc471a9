/**
 * Where a removed block stood in the article, so "Put back" returns it there instead of after the
 * last paragraph. The core's log records what it removed, not where; the content script, which
 * still has the live page, works it out once per read: the page's text in order, the position of
 * each removed block's text in it, and the first kept block of the article found after it.
 * `before` is that kept block's index in blocksOf(); absent when the block was not found.
 */
import type {Article, RemovedBlock} from '../core/index.js';

export interface PlacedBlock extends RemovedBlock {
	/** Index in blocksOf(body) of the article block it stood before; blocksOf(body).length for after the last. */
	before?: number;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, figure, blockquote, pre, table, ul, ol, dl, hr';
/** Enough of a kept block's start to find it in the page's text; short, so a trimmed credit or a changed ending does not matter. */
const PROBE = 40;
/** Beyond this much page text the search is not worth the reader's wait; blocks go back at the end, as before. */
const MAX_PAGE_TEXT = 4_000_000;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The article's outermost blocks, in order: the same list for the same HTML in the content script and in a view. */
export function blocksOf(root: ParentNode): Element[] {
	return [...root.querySelectorAll(BLOCKS)].filter(block => !block.parentElement?.closest(BLOCKS));
}

/**
 * The index of the kept block each removed block stood before (see PlacedBlock), found in the
 * folded text of the page: `pageText` is fold(body.textContent), `kept` the folded texts of the
 * article's blocks in order. Blocks with the same text take its occurrences in turn.
 */
export function placesIn(pageText: string, kept: readonly string[], removed: readonly Pick<RemovedBlock, 'text'>[]): (number | undefined)[] {
	if (pageText.length > MAX_PAGE_TEXT) return removed.map(() => undefined);
	const keptAt: number[] = [];
	let cursor = 0;
	for (const text of kept) {
		const probe = text.slice(0, PROBE);
		const at = probe ? pageText.indexOf(probe, cursor) : -1;
		keptAt.push(at);
		if (at >= 0) cursor = at + probe.length;
	}
	const seen = new Map<string, number>();
	return removed.map(({text}) => {
		const probe = text.replace(/…$/, '');
		if (!probe) return undefined;
		const at = pageText.indexOf(probe, seen.get(probe) ?? 0);
		if (at < 0) return undefined;
		seen.set(probe, at + 1);
		const next = keptAt.findIndex(position => position > at);
		return next < 0 ? kept.length : next;
	});
}

/** Adds `before` to each removed block of an article read from `page`, the live document it was read from. */
export function placeRemoved(page: Document, article: Article): PlacedBlock[] {
	const raw = page.body?.textContent ?? '';
	if (article.removed.length === 0 || raw.length > MAX_PAGE_TEXT) return article.removed;
	// The core's sanitized HTML, parsed into a document with no window (nothing loads), has the
	// blocks the view's second sanitizing keeps: that one only drops attributes.
	const Parser = page.defaultView?.DOMParser ?? DOMParser;
	const parsed = new Parser().parseFromString(article.html, 'text/html');
	const kept = blocksOf(parsed.body).map(block => fold(block.textContent ?? ''));
	const places = placesIn(fold(raw), kept, article.removed);
	return article.removed.map((block, index) => (places[index] === undefined ? block : {...block, before: places[index]}));
}

/**
 * Puts each restored block (already rendered) back before the article block it stood before, or
 * at the end of `body` when its place is unknown. Places are looked up before any insertion, so
 * blocks put back do not shift each other's places.
 */
export function insertRestored(body: HTMLElement, restored: readonly {block: PlacedBlock; element: HTMLElement}[]): void {
	const blocks = blocksOf(body);
	let last: Element | undefined = blocks.at(-1);
	for (const {block, element} of restored) {
		const target = block.before === undefined ? undefined : blocks[block.before];
		if (target) {
			target.before(element);
		} else if (block.before !== undefined && last) {
			// After the last block, and after the blocks already put back there, in order.
			last.after(element);
			last = element;
		} else {
			body.append(element);
		}
	}
}
