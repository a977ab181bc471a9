import createDOMPurify, {type DOMPurify, type WindowLike} from 'dompurify';

/**
 * The core already sanitizes, but the view never trusts a string that crossed a message
 * boundary: article HTML enters the DOM only as a DOMPurify fragment. Page styles, classes
 * and ids stay out, so neither page CSS nor page ids (clobbering `#toggle`…) reach our UI.
 */
const CONFIG = {
	RETURN_DOM_FRAGMENT: true,
	FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'template', 'dialog'],
	FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcdoc', 'autofocus', 'tabindex'],
	ALLOW_DATA_ATTR: false,
} as const;

let purifier: {view: object; instance: DOMPurify} | undefined;

/** Sanitized nodes for `html`, owned by `doc`; links open in a new tab and send no referrer. */
export function toSafeFragment(doc: Document, html: string): DocumentFragment {
	const view = (doc.defaultView ?? globalThis) as unknown as WindowLike & object;
	if (purifier?.view !== view) purifier = {view, instance: createDOMPurify(view)};
	const fragment = purifier.instance.sanitize(html, {...CONFIG, FORBID_TAGS: [...CONFIG.FORBID_TAGS], FORBID_ATTR: [...CONFIG.FORBID_ATTR]});
	for (const link of fragment.querySelectorAll('a[href]')) {
		link.setAttribute('target', '_blank');
		link.setAttribute('rel', 'noopener noreferrer');
	}
	return fragment;
}
