/**
 * How far the reader is through the article, and the minutes left at the article's reading
 * speed: a thin bar (role=progressbar, named, with the same words as the text beside it).
 */
import {element} from './dom.js';
import {formatMinutes} from './render-article.js';
import type {Translate} from './translate.js';

/** The share of the article scrolled past, 0 to 1; an article that fits in the view is read at once. */
export function readFraction(scrollTop: number, scrollHeight: number, clientHeight: number): number {
	const scrollable = scrollHeight - clientHeight;
	if (scrollable <= 1) return 1;
	return Math.min(1, Math.max(0, scrollTop / scrollable));
}

/**
 * Whole minutes left, rounded up so the last paragraph still says one; none at the end. A few
 * seconds over a whole minute do not count: half of a 4-minute article scrolled to a pixel's
 * precision is 2 minutes left, not 3.
 */
export function minutesLeft(readingMinutes: number, fraction: number): number {
	if (fraction >= 0.995) return 0;
	return Math.max(1, Math.ceil(readingMinutes * (1 - fraction) - 0.05));
}

export interface ProgressView {
	/** The bar: a thin line along the bottom of the reading-mode bar. */
	bar: HTMLElement;
	/** "3 minutes left", in the interface's language. */
	label: HTMLElement;
	update(fraction: number): void;
}

export function renderProgress(doc: Document, readingMinutes: number, t: Translate, locale: string): ProgressView {
	const bar = element(doc, 'div', 'cp-progress');
	bar.setAttribute('role', 'progressbar');
	bar.setAttribute('aria-label', t('progressLabel'));
	bar.setAttribute('aria-valuemin', '0');
	bar.setAttribute('aria-valuemax', '100');
	const fill = element(doc, 'div', 'cp-progress-fill');
	bar.append(fill);
	const label = element(doc, 'span', 'cp-time-left');
	const update = (fraction: number) => {
		const percent = Math.round(fraction * 100);
		const left = minutesLeft(readingMinutes, fraction);
		const words = left === 0 ? t('progressDone') : t('minutesLeft', formatMinutes(left, locale));
		bar.setAttribute('aria-valuenow', String(percent));
		bar.setAttribute('aria-valuetext', `${new Intl.NumberFormat(locale, {style: 'percent'}).format(percent / 100)}, ${words}`);
		fill.style.inlineSize = `${percent}%`;
		label.textContent = words;
	};
	update(0);
	return {bar, label, update};
}
