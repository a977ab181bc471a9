import TurndownService from 'turndown';

let service: TurndownService | undefined;

/** Markdown for the "Copy as Markdown" menu; built on first use, since most readers never ask for it. */
export function toMarkdown(root: Element): string {
	service ??= makeService();
	return service.turndown(root as unknown as HTMLElement).trim();
}

/**
 * Page text (a title, a byline, a caption) as Markdown that reads as that text: "*", "[", "<"…
 * escaped, so `[x](javascript:…)` or `<img onerror=…>` in a page's title pastes as words.
 */
export function escapeMarkdown(text: string): string {
	service ??= makeService();
	return service.escape(text);
}

/**
 * Markdown is pasted into editors that render raw HTML, and turndown leaves "<" in text as
 * it is: a page that shows markup as text would paste as live markup. Escaped, it reads the same.
 */
function makeService(): TurndownService {
	const made = new TurndownService({headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_'});
	const escape = made.escape.bind(made);
	made.escape = (text: string) => escape(text).replace(/</g, '\\<');
	// A ruby reading sits above its base text; inline it would repeat the word (子こども for 子ども).
	made.remove(['rt', 'rp']);
	// Turndown's own image rule escapes the alt text without the "<" above.
	made.addRule('image', {
		filter: 'img',
		replacement: (_content, node) => {
			const img = node as HTMLImageElement;
			const src = img.getAttribute('src');
			if (!src) return '';
			const alt = made.escape(oneLine(img.getAttribute('alt')));
			const title = oneLine(img.getAttribute('title')).replace(/"/g, '\\"');
			return `![${alt}](${linkDestination(src)}${title ? ` "${title}"` : ''})`;
		},
	});
	return made;
}

function oneLine(text: string | null): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A URL as a Markdown link destination: its brackets escaped, inside <…> when it holds a space. */
function linkDestination(url: string): string {
	const escaped = url.replace(/([<>()])/g, '\\$1');
	return escaped.includes(' ') ? `<${escaped}>` : escaped;
}
