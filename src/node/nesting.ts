/**
 * Browsers' HTML parsers stop nesting at a fixed depth (Chromium: 512); deeper elements are
 * inserted as siblings at that depth. jsdom's parser nests without limit, and its recursive
 * tree walks (clone, serialisation) overflow the stack a few thousand levels down. Flattening
 * the same way after parsing gives Node the tree a browser would have built.
 */
export const MAX_DEPTH = 512;

/** Moves every node deeper than `maxDepth` up to that depth, in document order. */
export function limitNesting(doc: Document, maxDepth = MAX_DEPTH): void {
	const root = doc.documentElement;
	if (!root) return;
	for (const node of nodesAtDepth(root, maxDepth)) flattenInto(node);
}

/** Elements at exactly `depth` (the root is depth 1) that have children; an iterative walk. */
function nodesAtDepth(root: Element, depth: number): Element[] {
	const found: Element[] = [];
	let node: Element | null = root;
	let level = 1;
	while (node) {
		if (level === depth) {
			if (node.firstChild) found.push(node);
		} else if (node.firstElementChild) {
			node = node.firstElementChild;
			level++;
			continue;
		}
		while (node && !node.nextElementSibling) {
			node = node.parentElement;
			level--;
			if (level === 0) node = null;
		}
		node = node?.nextElementSibling ?? null;
	}
	return found;
}

/** Turns the descendants of `el` into its following siblings, each childless, in document order. */
function flattenInto(el: Element): void {
	const parent = el.parentNode!;
	const ordered: Node[] = [];
	const stack: Node[] = [...el.childNodes].reverse();
	while (stack.length) {
		const node = stack.pop()!;
		ordered.push(node);
		for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
	}
	// Last first: by its turn a node's descendants have moved out, so it leaves childless
	// (jsdom detaches a subtree recursively too) and lands before those that follow it.
	const next = el.nextSibling;
	for (let i = ordered.length - 1; i >= 0; i--) parent.insertBefore(ordered[i]!, i === ordered.length - 1 ? next : ordered[i + 1]!);
}
