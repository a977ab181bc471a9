import {Readability} from '@mozilla/readability';

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

export function parseArticle(clone: Document): ParsedArticle | null {
	const parsed = new Readability<Element>(clone, {keepClasses: true, serializer: node => node as Element}).parse();
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
