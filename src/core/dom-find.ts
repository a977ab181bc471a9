/**
 * Finding elements by tag without the selector engine, for the lookups the core makes thousands of
 * times a page. In jsdom a selector call on a document other than its window's own (the clone the
 * core works on) costs tens of microseconds before it looks at one element, and a querySelector
 * that finds nothing walks slower than querySelectorAll; a tag lookup or a climb costs a few.
 * Tags are local names in lower case, matched as a type selector matches them (an SVG <a> too).
 * jsdom's querySelector and querySelectorAll do not read attributes alike (case, prefixed names):
 * an attribute test here stands only for a querySelectorAll; a querySelector with one stays, behind
 * a tag lookup that says when it cannot match.
 */

/** The `tag` elements under `root`, in document order; a copy, so the caller may change the tree. */
export function byTag(root: Element | Document, tag: string): Element[] {
	return listOf(root.getElementsByTagName(tag));
}

/**
 * What `querySelectorAll(tags.join(","))` lists, in document order, as a copy. Several tags' lists
 * are put back in document order by one more walk (sorting them by compareDocumentPosition costs more).
 */
export function nodesWithTag(root: Element | Document, tags: string[]): Element[] {
	if (tags.length === 1) return byTag(root, tags[0]!);
	const lists = tags.map(tag => byTag(root, tag)).filter(list => list.length > 0);
	if (lists.length < 2) return lists[0] ?? [];
	const found = new Set(lists.flat());
	return byTag(root, '*').filter(el => found.has(el));
}

/**
 * A collection copied by index: in jsdom, Array.from and item() on a collection of every element
 * re-walk the tree at each step (seconds on a large page); indexing reads a list made once.
 */
function listOf(collection: HTMLCollectionOf<Element>): Element[] {
	const length = collection.length;
	const list = new Array<Element>(length);
	for (let index = 0; index < length; index++) list[index] = collection[index]!;
	return list;
}

/** Whether `root` holds an element with one of `tags`. */
export function hasTag(root: Element, ...tags: string[]): boolean {
	return tags.some(tag => root.getElementsByTagName(tag).length > 0);
}

/** How many elements with one of `tags` `root` holds. */
export function countTags(root: Element, ...tags: string[]): number {
	return tags.reduce((sum, tag) => sum + root.getElementsByTagName(tag).length, 0);
}

/** `el.closest()` for a set of tags: `el` itself or its nearest ancestor with one of them. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
	for (let node: Element | null = el; node; node = node.parentElement) if (tags.has(node.localName)) return node;
	return null;
}

/** The links under `root`, as `querySelectorAll('a[href]')` lists them. */
export function linksIn(root: Element): Element[] {
	return byTag(root, 'a').filter(a => a.hasAttribute('href'));
}

/**
 * Whether `el`, listed from inside `root` before some of the list was removed, is still inside it.
 * Elements are only ever removed, never moved out: under a root in the document that is whether the
 * element is still in the document (a flag in jsdom); under a detached root, a climb, which costs
 * less than `contains` in jsdom.
 */
export function stillInside(el: Element, root: Element, rootConnected: boolean): boolean {
	if (rootConnected) return el.isConnected;
	let node: Element | null = el;
	while (node && node !== root) node = node.parentElement;
	return node === root;
}
