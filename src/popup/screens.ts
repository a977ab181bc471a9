import {t} from '../i18n.js';

/** Every popup state besides the article itself; each has its own screen, never a blank. */
export type ScreenName =
	| 'loading' | 'page-loading' | 'not-article' | 'restricted' | 'pdf' | 'file' | 'error' | 'too-large'
	| 'too-slow' | 'not-responding';

interface Screen {
	title: string;
	detail?: string;
	/** Label of the one button the screen offers, if any. */
	action?: string;
}

const SCREENS: Record<ScreenName, () => Screen> = {
	'loading': () => ({title: t('loading')}),
	'page-loading': () => ({title: t('pageLoadingTitle'), detail: t('pageLoadingDetail'), action: t('retry')}),
	'not-article': () => ({title: t('noArticleTitle'), detail: t('noArticleDetail'), action: t('showAnyway')}),
	'restricted': () => ({title: t('restrictedTitle'), detail: t('restrictedDetail')}),
	'pdf': () => ({title: t('restrictedTitle'), detail: t('pdfDetail')}),
	'file': () => ({title: t('restrictedTitle'), detail: t('fileDetail')}),
	'error': () => ({title: t('errorTitle'), action: t('retry')}),
	'too-large': () => ({title: t('tooLargeTitle'), action: t('readAnyway')}),
	'too-slow': () => ({title: t('tooSlowTitle'), detail: t('tooSlowDetail'), action: t('moreTime')}),
	'not-responding': () => ({title: t('notRespondingTitle'), detail: t('notRespondingDetail'), action: t('retry')}),
};

/**
 * Shows a state screen. `detail` overrides the screen's own detail (an error message,
 * the element count of a very large page); `onAction` runs on its button.
 */
export function showScreen(name: ScreenName, options: {detail?: string; onAction?: () => void} = {}): void {
	const screen = SCREENS[name]();
	document.body.dataset.state = name;
	document.querySelector('#screen-title')!.textContent = screen.title;
	document.querySelector('#screen-detail')!.textContent = options.detail ?? screen.detail ?? '';
	const button = document.querySelector<HTMLButtonElement>('#screen-action')!;
	button.hidden = !screen.action || !options.onAction;
	button.textContent = screen.action ?? '';
	button.onclick = options.onAction ?? null;
	document.querySelector('#article')!.replaceChildren();
	document.querySelector<HTMLElement>('#removed')!.hidden = true;
	if (!button.hidden) button.focus();
}
