import {byTag, hasTag} from '../dom-find.js';
import {hasText, textOf} from '../dom-text.js';
import type {RemovalLog} from './removal-log.js';
import {isTeaser} from './shape.js';

/**
 * Rows of other stories: three or more <article>s side by side (each an article of its own, by
 * HTML's meaning), each a linked headline with a line of summary, and no more. Readability
 * takes such a row in with the story when it shares the story's container ("More stories" grids
 * under the text, with no label to tell them by). What they say (headlines linking elsewhere) and
 * their shape (a row of like items) are the two signals; a row that is most of the article stays.
 */
const MIN_ROW = 3;

export function removeStoryRows(root: Element, log: RemovalLog): void {
	const rows = new Map<Element, Element[]>();
	for (const article of byTag(root, 'article')) {
		if (!isTeaser(article) || hasTag(article, 'article')) continue;
		const cell = cellOf(article, root);
		const row = cell.parentElement;
		if (!row) continue;
		const cells = rows.get(row) ?? [];
		if (!cells.includes(cell)) cells.push(cell);
		rows.set(row, cells);
	}
	const found = [...rows.values()].filter(cells => cells.length >= MIN_ROW).flat();
	// Rows that are most of the page are the page (a section front shown anyway), not beside an article.
	const length = found.reduce((sum, cell) => sum + textOf(cell).length, 0);
	if (!found.length || length > textOf(root).length / 2) return;
	for (const cell of found) log.remove(cell, 'related', 'text:story-row');
}

/** The article with the wrappers that hold nothing else (a grid's column around each teaser). */
function cellOf(article: Element, root: Element): Element {
	let cell = article;
	while (cell.parentElement && cell.parentElement !== root && [...cell.parentElement.children].filter(hasText).length === 1) cell = cell.parentElement;
	return cell;
}
