import createDOMPurify, {type Config, type DOMPurify, type WindowLike} from 'dompurify';
import {purifierWindow, realmOf, windowOf} from './unclobber.js';
import {formatSrcset, isSafeImageUrl, parseSrcset} from './urls.js';

/**
 * Page HTML is hostile. Article HTML leaves the core only through here: no scripts,
 * styles, event handlers, forms, frames, SVG/MathML, media that loads by itself or
 * script URLs survive.
 */
const CONFIG: Config = {
	FORBID_TAGS: [
		'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed',
		'link', 'meta', 'base', 'noscript', 'template', 'dialog', 'svg', 'math',
		// Video and audio fetch their source and poster as soon as they are shown: a tracker
		// needs no click. The reader keeps the article's text and pictures.
		'video', 'audio', 'source', 'track',
		// Text browsers never show (a <title> in the body, fallbacks for missing plugins and
		// frames) or show as raw markup (<xmp>): payloads hide there.
		'title', 'xmp', 'noembed', 'noframes', 'plaintext',
	],
	ADD_FORBID_CONTENTS: ['textarea', 'select', 'option', 'button'],
	FORBID_ATTR: ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'autofocus', 'poster'],
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
};

const purifiers = new WeakMap<object, DOMPurify>();

/**
 * One purifier per window, or per realm for windowless documents: only a window gives DOMPurify
 * the DOMParser that strings need, so a purifier made for a clone cannot serve a view.
 */
function purifierFor(doc: Document): DOMPurify {
	const key = windowOf(doc) ?? realmOf(doc);
	let purifier = purifiers.get(key);
	if (!purifier) {
		purifier = createDOMPurify(purifierWindow(doc) as WindowLike);
		purifier.addHook('afterSanitizeAttributes', keepSafeImageSources);
		purifiers.set(key, purifier);
	}
	return purifier;
}

/** DOMPurify lets any data: URL into <img src> and checks a srcset as a single URL. */
function keepSafeImageSources(node: Element): void {
	if (node.nodeType !== 1) return;
	const src = node.getAttribute('src');
	if (src !== null && !isSafeImageUrl(src)) node.removeAttribute('src');
	const srcset = node.getAttribute('srcset');
	if (srcset === null) return;
	const safe = parseSrcset(srcset).filter(candidate => isSafeImageUrl(candidate.url));
	if (safe.length) node.setAttribute('srcset', formatSrcset(safe));
	else node.removeAttribute('srcset');
}

/** Returns a function that sanitizes an element in place (the article) or to a string (a removed block). */
export function makeSanitizer(doc: Document) {
	const purifier = purifierFor(doc);
	return {
		inPlace(el: Element): void {
			purifier.sanitize(el, {...CONFIG, IN_PLACE: true});
		},
		// In place on a copy, not from a string: parsing a string needs the realm's DOMParser.
		toHtml(el: Element): string {
			const holder = el.ownerDocument.createElement('div');
			holder.append(el.cloneNode(true));
			purifier.sanitize(holder, {...CONFIG, IN_PLACE: true});
			return holder.innerHTML;
		},
	};
}

/**
 * Sanitized nodes for an HTML string, under the same policy, for a view that takes article HTML
 * from a message: `forbidAttributes` adds to it (a view keeps page ids and names out of its UI).
 * DOMPurify parses the string with the realm's DOMParser, into a document where nothing loads or runs.
 */
export function sanitizeToFragment(doc: Document, html: string, forbidAttributes: readonly string[] = []): DocumentFragment {
	return purifierFor(doc).sanitize(html, {...CONFIG, FORBID_ATTR: [...(CONFIG.FORBID_ATTR ?? []), ...forbidAttributes], RETURN_DOM_FRAGMENT: true});
}
