/**
 * The few lines every view writes to build its DOM, once: an element with its classes and its
 * text (as text, never as HTML), and the extension's button.
 */
export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	// No empty class attribute: copied HTML carries what is set here.
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

/** A button styled as the extension's controls; `type="button"`, so a form around it never submits. */
export function button(doc: Document, className: string, text: string): HTMLButtonElement {
	const el = element(doc, 'button', `cp-control ${className}`.trimEnd(), text);
	el.type = 'button';
	return el;
}
