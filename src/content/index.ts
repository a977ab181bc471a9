/**
 * Content script, injected on demand by the popup and the background (scripting.executeScript),
 * possibly many times into the same page: the guard makes every injection after the first a no-op.
 * It answers runtime messages only (they come from this extension); window.postMessage is never read.
 */
import type {Article} from '../core/index.js';
import {t, uiLanguage} from '../i18n.js';
import {handleMessages, sendToRuntime} from '../messages.js';
import type {PageResult, ReadingModeState} from '../messages.js';
import {loadOptions, onOptionsChanged} from '../options/storage.js';
import {PATIENT_TIME_BUDGET_MS, TIME_BUDGET_MS} from '../limits.js';
import {pageState, pageStateOf} from '../page-states.js';
import {readPage} from './page-article.js';
import {ReadingMode} from './reading-mode.js';
import {installTestHooks, observedRead} from './test-hooks.js';

/** The test build counts reads and lets a test hold them (test-hooks.ts). */
const read = __CLEARPAGE_TEST__ ? observedRead(readPage) : readPage;

declare global {
	var __clearpageInstalled: boolean | undefined;
}

function install(): void {
	/**
	 * The last article read from this page (by the popup or a toggle), reused by reading mode.
	 * Keyed by URL: a page that moves to another address with history.pushState gets read
	 * afresh, while an open reading mode stays as it is (the reader chose that article, and
	 * the page changing its address underneath is no reason to throw them out of it).
	 */
	let cached: {url: string; article: Article} | undefined;
	let timeBudgetMs = TIME_BUDGET_MS;
	const readingMode = new ReadingMode(() => notify({open: false}));
	const inTurn = serially();

	handleMessages({
		async getArticle({force = false, patient = false}) {
			// A reader who said "Read it anyway" to a very large page also gave it more time.
			const result = await read({force, anySize: force || patient, timeBudgetMs: patient ? PATIENT_TIME_BUDGET_MS : timeBudgetMs});
			if (result.kind === 'article') {
				cached = {url: location.href, article: result};
				// A fresh read starts with nothing put back, as the popup shows it.
				readingMode.setRestored(result, []);
			}
			return result;
		},
		// In turn: each toggle decides from the state the one before it left, so rapid
		// toggles (a held shortcut, popup and shortcut together) flip once each, in order.
		setReadingMode: ({open}) => inTurn(async () => {
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
		}),
		getReadingMode: () => ({open: readingMode.isOpen}),
		// In turn with the toggles: Listen opens reading mode first when it is closed.
		listen: () => inTurn(async () => {
			if (!readingMode.isOpen) {
				readingMode.open(await articleForReading(), {t, locale: uiLanguage(), options: await loadOptions()});
				notify({open: true});
			}
			return {open: readingMode.isOpen, listening: await readingMode.listen()};
		}),
		setRestored: ({indexes}) => {
			if (cached) readingMode.setRestored(cached.article, indexes);
		},
	});
	onOptionsChanged(options => readingMode.update(options));

	/**
	 * The popup's article when there is one; else the page, read once and forced, whatever its
	 * size or look: asking for reading mode is asking to read this page.
	 */
	async function articleForReading(): Promise<Article> {
		if (cached?.url === location.href) return cached.article;
		const result = await read({force: true, anySize: true, timeBudgetMs});
		if (result.kind !== 'article') throw new Error(failure(result));
		cached = {url: location.href, article: result};
		return result;
	}

	if (__CLEARPAGE_TEST__) {
		installTestHooks({readingMode, setTimeBudget: ms => (timeBudgetMs = ms), timeBudget: () => timeBudgetMs});
	}
}

/** Why reading mode cannot open, in the words the popup uses for the same state. */
function failure(result: Exclude<PageResult, Article>): string {
	const state = pageState(pageStateOf(result));
	const said = t(state.refusal ?? state.title);
	return result.kind === 'error' ? `${said}: ${result.message}` : said;
}

/** Runs async tasks one at a time, in call order; a failed task does not stop the next. */
function serially(): <T>(task: () => Promise<T>) => Promise<T> {
	let last: Promise<unknown> = Promise.resolve();
	return task => {
		const run = last.then(task);
		last = run.catch(() => {});
		return run;
	};
}

/** Tells the background, which owns the badge; a missing background is no reason to fail. */
function notify(state: ReadingModeState): void {
	sendToRuntime('readingModeChanged', state).catch(() => {});
}

// `!== true`, not falsy: the page's named elements (<img id="__clearpageInstalled">) show through
// on the global object even in the content script's world, and would switch the extension off.
if (globalThis.__clearpageInstalled !== true) {
	globalThis.__clearpageInstalled = true;
	install();
}
