import {byTag} from './dom-find.js';
import {elementsOf, fold} from './dom-text.js';
import {readHeader, type HeaderEvidence} from './header/index.js';
import {isShareablePhoto} from './header/lead-image.js';
import {toAbsolute} from './images.js';
import type {LeadImage} from './types.js';

/**
 * What the page says about itself, read before Readability rewrites the clone: the header's
 * evidence (titles, headings, authors, dates: header/), language and direction, the lead image.
 */

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|iw|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

export interface PageMetadata {
	/** The publication date in the page's own time zone (header/date-text.ts), or null. */
	publishedTime: string | null;
	lang: string | null;
	dir: 'ltr' | 'rtl' | null;
	leadImage: LeadImage | null;
	siteName: string | null;
	/** The page says it is an article (og:type), whatever Readability picks from it. */
	calledArticle: boolean;
	header: HeaderEvidence;
}

/** Reads <meta> once into a map, so each field is a lookup and not a query. */
function readMetaTags(doc: Document): Map<string, string> {
	const tags = new Map<string, string>();
	for (const el of byTag(doc, 'meta')) {
		const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
		const content = el.getAttribute('content');
		if (!key || !content || aboutAnotherWork(el)) continue;
		const name = key.toLowerCase();
		if (!tags.has(name)) tags.set(name, fold(content));
	}
	return tags;
}

/** Items that describe another work than the page: a reference list's `<meta itemprop="author">` names a cited paper's authors. */
const OTHER_WORK = '[itemprop~="citation"], [itemprop~="review"], [itemprop~="comment"], [itemprop~="mentions"], [itemprop~="isBasedOn"]';

function aboutAnotherWork(meta: Element): boolean {
	return meta.hasAttribute('itemprop') && meta.closest(OTHER_WORK) !== null;
}

/**
 * `elements`: every element of `doc`, in order, as one walk listed them: in jsdom each whole-page
 * query or live-collection access costs time in proportion to the page, and a page may hold
 * 100,000 elements. `scripts`: its JSON-LD blocks (the clean lists them once, for the recipe too).
 */
export function readMetadata(doc: Document, url: string, elements = elementsOf(doc), scripts = jsonLdScripts(doc)): PageMetadata {
	const html = doc.documentElement;
	const tags = readMetaTags(doc);
	const meta = (...names: string[]) => names.map(name => tags.get(name)).find(Boolean) ?? null;
	const lang = html?.getAttribute('lang') || meta('content-language') || localeLang(meta('og:locale'));
	const dir = html?.getAttribute('dir')?.toLowerCase() ?? doc.body?.getAttribute('dir')?.toLowerCase();
	const header = readHeader(elements, meta, url, lang ? lang.trim() : null, scripts);
	const image = leadImage(meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'), meta('og:image:alt', 'twitter:image:alt'), url);
	return {
		publishedTime: header.publishedTime,
		lang: lang ? lang.trim() : null,
		dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
		leadImage: image && isShareablePhoto(image, meta('og:image:width'), meta('og:image:height')) ? image : null,
		siteName: header.siteName,
		calledArticle: meta('og:type')?.toLowerCase() === 'article',
		header,
	};
}

export function directionOf(lang: string | null): 'ltr' | 'rtl' {
	return lang && RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
}

/** The page's JSON-LD blocks, in document order. */
export function jsonLdScripts(doc: Document): Element[] {
	return byTag(doc, 'script').filter(isJsonLd);
}

/** A JSON-LD block: structured data about the page, not prose. */
export function isJsonLd(el: Element): boolean {
	return el.tagName === 'SCRIPT' && /^application\/ld\+json$/i.test(el.getAttribute('type')?.trim() ?? '');
}

function leadImage(src: string | null, alt: string | null, url: string): LeadImage | null {
	const absolute = src ? toAbsolute(src, url) : null;
	if (!absolute || !/^https?:/.test(absolute)) return null;
	return {url: absolute, alt};
}

function localeLang(locale: string | null): string | null {
	return locale ? locale.replace('_', '-') : null;
}
