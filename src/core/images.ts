import {formatSrcset, parseSrcset} from './urls.js';

/**
 * Makes the article's links and images work outside the page: lazy-loaded images get
 * their real source, and every URL becomes absolute against the page.
 */

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
/** Placeholders lazy loaders put in `src`: inline GIFs/SVGs and 1×1 spacers. */
const PLACEHOLDER = /^data:|spacer|blank\.(gif|png)|placeholder|pixel\.(gif|png)|lazy/i;

export function resolveMedia(root: Element, base: string): void {
	for (const img of root.querySelectorAll('img, source')) resolveLazy(img);
	for (const el of root.querySelectorAll('[href]')) absolutize(el, 'href', base);
	for (const el of root.querySelectorAll('[src]')) absolutize(el, 'src', base);
	for (const el of root.querySelectorAll('[poster]')) absolutize(el, 'poster', base);
	for (const el of root.querySelectorAll('[srcset]')) el.setAttribute('srcset', absoluteSrcset(el.getAttribute('srcset')!, base));
}

function resolveLazy(img: Element): void {
	const src = img.getAttribute('src');
	const lazy = LAZY_SRC.map(name => img.getAttribute(name)).find(Boolean);
	if (lazy && (!src || PLACEHOLDER.test(src))) img.setAttribute('src', lazy.trim());
	const lazySet = LAZY_SRCSET.map(name => img.getAttribute(name)).find(Boolean);
	if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
	// A placeholder left in src would be what Markdown, captions and the lead image point at.
	const current = img.getAttribute('src');
	if ((!current || PLACEHOLDER.test(current)) && img.tagName === 'IMG') {
		const widest = widestCandidate(img.getAttribute('srcset') ?? '');
		if (widest) img.setAttribute('src', widest);
	}
	if (img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
}

/** The candidate with the largest width (or density) descriptor of a srcset. */
function widestCandidate(srcset: string): string | undefined {
	let best: string | undefined;
	let bestSize = -1;
	for (const {url, descriptor} of parseSrcset(srcset)) {
		const size = Number.parseFloat(descriptor) || 1;
		if (url && size > bestSize) {
			best = url;
			bestSize = size;
		}
	}
	return best;
}

function absolutize(el: Element, attr: string, base: string): void {
	const value = el.getAttribute(attr)!.trim();
	if (value.startsWith('#') || /^(data|mailto|tel):/i.test(value)) return;
	const url = toAbsolute(value, base);
	if (url) el.setAttribute(attr, url);
	else el.removeAttribute(attr);
}

function absoluteSrcset(srcset: string, base: string): string {
	const candidates = parseSrcset(srcset).map(({url, descriptor}) => ({url: toAbsolute(url, base) ?? '', descriptor}));
	return formatSrcset(candidates.filter(candidate => candidate.url));
}

export function toAbsolute(url: string, base: string): string | null {
	try {
		return new URL(url, base).href;
	} catch {
		return null;
	}
}
