import {t, uiLanguage} from '../i18n.js';
import {pageState, pageStateOf} from '../page-states.js';
import type {Ask, NoArticle, PageStateName} from '../page-states.js';
import {notArticleText} from './not-article-text.js';

/**
 * Shows a state's screen (src/page-states.ts), never a blank. `detail` overrides the state's
 * own detail (an error message, the element count of a very large page); `onAction` runs on
 * its button, which is hidden without one.
 */
export function showScreen(name: PageStateName, options: {detail?: string; onAction?: () => void} = {}): void {
	const screen = pageState(name);
	document.body.dataset.state = name;
	document.querySelector('#screen-title')!.textContent = t(screen.title);
	document.querySelector('#screen-detail')!.textContent = options.detail ?? (screen.detail ? t(screen.detail) : '');
	const button = document.querySelector<HTMLButtonElement>('#screen-action')!;
	button.hidden = !screen.action || !options.onAction;
	button.textContent = screen.action ? t(screen.action.label) : '';
	button.onclick = options.onAction ?? null;
	document.querySelector('#article')!.replaceChildren();
	document.querySelector<HTMLElement>('#removed')!.hidden = true;
	if (!button.hidden) button.focus();
}

/** The screen for what the page answered instead of an article; its button asks again as the table says. */
export function showAnswer(result: NoArticle, asked: Ask, askAgain: (next: Ask) => void): void {
	const name = pageStateOf(result);
	const next = pageState(name).action?.next(asked, result);
	showScreen(name, {detail: detailOf(result), onAction: next && (() => askAgain(next))});
}

/** The page's own detail, where it said more than its state. */
function detailOf(result: NoArticle): string | undefined {
	switch (result.kind) {
		case 'not-article': return result.code === 'too-slow' ? undefined : notArticleText(result, t);
		case 'too-large': return t('tooLargeDetail', result.elements.toLocaleString(uiLanguage()));
		case 'error': return result.message;
		default: return undefined;
	}
}
