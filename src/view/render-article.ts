import type {Article, Caption} from '../core/index.js';
import {element} from './dom.js';
import {addOutline} from './outline.js';
import {insertRestored} from './restore-place.js';
import {toSafeFragment} from './safe-fragment.js';
import type {Translate} from './translate.js';
import type {ViewOptions} from './view-options.js';

export interface RenderContext {
	t: Translate;
	options: ViewOptions;
	/** Locale for dates, e.g. the browser UI language. */
	locale: string;
	/** Indexes into article.removed that the reader put back. */
	restored?: ReadonlySet<number>;
}

/**
 * The article view shared by popup and overlay, built as DOM nodes: page strings go in
 * as text, page HTML only through toSafeFragment. Captions are listed in their own
 * section, or placed under their images when the reader prefers that.
 */
export function renderArticle(doc: Document, article: Article, context: RenderContext): HTMLElement {
	const {t} = context;
	const root = element(doc, 'article', 'cp-article');
	root.dir = article.dir;
	if (article.lang) root.lang = article.lang;

	const header = element(doc, 'header', 'cp-header');
	if (article.siteName) header.append(element(doc, 'p', 'cp-site', article.siteName));
	header.append(element(doc, 'h1', 'cp-title', article.title));
	header.append(renderMeta(doc, article, context));
	header.append(uiText(element(doc, 'p', 'cp-source', t('citation', article.url)), context.locale));
	root.append(header);

	const body = element(doc, 'div', 'cp-body');
	body.append(toSafeFragment(doc, article.html));
	const lead = article.leadImage;
	if (lead && !hasImage(body, lead.url)) {
		const figure = element(doc, 'figure', 'cp-lead');
		figure.append(image(doc, lead.url, lead.alt));
		root.append(figure);
	}
	const restored = [...article.removed.entries()].filter(([index]) => context.restored?.has(index)).map(([, block]) => {
		const shown = element(doc, 'div', 'cp-restored');
		shown.dataset.reason = block.reason;
		shown.append(toSafeFragment(doc, block.html));
		return {block, element: shown};
	});
	// Where each stood in the page, when the content script found it; else after the last paragraph.
	insertRestored(body, restored);
	root.append(body);
	addOutline(doc, root, t);

	const listed = context.options.captions === 'under-images' ? placeCaptions(doc, root, article.captions, t) : article.captions;
	if (listed.length > 0) root.append(renderCaptionList(doc, listed, t));
	return root;
}

function renderMeta(doc: Document, article: Article, {t, locale}: RenderContext): HTMLElement {
	const meta = element(doc, 'p', 'cp-meta');
	const parts: HTMLElement[] = [];
	if (article.byline) parts.push(element(doc, 'span', 'cp-byline', article.byline));
	const date = formatDate(article.publishedTime, locale);
	if (date) {
		const time = uiText(element(doc, 'time', 'cp-date', date), locale);
		time.dateTime = article.publishedTime!;
		parts.push(time);
	}
	parts.push(uiText(element(doc, 'span', 'cp-reading-time', t('readingTime', formatMinutes(article.readingMinutes, locale))), locale));
	for (const [index, part] of parts.entries()) {
		if (index > 0) meta.append(element(doc, 'span', 'cp-sep', ' · '));
		meta.append(part);
	}
	return meta;
}

/**
 * A long date in the reader's language, on the page's own calendar day. The core keeps the date
 * as the page wrote it ("2020-01-02", or a time at the page's own offset), so the day is read from
 * the string and shown in any time zone: formatted in the reader's zone, a date-only value (UTC
 * midnight) showed the day before west of Greenwich. null for a missing or unreadable date.
 */
export function formatDate(iso: string | null, locale: string): string | null {
	if (!iso) return null;
	const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(iso);
	if (Number.isNaN(date.getTime())) return null;
	const options: Intl.DateTimeFormatOptions = {dateStyle: 'long', timeZone: day ? 'UTC' : undefined};
	try {
		return new Intl.DateTimeFormat(locale, options).format(date);
	} catch {
		return new Intl.DateTimeFormat(undefined, options).format(date);
	}
}

/** "5 minutes" in the reader's language, its plural form and digits included (Intl knows them; messages.json cannot). */
export function formatMinutes(minutes: number, locale: string): string {
	const format = {style: 'unit', unit: 'minute', unitDisplay: 'long'} as const;
	try {
		return new Intl.NumberFormat(locale, format).format(minutes);
	} catch {
		return new Intl.NumberFormat(undefined, format).format(minutes);
	}
}

/**
 * Text in the reader's language inside the article, which keeps the page's language and
 * direction: an Arabic date in an English article is isolated and reads right to left.
 */
function uiText<T extends HTMLElement>(el: T, locale: string): T {
	el.lang = locale;
	el.dir = 'auto';
	return el;
}

/** Puts each caption under the image it belongs to; returns the captions with no image found. */
function placeCaptions(doc: Document, root: HTMLElement, captions: Caption[], t: Translate): Caption[] {
	const unplaced: Caption[] = [];
	// The first picture for each address, looked up once: an article can hold thousands.
	const images = new Map<string, HTMLImageElement>();
	for (const img of root.querySelectorAll('img')) {
		const src = img.getAttribute('src');
		if (src !== null && !images.has(src)) images.set(src, img);
	}
	for (const caption of captions) {
		const img = caption.imageSrc ? images.get(caption.imageSrc) : undefined;
		if (!img) {
			unplaced.push(caption);
			continue;
		}
		const figcaption = element(doc, 'figcaption', 'cp-caption');
		appendCaption(doc, figcaption, caption, t);
		const figure = img.closest('figure');
		if (figure) figure.append(figcaption);
		else (img.closest('a') ?? img).after(figcaption);
	}
	return unplaced;
}

function renderCaptionList(doc: Document, captions: Caption[], t: Translate): HTMLElement {
	const section = element(doc, 'section', 'cp-captions');
	const heading = element(doc, 'h2', 'cp-captions-heading', t('captionsHeading'));
	heading.id = 'cp-captions-heading';
	section.setAttribute('aria-labelledby', heading.id);
	const list = element(doc, 'ol', 'cp-caption-list');
	for (const caption of captions) {
		const item = element(doc, 'li', 'cp-caption');
		appendCaption(doc, item, caption, t);
		list.append(item);
	}
	section.append(heading, list);
	return section;
}

/** Caption text and credit stay apart, so a reader (and a test) can tell them apart. */
function appendCaption(doc: Document, parent: HTMLElement, caption: Caption, t: Translate): void {
	parent.append(element(doc, 'span', 'cp-caption-text', caption.text));
	if (caption.credit) {
		parent.append(' ');
		parent.append(element(doc, 'span', 'cp-credit', t('captionCredit', caption.credit)));
	}
}

function hasImage(root: Element, url: string): boolean {
	return [...root.querySelectorAll('img')].some(img => img.getAttribute('src') === url);
}

function image(doc: Document, src: string, alt: string | null): HTMLImageElement {
	const img = doc.createElement('img');
	img.src = src;
	img.alt = alt ?? '';
	img.loading = 'lazy';
	return img;
}
