import type {TextRange} from './speech-text.js';

export type HighlightKind = 'word' | 'sentence';

interface Wrapped {
	mark: HTMLElement;
	/** The text node the passage map points at; it keeps its identity and gets its text back. */
	node: Text;
	data: string;
	/** Nodes split off `node` to wrap part of it. */
	parts: Text[];
}

/**
 * The spoken word (or sentence) wrapped in <mark> inside the rendered article, undone before the
 * next one. Not the CSS Custom Highlight API: its registry belongs to the page's document, where
 * page scripts could read the ranges and, through them, reach into the overlay's closed shadow root.
 * Undoing puts every text node back whole, so the passage map (speech-text.ts) stays true.
 */
export class SpokenHighlight {
	#wrapped: Wrapped[] = [];

	/** Wraps the range; returns the first mark, to keep in view. */
	show(range: TextRange, kind: HighlightKind): HTMLElement | undefined {
		this.clear();
		const doc = range.start.node.ownerDocument;
		for (const node of textNodesBetween(range)) {
			const from = node === range.start.node ? range.start.offset : 0;
			const to = node === range.end.node ? range.end.offset : node.data.length;
			if (from >= to || !node.data.slice(from, to).trim()) continue;
			this.#wrapped.push(wrap(doc, node, from, to, kind));
		}
		return this.#wrapped[0]?.mark;
	}

	clear(): void {
		for (const {mark, node, data, parts} of this.#wrapped.reverse()) {
			if (mark.contains(node)) mark.replaceWith(node);
			else mark.remove();
			for (const part of parts) part.remove();
			node.data = data;
		}
		this.#wrapped = [];
	}
}

function wrap(doc: Document, node: Text, from: number, to: number, kind: HighlightKind): Wrapped {
	const data = node.data;
	const parts: Text[] = [];
	const target = from > 0 ? node.splitText(from) : node;
	if (target !== node) parts.push(target);
	if (to - from < target.data.length) parts.push(target.splitText(to - from));
	const mark = doc.createElement('mark');
	mark.className = 'cp-spoken';
	mark.dataset.kind = kind;
	target.before(mark);
	mark.append(target);
	return {mark, node, data, parts};
}

/** The text nodes from the range's start node to its end node, in document order. */
function textNodesBetween({start, end}: TextRange): Text[] {
	if (start.node === end.node) return [start.node];
	const doc = start.node.ownerDocument;
	const scope = doc.createRange();
	scope.setStart(start.node, 0);
	scope.setEnd(end.node, end.node.data.length);
	const root = scope.commonAncestorContainer;
	const walker = doc.createTreeWalker(root, 4);
	const found: Text[] = [];
	let inside = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node === start.node) inside = true;
		if (inside) found.push(node as Text);
		if (node === end.node) break;
	}
	return found;
}
