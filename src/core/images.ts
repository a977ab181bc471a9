import {elementsOf} from './dom-text.js';
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
	// One walk for the five passes: each reads the attributes the one before it may have set.
	const elements = elementsOf(root);
	for (const img of elements) if (img.localName === 'img' || img.localName === 'source') resolveLazy(img);
	for (const attr of ['href', 'src', 'poster']) for (const el of elements) if (el.hasAttribute(attr)) absolutize(el, attr, base);
	for (const el of elements) if (el.hasAttribute('srcset')) el.setAttribute('srcset', absoluteSrcset(el.getAttribute('srcset')!, base));
}

function resolveLazy(img: Element): void {
	const lazySet = LAZY_SRCSET.map(name => img.getAttribute(name)).find(Boolean);
	if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
	const src = effectiveSrc(img);
	if (src && src !== img.getAttribute('src')) img.setAttribute('src', src);
	if (img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
}

/**
 * The picture an image shows once loaded: its lazy source when `src` is missing or a
 * placeholder, else the widest srcset candidate (a placeholder left in src would be what
 * Markdown, captions and the lead image point at).
 */
function effectiveSrc(img: Element): string | null {
	const src = img.getAttribute('src');
	if (src && !PLACEHOLDER.test(src)) return src;
	const lazy = LAZY_SRC.map(name => img.getAttribute(name)).find(Boolean);
	if (lazy) return lazy.trim();
	if (img.tagName === 'IMG') {
		const srcset = img.getAttribute('srcset') || LAZY_SRCSET.map(name => img.getAttribute(name)).find(Boolean) || '';
		const widest = widestCandidate(srcset);
		if (widest) return widest;
	}
	return src;
}

/** The absolute URL of the picture `img` shows, without changing the image. */
export function imageSource(img: Element, base: string): string | null {
	const src = effectiveSrc(img);
	return src ? toAbsolute(src.trim(), base) : null;
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
