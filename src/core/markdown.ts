import TurndownService from 'turndown';

let service: TurndownService | undefined;

/** Markdown for the "Copy as Markdown" menu; built on first use, since most readers never ask for it. */
export function toMarkdown(root: Element): string {
	service ??= new TurndownService({headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_'});
	return service.turndown(root as unknown as HTMLElement).trim();
}
