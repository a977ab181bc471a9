import type {RemovalReason, RemovedBlock} from '../types.js';
import {fold, preview} from '../dom-text.js';

const PREVIEW_SOURCE = 2000;

/**
 * Collects what the cleaner takes out. The HTML of a block is only serialised
 * when somebody reads it (the popup's "put back"), so cleaning stays cheap.
 */
export class RemovalLog {
	readonly blocks: RemovedBlock[] = [];

	constructor(private readonly sanitize: (el: Element) => string) {}

	remove(el: Element, reason: RemovalReason, rule: string): void {
		const raw = el.textContent ?? '';
		el.remove();
		if (!/\S/.test(raw)) return;
		const {sanitize} = this;
		let html: string | undefined;
		this.blocks.push({
			reason,
			rule,
			// The preview needs the start only: a comment section can hold megabytes.
			text: preview(fold(raw.length > PREVIEW_SOURCE ? raw.slice(0, PREVIEW_SOURCE) : raw)),
			length: raw.length,
			get html() {
				html ??= sanitize(el);
				return html;
			},
		});
	}
}
