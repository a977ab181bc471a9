/**
 * Finding elements by tag without the selector engine, for the lookups the core makes thousands of
 * times a page. In jsdom a selector call on a document other than its window's own (the clone the
 * core works on) costs tens of microseconds before it looks at one element, and a querySelector
 * that finds nothing walks slower than querySelectorAll; a tag lookup or a climb costs a few.
 * Tags are local names in lower case, matched as a type selector matches them (an SVG <a> too).
 */

/** The `tag` elements under `root`, in document order; a copy, so the caller may change the tree. */
export function byTag(root: Element | Document, tag: string): Element[] {
	return Array.from(root.getElementsByTagName(tag));
}

/** Whether `root` holds an element with one of `tags`. */
export function hasTag(root: Element, ...tags: string[]): boolean {
	return tags.some(tag => root.getElementsByTagName(tag).length > 0);
}

/** How many elements with one of `tags` `root` holds. */
export function countTags(root: Element, ...tags: string[]): number {
	return tags.reduce((sum, tag) => sum + root.getElementsByTagName(tag).length, 0);
}

/**
 * `root.querySelector(selectors)`, by way of querySelectorAll: the same element, faster in jsdom
 * when there is none. jsdom lists the matches of a selector list under an element selector by
 * selector, not in document order: the first is the one no other match precedes.
 */
export function firstMatch(root: Element, selectors: string): Element | null {
	let first: Element | null = null;
	for (const el of root.querySelectorAll(selectors)) if (!first || first.compareDocumentPosition(el) & PRECEDING) first = el;
	return first;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING; Node is not a global in every host

/** `el.closest()` for a set of tags: `el` itself or its nearest ancestor with one of them. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
	for (let node: Element | null = el; node; node = node.parentElement) if (tags.has(node.localName)) return node;
	return null;
}

/** The links under `root` (`a[href]`), in document order. */
export function linksIn(root: Element): Element[] {
	return byTag(root, 'a').filter(a => a.hasAttribute('href'));
}
