/**
 * Save: the article as a file, in the formats of the copy (images linked by their addresses,
 * never embedded), named after its title. Written by an <a download> on a blob: URL, which asks
 * for no permission (the downloads API would be one more).
 */
import {copyHtml, copyMarkdown, copyText} from './copy-content.js';
import type {CopyInput} from './copy-content.js';
import type {CopyFormat} from './view-options.js';

export interface SavedFile {
	name: string;
	type: string;
	text: string;
}

const EXTENSIONS: Record<CopyFormat, {extension: string; type: string}> = {
	text: {extension: 'txt', type: 'text/plain;charset=utf-8'},
	markdown: {extension: 'md', type: 'text/markdown;charset=utf-8'},
	html: {extension: 'html', type: 'text/html;charset=utf-8'},
};

/** Names Windows keeps for devices, whatever the extension after them. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 100;

/**
 * The title as a file name every system accepts: no path separators, reserved or control
 * characters, no leading or trailing dots and spaces, at most 100 characters (whole characters,
 * never half of an emoji), and "article" for a title with nothing left.
 */
export function fileName(title: string, extension: string): string {
	let name = title
		.normalize('NFC')
		.replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+|[\s.]+$/g, '');
	name = [...name].slice(0, MAX_NAME).join('').replace(/[\s.]+$/, '');
	if (!name || RESERVED.test(name)) name = name ? `${name} article` : 'article';
	return `${name}.${extension}`;
}

/** The file for one format: the copy's content, an HTML file a whole document with its title and language. */
export function savedFile(doc: Document, format: CopyFormat, input: CopyInput): SavedFile {
	const {extension, type} = EXTENSIONS[format];
	const name = fileName(input.article.title, extension);
	if (format === 'markdown') return {name, type, text: `${copyMarkdown(doc, input)}\n`};
	if (format === 'text') return {name, type, text: `${copyText(doc, input)}\n`};
	return {name, type, text: htmlDocument(doc, input)};
}

function htmlDocument(doc: Document, input: CopyInput): string {
	const {article} = input;
	const page = doc.implementation.createHTMLDocument(article.title);
	if (article.lang) page.documentElement.lang = article.lang;
	page.documentElement.dir = article.dir;
	const charset = page.createElement('meta');
	charset.setAttribute('charset', 'utf-8');
	page.head.prepend(charset);
	// copyHtml's markup (page HTML through DOMPurify, page strings as text) goes in where the marker stands.
	const marker = 'clearpage-article';
	page.body.append(page.createComment(marker));
	return `<!doctype html>\n${page.documentElement.outerHTML.replace(`<!--${marker}-->`, () => copyHtml(doc, input))}\n`;
}

/** Hands the file to the browser's downloads, from an anchor in `parent` (a document or a shadow root's element). */
export function downloadFile(file: SavedFile, parent: HTMLElement): void {
	const doc = parent.ownerDocument;
	const url = URL.createObjectURL(new Blob([file.text], {type: file.type}));
	const link = doc.createElement('a');
	link.href = url;
	link.download = file.name;
	link.hidden = true;
	parent.append(link);
	link.click();
	link.remove();
	// The download has its own copy once it started; a minute is plenty for the browser to take it.
	doc.defaultView?.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
