/**
 * Content script, injected on demand by the popup and the background (scripting.executeScript),
 * possibly many times into the same page: the guard makes every injection after the first a no-op.
 * It answers runtime messages only (they come from this extension); window.postMessage is never read.
 */
import type {Article} from '../core/index.js';
import {t, uiLanguage} from '../i18n.js';
import {handleMessages, sendToRuntime} from '../messages.js';
import type {ReadingModeState} from '../messages.js';
import {loadOptions, onOptionsChanged} from '../options/storage.js';
import {readPage} from './page-article.js';
import {ReadingMode} from './reading-mode.js';

declare global {
	// eslint-disable-next-line no-var
	var __clearpageInstalled: boolean | undefined;
	// eslint-disable-next-line no-var
	var __clearpageTest: {shadowRoot: () => ShadowRoot | undefined} | undefined;
}

function install(): void {
	/** The last article read from this page (by the popup or a toggle), reused by reading mode. */
	let cached: {url: string; article: Article} | undefined;
	const readingMode = new ReadingMode(() => notify({open: false}));

	handleMessages({
		async getArticle({force}) {
			const result = await readPage(force);
			if (result.kind === 'article') cached = {url: location.href, article: result};
			return result;
		},
		async setReadingMode({open}) {
			const wanted = open ?? !readingMode.isOpen;
			if (!wanted) {
				readingMode.close();
				return {open: false};
			}
			if (readingMode.isOpen) return {open: true};
			const article = await articleForReading();
			readingMode.open(article, {t, locale: uiLanguage(), options: await loadOptions()});
			notify({open: true});
			return {open: true};
		},
		getReadingMode: () => ({open: readingMode.isOpen}),
	});
	onOptionsChanged(options => readingMode.update(options));

	/** The popup's article when there is one; else the page, forced if need be (the reader asked for it). */
	async function articleForReading(): Promise<Article> {
		if (cached?.url === location.href) return cached.article;
		let result = await readPage();
		if (result.kind !== 'article') result = await readPage(true);
		if (result.kind !== 'article') throw new Error(t('noArticleTitle'));
		cached = {url: location.href, article: result};
		return result;
	}

	if (__CLEARPAGE_TEST__) globalThis.__clearpageTest = {shadowRoot: () => readingMode.shadowRoot};
}

/** Tells the background, which owns the badge; a missing background is no reason to fail. */
function notify(state: ReadingModeState): void {
	sendToRuntime('readingModeChanged', state).catch(() => {});
}

if (!globalThis.__clearpageInstalled) {
	globalThis.__clearpageInstalled = true;
	install();
}
