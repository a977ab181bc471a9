import type {RemovalReason, RemovedBlock} from '../types.js';
import {preview, textOf} from '../dom-text.js';

/**
 * Collects what the cleaner takes out. The HTML of a block is only serialised
 * when somebody reads it (the popup's "put back"), so cleaning stays cheap.
 */
export class RemovalLog {
	readonly blocks: RemovedBlock[] = [];

	constructor(private readonly sanitize: (el: Element) => string) {}

	remove(el: Element, reason: RemovalReason): void {
		const text = textOf(el);
		el.remove();
		if (!text) return;
		const {sanitize} = this;
		let html: string | undefined;
		this.blocks.push({
			reason,
			text: preview(text),
			get html() {
				html ??= sanitize(el);
				return html;
			},
		});
	}
}
