import createDOMPurify, {type Config, type DOMPurify, type WindowLike} from 'dompurify';

/**
 * Page HTML is hostile. Article HTML leaves the core only through here: no scripts,
 * styles, event handlers, forms, frames, SVG/MathML or script URLs survive.
 */
const CONFIG: Config = {
	FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'noscript', 'template', 'dialog', 'svg', 'math'],
	FORBID_ATTR: ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'autofocus'],
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
};

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(doc: Document): DOMPurify {
	const view = (doc.defaultView ?? globalThis) as unknown as WindowLike & object;
	let purifier = purifiers.get(view);
	if (!purifier) {
		purifier = createDOMPurify(view);
		purifiers.set(view, purifier);
	}
	return purifier;
}

/** Returns a function that sanitizes an element in place (the article) or to a string (a removed block). */
export function makeSanitizer(doc: Document) {
	const purifier = purifierFor(doc);
	return {
		inPlace(el: Element): void {
			purifier.sanitize(el, {...CONFIG, IN_PLACE: true});
		},
		toHtml(el: Element): string {
			return purifier.sanitize(el.outerHTML, CONFIG) as unknown as string;
		},
	};
}
