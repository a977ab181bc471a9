import {fold, hasText} from '../dom-text.js';
import {dayInText} from './date-text.js';

/**
 * The writer who signs the article at its end, as columnists and bloggers do: the last block of
 * the cleaned article holds only a name, set apart in bold or italics ("<p><strong>Marina
 * Mucha</strong></p>"), or a name over the day it was written ("Benni<br>10. September 2017").
 * Read last, when nothing by the headline or in the data names anyone.
 */

/** Two to four capitalised words, or one when a date under it makes it a signature. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I']);
const MAX_NAME = 40;

export function signOff(root: Element): string | null {
	const last = lastBlock(root);
	if (!last) return null;
	const lines = linesOf(last);
	const name = lines[0] ?? '';
	if (!NAME.test(name) || name.length > MAX_NAME) return null;
	if (lines.length === 2 && dayInText(lines[1]!)) return name;
	const oneWord = !/\s/.test(name);
	return lines.length === 1 && !oneWord && emphasised(last, name) ? name : null;
}

/** The last block of the article that holds text: in document order, a box comes before what it holds. */
function lastBlock(root: Element): Element | null {
	const blocks = root.querySelectorAll('p, div, address');
	for (let i = blocks.length - 1; i >= 0; i--) if (hasText(blocks[i]!)) return blocks[i]!;
	return null;
}

/** The block's text split at its line breaks. */
function linesOf(block: Element): string[] {
	const lines: string[] = [''];
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) lines[lines.length - 1] += child.nodeValue ?? '';
			else if ((child as Element).tagName === 'BR') lines.push('');
			else if (child.nodeType === 1) walk(child);
		}
	};
	walk(block);
	return lines.map(fold).filter(Boolean);
}

/** Whether all of the block's text sits in one bold or italic element. */
function emphasised(block: Element, name: string): boolean {
	let el: Element | null = block;
	while (el && el.children.length === 1 && fold(el.textContent ?? '') === name) {
		el = el.firstElementChild;
		if (el && EMPHASIS.has(el.tagName) && fold(el.textContent ?? '') === name) return true;
	}
	return false;
}
