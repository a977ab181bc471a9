import {fold} from './dom-text.js';
import {toAbsolute} from './images.js';
import type {LeadImage} from './types.js';

/**
 * What the page says about itself, read before Readability rewrites the clone:
 * dates from meta tags, JSON-LD and <time>; language and direction; the lead image.
 */

const DATE_META = [
	'meta[property="article:published_time"]',
	'meta[name="article:published_time"]',
	'meta[itemprop="datePublished"]',
	'meta[name="date"]',
	'meta[name="dc.date"]',
	'meta[name="DC.date.issued"]',
	'meta[name="pubdate"]',
	'meta[name="publishdate"]',
	'meta[name="parsely-pub-date"]',
	'meta[property="og:published_time"]',
].join(', ');

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|iw|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

export interface PageMetadata {
	publishedTime: string | null;
	lang: string | null;
	dir: 'ltr' | 'rtl' | null;
	leadImage: LeadImage | null;
	siteName: string | null;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
	const html = doc.documentElement;
	const lang = html?.getAttribute('lang') || meta(doc, 'meta[http-equiv="content-language"]') || localeLang(meta(doc, 'meta[property="og:locale"]'));
	const dir = html?.getAttribute('dir')?.toLowerCase() ?? doc.body?.getAttribute('dir')?.toLowerCase();
	return {
		publishedTime: readDate(doc),
		lang: lang ? lang.trim() : null,
		dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
		leadImage: readLeadImage(doc, url),
		siteName: meta(doc, 'meta[property="og:site_name"], meta[name="application-name"]'),
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

function readDate(doc: Document): string | null {
	const fromMeta = doc.querySelector(DATE_META)?.getAttribute('content');
	const fromJsonLd = jsonLdDate(doc);
	const timeEl = doc.querySelector('[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime], time[datetime]');
	return toIsoDate(fromMeta) ?? toIsoDate(fromJsonLd) ?? toIsoDate(timeEl?.getAttribute('datetime'));
}

function jsonLdDate(doc: Document): string | null {
	for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
		const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
		if (found) return found[1]!;
	}
	return null;
}

function readLeadImage(doc: Document, url: string): LeadImage | null {
	const src = meta(doc, 'meta[property="og:image"], meta[property="og:image:url"], meta[name="twitter:image"], meta[property="twitter:image"]');
	const absolute = src ? toAbsolute(src, url) : null;
	if (!absolute || !/^https?:/.test(absolute)) return null;
	return {url: absolute, alt: meta(doc, 'meta[property="og:image:alt"], meta[name="twitter:image:alt"]')};
}

function meta(doc: Document, selector: string): string | null {
	const content = doc.querySelector(selector)?.getAttribute('content');
	return content ? fold(content) || null : null;
}

function localeLang(locale: string | null): string | null {
	return locale ? locale.replace('_', '-') : null;
}
