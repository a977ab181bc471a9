/**
 * Reading mode's aids around the article: the outline follows the reader's scrolling, a thin bar
 * and the minutes left show how far they are, and the place they reached is remembered for the
 * next time reading mode opens on the same article.
 */
import type {Article} from '../core/index.js';
import {loadPosition, savePosition} from '../reading-positions.js';
import {trackOutline} from '../view/outline.js';
import {readFraction, renderProgress} from '../view/progress.js';
import {downloadFile, savedFile} from '../view/save-file.js';
import type {Translate} from '../view/translate.js';
import {COPY_FORMATS} from '../view/view-options.js';
import type {CopyFormat, ViewOptions} from '../view/view-options.js';
import {followPrintMedia} from './print-layout.js';

export interface AidsContext {
	article: Article;
	t: Translate;
	locale: string;
	options: ViewOptions;
	/** Indexes of the removed blocks put back: Save writes them in their places too. */
	restored: ReadonlySet<number>;
	/** True on the render that opens reading mode: return to the stored place. Re-renders keep their own scroll. */
	resume: boolean;
}

/**
 * Starts the aids on a freshly rendered overlay (`scroller`, the element that scrolls the article).
 * Returns a function that stops them, called before the next render and when reading mode closes.
 */
export function startReadingAids(scroller: HTMLElement, context: AidsContext): () => void {
	const {article, t, locale, resume} = context;
	const nav = scroller.querySelector<HTMLElement>('.cp-outline');
	const stopOutline = nav ? trackOutline(nav, scroller) : undefined;
	const doc = scroller.ownerDocument;
	const view = doc.defaultView;
	const progress = renderProgress(doc, article.readingMinutes, t, locale);
	const bar = scroller.querySelector('.cp-overlay-bar');
	bar?.prepend(progress.label);
	bar?.insertBefore(printAndSave(doc, context), bar.querySelector('.cp-exit'));
	bar?.append(progress.bar);
	const root = scroller.getRootNode();
	const stopPrint = root instanceof ShadowRoot ? followPrintMedia(root.host as HTMLElement) : undefined;

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
		stopPrint?.();
		scroller.removeEventListener('scroll', onScroll);
		scroller.removeEventListener('scrollend', save);
		if (frame && view) view.cancelAnimationFrame(frame);
	};
}

/** Print, and Save in a format of the copy's (the copy's default at first). */
function printAndSave(doc: Document, {article, t, locale, options, restored}: AidsContext): HTMLElement {
	const group = doc.createElement('span');
	group.className = 'cp-file-actions';
	const print = button(doc, t('print'));
	print.addEventListener('click', () => doc.defaultView?.print());
	const format = doc.createElement('select');
	format.className = 'cp-control cp-save-format';
	format.setAttribute('aria-label', t('saveFormat'));
	const names: Record<CopyFormat, string> = {text: 'formatText', markdown: 'formatMarkdown', html: 'formatHtml'};
	for (const value of COPY_FORMATS) {
		const option = doc.createElement('option');
		option.value = value;
		option.textContent = t(names[value]);
		format.append(option);
	}
	format.value = options.copyFormat;
	const save = button(doc, t('save'));
	save.addEventListener('click', () => {
		const file = savedFile(doc, format.value as CopyFormat, {article, restored: article.removed.filter((_, index) => restored.has(index)), options, t, locale});
		downloadFile(file, group);
	});
	group.append(print, save, format);
	return group;
}

function button(doc: Document, text: string): HTMLButtonElement {
	const el = doc.createElement('button');
	el.type = 'button';
	el.className = 'cp-control';
	el.textContent = text;
	return el;
}
