import {elementsOf, fold} from './dom-text.js';
import {toAbsolute} from './images.js';
import type {LeadImage} from './types.js';

/**
 * What the page says about itself, read before Readability rewrites the clone:
 * dates from meta tags, JSON-LD and <time>; language and direction; the lead image.
 */

/** Meta names (lower-cased `name`, `property` or `itemprop`) that carry the publication date, best first. */
const DATE_META = [
	'article:published_time',
	'datepublished',
	'og:published_time',
	'date',
	'dc.date',
	'dc.date.issued',
	'pubdate',
	'publishdate',
	'parsely-pub-date',
];

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|iw|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

export interface PageMetadata {
	publishedTime: string | null;
	lang: string | null;
	dir: 'ltr' | 'rtl' | null;
	leadImage: LeadImage | null;
	siteName: string | null;
}

/** Reads <meta> once into a map, so each field is a lookup and not a query. */
function readMetaTags(elements: Element[]): Map<string, string> {
	const tags = new Map<string, string>();
	for (const el of elements) {
		if (el.tagName !== 'META') continue;
		const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
		const content = el.getAttribute('content');
		if (!key || !content) continue;
		const name = key.toLowerCase();
		if (!tags.has(name)) tags.set(name, fold(content));
	}
	return tags;
}

export function readMetadata(doc: Document, url: string, elements = elementsOf(doc)): PageMetadata {
	const html = doc.documentElement;
	// One walk feeds every field: in jsdom, each whole-page query or live-collection access
	// costs time in proportion to the page, and a page may hold 100,000 elements.
	const tags = readMetaTags(elements);
	const meta = (...names: string[]) => names.map(name => tags.get(name)).find(Boolean) ?? null;
	const lang = html?.getAttribute('lang') || meta('content-language') || localeLang(meta('og:locale'));
	const dir = html?.getAttribute('dir')?.toLowerCase() ?? doc.body?.getAttribute('dir')?.toLowerCase();
	return {
		publishedTime: toIsoDate(meta(...DATE_META)) ?? toIsoDate(jsonLdDate(elements)) ?? toIsoDate(timeElementDate(elements)),
		lang: lang ? lang.trim() : null,
		dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
		leadImage: leadImage(meta('og:image', 'og:image:url', 'twitter:image'), meta('og:image:alt', 'twitter:image:alt'), url),
		siteName: meta('og:site_name', 'application-name'),
	};
}

export function directionOf(lang: string | null): 'ltr' | 'rtl' {
	return lang && RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
}

/** A date string as ISO 8601 UTC, or null when it is no date. */
export function toIsoDate(value: string | null | undefined): string | null {
	if (!value) return null;
	const time = Date.parse(value.trim());
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function timeElementDate(elements: Element[]): string | null {
	const times = elements.filter(el => el.tagName === 'TIME' && el.getAttribute('datetime'));
	const marked = times.find(el => el.hasAttribute('pubdate') || el.getAttribute('itemprop') === 'datePublished');
	return (marked ?? times[0])?.getAttribute('datetime') ?? null;
}

/** A JSON-LD block: structured data about the page, not prose. */
export function isJsonLd(el: Element): boolean {
	return el.tagName === 'SCRIPT' && /^application\/ld\+json$/i.test(el.getAttribute('type')?.trim() ?? '');
}

function jsonLdDate(elements: Element[]): string | null {
	for (const script of elements) {
		if (!isJsonLd(script)) continue;
		const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
		if (found) return found[1]!;
	}
	return null;
}

function leadImage(src: string | null, alt: string | null, url: string): LeadImage | null {
	const absolute = src ? toAbsolute(src, url) : null;
	if (!absolute || !/^https?:/.test(absolute)) return null;
	return {url: absolute, alt};
}

function localeLang(locale: string | null): string | null {
	return locale ? locale.replace('_', '-') : null;
}
