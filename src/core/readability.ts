import {Readability} from '@mozilla/readability';
import {keepsProse} from './clutter/shape.js';
import {byTag, nodesWithTag} from './dom-find.js';

/**
 * The only importer of @mozilla/readability. `parse()` rewrites the document it is
 * given, so callers pass a clone; the article comes back as an element of that clone
 * (no serialise-and-reparse) with its classes kept for the clutter rules that run after.
 */
export interface ParsedArticle {
	content: Element;
	title: string | null;
	byline: string | null;
	excerpt: string | null;
	siteName: string | null;
	lang: string | null;
	dir: string | null;
	publishedTime: string | null;
}

/** The parts of Readability's own class this file reaches into (Readability.js 0.6). */
interface ReadabilityInternals {
	_cleanConditionally(root: Element, tag: string): void;
	_isProbablyVisible(node: Element): boolean;
	_cleanStyles(el: Element | null): void;
	_getInnerText(el: Element, normalizeSpaces?: boolean): string;
	REGEXPS: {byline: RegExp};
	_removeNodes(nodes: ArrayLike<Element>, filter?: (this: unknown, node: Element) => boolean): void;
}

/** Readability's own methods, which the overrides below call where they do not answer themselves. */
const own = Readability.prototype as unknown as ReadabilityInternals;

/**
 * Readability's own names of clutter (its `negative` list), less "hidden": a CMS marks every field
 * whose label it hides `field--label-hidden`, the article's body among them. And the boxes of
 * pictures: a gallery's captions are prose too, and are found apart.
 */
const DISLIKED = /-ad-|comment|com-|disqus|remark|replies|shoutbox|community|sidebar|widget|related|footer|sponsor|promo|share|social|popup|modal|banner|combx|contact|masthead|outbrain|skyscraper|shopping|tags|gdpr|media|meta|scroll|caption|gallery|slide|photo|image/i;

/**
 * Readability, except that its last clean-up ("clean conditionally": boxes with more images,
 * list items or links than paragraphs, or few commas) keeps a box that is prose under a name it
 * does not dislike. That clean-up weighs counts, not words: it dropped whole article bodies (a
 * CMS's field of paragraphs beside a gallery), a blockquoted paragraph, a note in italics. A
 * name it dislikes (comment, sidebar…) still lets it go, so comment threads do not come back.
 */
class ProseKeepingReadability extends Readability<Element> {
	private cleaning = false;

	_cleanConditionally(root: Element, tag: string): void {
		this.cleaning = true;
		try {
			own._cleanConditionally.call(this, root, tag);
		} finally {
			this.cleaning = false;
		}
	}

	/**
	 * Readability's own asks `querySelectorAll("p")` or `("ul,ol")`: in jsdom each call parses the
	 * selector and walks the tree in script, and Readability asks for every box it weighs (a fifth
	 * of its time in jsdom).
	 */
	_getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
		return nodesWithTag(node, tagNames);
	}

	/**
	 * Readability reads every element's `style.display`: jsdom builds a style declaration for it.
	 * An element with no style, hidden or aria-hidden attribute is visible by each of its tests.
	 */
	_isProbablyVisible(node: Element): boolean {
		if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
		return own._isProbablyVisible.call(this, node);
	}

	/**
	 * Readability asks this of every element until it finds a byline, reading the element's whole
	 * text first: on a page with no byline, every box's text, the page's many times over. The
	 * text's length is asked only of an element named as a byline, which answers alike.
	 */
	_isValidByline(node: Element, matchString: string): boolean {
		const named = node.getAttribute('rel') === 'author' || Boolean(node.getAttribute('itemprop')?.includes('author')) || own.REGEXPS.byline.test(matchString);
		if (!named) return false;
		const length = (node.textContent ?? '').trim().length;
		return length > 0 && length < 100;
	}

	/**
	 * Readability sums the text of a box's children of some tags; the sum needs no document order,
	 * so each tag's list is read as it comes (the tags Readability passes are each named once).
	 */
	_getTextDensity(el: Element, tags: string[]): number {
		const textLength = own._getInnerText.call(this, el, true).length;
		if (textLength === 0) return 0;
		let childrenLength = 0;
		for (const tag of new Set(tags)) {
			for (const child of byTag(el, tag)) childrenLength += own._getInnerText.call(this, child, true).length;
		}
		return childrenLength / textLength;
	}

	/** Readability removes a dozen style attributes from every element: one without attributes has none to lose. */
	_cleanStyles(el: Element | null): void {
		if (!el || el.hasAttributes() || el.tagName.toLowerCase() === 'svg') return own._cleanStyles.call(this, el);
		for (let child = el.firstElementChild; child; child = child.nextElementSibling) this._cleanStyles(child);
	}

	_removeNodes(nodes: ArrayLike<Element>, filter?: (this: unknown, node: Element) => boolean): void {
		if (!this.cleaning || !filter) return own._removeNodes.call(this, nodes, filter);
		// Readability's test first: it has no side effects, and most boxes pass it, so the costlier
		// prose test runs only on the boxes it would drop.
		own._removeNodes.call(this, nodes, function (this: unknown, node: Element) {
			if (!filter.call(this, node)) return false;
			return DISLIKED.test(`${node.getAttribute('class') ?? ''} ${node.id}`) || !keepsProse(node);
		});
	}
}

export function parseArticle(clone: Document): ParsedArticle | null {
	const parsed = new ProseKeepingReadability(clone, {keepClasses: true, serializer: node => node as Element}).parse();
	if (!parsed?.content) return null;
	return {
		content: parsed.content,
		title: parsed.title || null,
		byline: parsed.byline || null,
		excerpt: parsed.excerpt || null,
		siteName: parsed.siteName || null,
		lang: parsed.lang || null,
		dir: parsed.dir || null,
		publishedTime: parsed.publishedTime || null,
	};
}
