/** Small text helpers on DOM nodes, shared by the clutter rules and caption finder. */

const SPACES = /\s+/g;

export function fold(text: string): string {
	return text.replace(SPACES, ' ').trim();
}

/** The node's text with whitespace folded. */
export function textOf(node: Node): string {
	return fold(node.textContent ?? '');
}

/** Whether the node holds any visible character; cheaper than folding its whole text. */
export function hasText(node: Node): boolean {
	return /\S/.test(node.textContent ?? '');
}

/**
 * Whether the node's folded text is at least `min` long, without folding all of a long
 * text (a page may be one paragraph of a megabyte).
 */
export function textLengthAtLeast(node: Node, min: number): boolean {
	const raw = node.textContent ?? '';
	if (raw.length < min) return false;
	return fold(raw.slice(0, min * 4)).length >= min || fold(raw).length >= min;
}

/** Share of an element's text that sits inside links: 0 (prose) to 1 (a list of links). */
export function linkDensity(el: Element, text = textOf(el)): number {
	if (text.length === 0) return 0;
	let linked = 0;
	for (const a of el.getElementsByTagName('a')) linked += textOf(a).length;
	return Math.min(1, linked / text.length);
}

const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT; NodeFilter is not a global in every host

/**
 * Every element under `root` in document order. A TreeWalker, because whole-page selector
 * queries and live collections cost far more in jsdom on pages of 100,000 elements.
 */
export function elementsOf(root: Element | Document): Element[] {
	const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
	const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
	const out: Element[] = [];
	while (walker.nextNode()) out.push(walker.currentNode as Element);
	return out;
}

/** The part of `all` (every element of the document, in order) that lies inside `root`. */
export function elementsWithin(all: Element[], root: Element): Element[] {
	const start = all.indexOf(root);
	if (start < 0) return elementsOf(root);
	let last = root;
	while (last.lastElementChild) last = last.lastElementChild;
	return last === root ? [] : all.slice(start + 1, all.indexOf(last, start) + 1);
}

/** A preview of a removed block for the report. */
export function preview(text: string, max = 160): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
