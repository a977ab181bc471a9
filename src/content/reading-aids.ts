/**
 * Reading mode's aids around the article: the outline follows the reader's scrolling, a thin bar
 * and the minutes left show how far they are, and the place they reached is remembered for the
 * next time reading mode opens on the same article.
 */
import type {Article} from '../core/index.js';
import {loadPosition, savePosition} from '../reading-positions.js';
import {trackOutline} from '../view/outline.js';
import {readFraction, renderProgress} from '../view/progress.js';
import type {Translate} from '../view/translate.js';

export interface AidsContext {
	article: Article;
	t: Translate;
	locale: string;
	/** True on the render that opens reading mode: return to the stored place. Re-renders keep their own scroll. */
	resume: boolean;
}

/**
 * Starts the aids on a freshly rendered overlay (`scroller`, the element that scrolls the article).
 * Returns a function that stops them, called before the next render and when reading mode closes.
 */
export function startReadingAids(scroller: HTMLElement, {article, t, locale, resume}: AidsContext): () => void {
	const nav = scroller.querySelector<HTMLElement>('.cp-outline');
	const stopOutline = nav ? trackOutline(nav, scroller) : undefined;
	const doc = scroller.ownerDocument;
	const view = doc.defaultView;
	const progress = renderProgress(doc, article.readingMinutes, t, locale);
	const bar = scroller.querySelector('.cp-overlay-bar');
	bar?.prepend(progress.label);
	bar?.append(progress.bar);

	const fraction = () => readFraction(scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight);
	let frame = 0;
	/** Only a place the reader scrolled to is stored: closing before a resume landed must not forget the old one. */
	let moved = false;
	let stopped = false;
	const onScroll = () => {
		moved = true;
		if (!frame && view) frame = view.requestAnimationFrame(() => {
			frame = 0;
			progress.update(fraction());
		});
	};
	const save = () => {
		if (moved) void savePosition(article.url, fraction());
	};
	scroller.addEventListener('scroll', onScroll, {passive: true});
	scroller.addEventListener('scrollend', save);
	view?.requestAnimationFrame(() => progress.update(fraction()));
	if (resume) {
		void loadPosition(article.url).then(stored => {
			if (stored === undefined || stopped) return;
			scroller.scrollTop = stored * (scroller.scrollHeight - scroller.clientHeight);
			progress.update(fraction());
		});
	}
	return () => {
		stopped = true;
		save();
		stopOutline?.();
		scroller.removeEventListener('scroll', onScroll);
		scroller.removeEventListener('scrollend', save);
		if (frame && view) view.cancelAnimationFrame(frame);
	};
}
