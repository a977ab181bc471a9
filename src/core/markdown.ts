import TurndownService from 'turndown';

let service: TurndownService | undefined;

/** Markdown for the "Copy as Markdown" menu; built on first use, since most readers never ask for it. */
export function toMarkdown(root: Element): string {
	service ??= makeService();
	return service.turndown(root as unknown as HTMLElement).trim();
}

/**
 * Markdown is pasted into editors that render raw HTML, and turndown leaves "<" in text as
 * it is: a page that shows markup as text would paste as live markup. Escaped, it reads the same.
 */
function makeService(): TurndownService {
	const made = new TurndownService({headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_'});
	const escape = made.escape.bind(made);
	made.escape = (text: string) => escape(text).replace(/</g, '\\<');
	return made;
}
