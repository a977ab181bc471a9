/**
 * The outline of an article with enough subheadings to need one: a `nav` landmark listing them,
 * each a link that moves the reader (and keyboard focus) to its heading; the section being read
 * is marked with aria-current and a visible marker, not by colour alone.
 */
import {element} from './dom.js';
import type {Translate} from './translate.js';

/** Fewer subheadings than this and the article is short enough to find one's way in by scrolling. */
export const MIN_SUBHEADINGS = 3;
const HEADINGS = 'h1, h2, h3, h4';
/** The heading each outline link leads to. */
const targets = new WeakMap<HTMLAnchorElement, HTMLElement>();

export interface OutlineEntry {
	heading: HTMLElement;
	text: string;
	/** 1 for the article's top subheading level, 2 and 3 for the levels under it. */
	depth: number;
}

/** The body's subheadings in reading order, with text, at most three levels under the top one. */
export function buildOutline(body: Element): OutlineEntry[] {
	const headings = [...body.querySelectorAll<HTMLElement>(HEADINGS)]
		.map(heading => ({heading, text: (heading.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(heading.tagName[1])}))
		.filter(entry => entry.text !== '');
	if (headings.length < MIN_SUBHEADINGS) return [];
	const top = Math.min(...headings.map(entry => entry.level));
	return headings.map(({heading, text, level}) => ({heading, text, depth: level - top + 1}));
}

/** Puts the outline between the article's header and its body; nothing for an article with few subheadings. */
export function addOutline(doc: Document, article: HTMLElement, t: Translate): HTMLElement | null {
	const body = article.querySelector('.cp-body');
	const entries = body ? buildOutline(body) : [];
	if (!body || entries.length === 0) return null;
	const nav = element(doc, 'nav', 'cp-outline');
	const heading = element(doc, 'h2', 'cp-outline-heading', t('outlineHeading'));
	heading.id = 'cp-outline-heading';
	nav.setAttribute('aria-labelledby', heading.id);
	// Interface language, as the heading; the entries are the article's words and take its language from the article.
	const list = element(doc, 'ol', 'cp-outline-list');
	for (const [index, entry] of entries.entries()) {
		// An id of our own when the page gave none: links inside the article may point at the page's ids.
		entry.heading.id ||= `cp-section-${index + 1}`;
		const item = doc.createElement('li');
		item.dataset.depth = String(entry.depth);
		const link = element(doc, 'a', '', entry.text);
		link.href = `#${entry.heading.id}`;
		targets.set(link, entry.heading);
		link.addEventListener('click', event => {
			// Never the address bar: in reading mode the fragment would change the page's own URL.
			event.preventDefault();
			jumpTo(entry.heading);
		});
		item.append(link);
		list.append(item);
	}
	nav.append(heading, list);
	body.before(nav);
	return nav;
}

/** Scrolls a heading to the top and gives it focus, so the keyboard and a screen reader continue from there. */
export function jumpTo(heading: HTMLElement): void {
	heading.tabIndex = -1;
	heading.scrollIntoView({block: 'start'});
	heading.focus({preventScroll: true});
}

/**
 * The entry being read: the last heading that has reached the reading line (a third down the
 * viewport), or -1 while the reader is still above the first one.
 */
export function currentIndex(headingTops: readonly number[], readingLine: number): number {
	let current = -1;
	for (const [index, top] of headingTops.entries()) {
		if (top <= readingLine) current = index;
		else break;
	}
	return current;
}

/**
 * Marks the current section in `nav` as the reader scrolls. Scroll events do not bubble, so the
 * listener captures them on `scrollRoot` (the document, or the overlay's scrolling element).
 * Returns a function that stops following.
 */
export function trackOutline(nav: HTMLElement, scrollRoot: Document | HTMLElement): () => void {
	const view = nav.ownerDocument.defaultView;
	const links = [...nav.querySelectorAll<HTMLAnchorElement>('a')];
	const headings = links.map(link => targets.get(link));
	let frame = 0;
	const update = () => {
		frame = 0;
		const line = (view?.innerHeight ?? 0) / 3;
		const index = currentIndex(headings.map(heading => heading?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY), line);
		for (const [i, link] of links.entries()) {
			if (i === index) link.setAttribute('aria-current', 'location');
			else link.removeAttribute('aria-current');
		}
	};
	const schedule = () => {
		if (!frame && view) frame = view.requestAnimationFrame(update);
	};
	scrollRoot.addEventListener('scroll', schedule, {capture: true, passive: true});
	view?.addEventListener('resize', schedule);
	// On the next frame: the view may not be in the document yet.
	schedule();
	return () => {
		scrollRoot.removeEventListener('scroll', schedule, {capture: true});
		view?.removeEventListener('resize', schedule);
		if (frame && view) view.cancelAnimationFrame(frame);
	};
}
