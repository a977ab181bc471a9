import type {Article, RemovedBlock} from '../core/index.js';
import {escapeMarkdown, toMarkdown} from '../core/markdown.js';
import {toPlainText} from '../core/plain-text.js';
import {element} from './dom.js';
import {formatDate} from './render-article.js';
import {insertRestored} from './restore-place.js';
import {toSafeFragment} from './safe-fragment.js';
import type {Translate} from './translate.js';
import type {CopyFormat, ViewOptions} from './view-options.js';

export interface CopyInput {
	article: Article;
	/** Removed blocks the reader put back; each goes where it stood in the page, as in the view. */
	restored: RemovedBlock[];
	options: Pick<ViewOptions, 'copyCaptions' | 'copyCitation'>;
	t: Translate;
	locale: string;
}

/** What goes on the clipboard for one format: `html` is set only for the HTML format. */
export interface CopyContent {
	text: string;
	html?: string;
}

/** Builds the clipboard content: title, byline, body, put-back blocks, captions and citation as chosen. */
export function buildCopy(doc: Document, format: CopyFormat, input: CopyInput): CopyContent {
	if (format === 'markdown') return {text: copyMarkdown(doc, input)};
	if (format === 'html') return {text: copyText(doc, input), html: copyHtml(doc, input)};
	return {text: copyText(doc, input)};
}

export function copyText(doc: Document, {article, restored, options, t, locale}: CopyInput): string {
	const parts = [article.title];
	const line = metaLine(article, locale);
	if (line) parts.push(line);
	parts.push(restored.length > 0 ? toPlainText(bodyWith(doc, article, restored)) : article.text);
	if (options.copyCaptions && article.captions.length > 0) {
		parts.push([`${t('captionsHeading')}:`, ...article.captions.map(caption => `- ${captionLine(caption, t)}`)].join('\n'));
	}
	if (options.copyCitation) parts.push(t('citation', article.url));
	return parts.filter(Boolean).join('\n\n');
}

/** Page strings (title, byline, site, captions) go in escaped: they are text, never Markdown of their own. */
export function copyMarkdown(doc: Document, {article, restored, options, t, locale}: CopyInput): string {
	const parts = [`# ${escapeMarkdown(article.title)}`];
	const line = metaLine(article, locale);
	if (line) parts.push(`_${escapeMarkdown(line)}_`);
	parts.push(restored.length > 0 ? toMarkdown(bodyWith(doc, article, restored)) : article.markdown);
	if (options.copyCaptions && article.captions.length > 0) {
		const items = article.captions.map(caption => `- ${escapeMarkdown(captionLine(caption, t))}`);
		parts.push([`## ${t('captionsHeading')}`, '', ...items].join('\n'));
	}
	if (options.copyCitation) parts.push(t('citation', `<${article.url}>`));
	return parts.filter(Boolean).join('\n\n');
}

/** HTML built as nodes (page strings as text, page HTML through DOMPurify), then serialised. */
export function copyHtml(doc: Document, {article, restored, options, t, locale}: CopyInput): string {
	const root = doc.createElement('article');
	root.dir = article.dir;
	if (article.lang) root.lang = article.lang;
	root.append(element(doc, 'h1', '', article.title));
	const line = metaLine(article, locale);
	if (line) root.append(element(doc, 'p', '', line));
	root.append(...bodyWith(doc, article, restored).childNodes);
	if (options.copyCaptions && article.captions.length > 0) {
		root.append(element(doc, 'h2', '', t('captionsHeading')));
		const list = doc.createElement('ul');
		for (const caption of article.captions) list.append(element(doc, 'li', '', captionLine(caption, t)));
		root.append(list);
	}
	if (options.copyCitation) {
		const cite = element(doc, 'p', '', t('citation', ''));
		const link = element(doc, 'a', '', article.url);
		link.setAttribute('href', article.url);
		cite.append(link);
		root.append(cite);
	}
	return root.outerHTML;
}

function metaLine(article: Article, locale: string): string {
	return [article.byline, article.siteName, formatDate(article.publishedTime, locale)].filter(Boolean).join(' · ');
}

function captionLine(caption: Article['captions'][number], t: Translate): string {
	return caption.credit ? `${caption.text} (${t('captionCredit', caption.credit)})` : caption.text;
}

/** The article's body with the blocks put back in their places, as the view shows it. */
function bodyWith(doc: Document, article: Article, restored: RemovedBlock[]): HTMLElement {
	const body = doc.createElement('div');
	body.append(toSafeFragment(doc, article.html));
	insertRestored(body, restored.map(block => {
		const element = doc.createElement('div');
		element.append(toSafeFragment(doc, block.html));
		return {block, element};
	}));
	return body;
}
