import {sanitizeToFragment} from '../core/sanitize.js';

/**
 * The core already sanitizes, but the view never trusts a string that crossed a message
 * boundary: article HTML enters the DOM only through the core's policy again, here with page
 * ids, names and tab stops kept out too, so page ids (clobbering `#toggle`…) do not reach our UI.
 */
const VIEW_FORBID_ATTR = ['id', 'name', 'tabindex'];

/** Sanitized nodes for `html`; links open in a new tab and send no referrer. */
export function toSafeFragment(doc: Document, html: string): DocumentFragment {
	const fragment = sanitizeToFragment(doc, html, VIEW_FORBID_ATTR);
	for (const link of fragment.querySelectorAll('a[href]')) {
		link.setAttribute('target', '_blank');
		link.setAttribute('rel', 'noopener noreferrer');
	}
	return fragment;
}
