/**
 * Popup: asks the current tab (or `?tabId=N`, used by the e2e tests) for its article and
 * shows it, or one screen per other state; reading-mode toggle, copy, put-back of removed blocks.
 */
import browser from 'webextension-polyfill';
import type {Tabs} from 'webextension-polyfill';
import type {Article} from '../core/index.js';
import {bundledFontUrl} from '../bundled-fonts.js';
import {localizePage, t, uiLanguage} from '../i18n.js';
import {handleMessages, sendToTab} from '../messages.js';
import {DEFAULTS, loadOptions, onOptionsChanged} from '../options/storage.js';
import type {CopyFormat, ViewOptions} from '../options/storage.js';
import {DOM_READY_WAIT_MS, PATIENT_TIME_BUDGET_MS, TIME_BUDGET_MS} from '../limits.js';
import {fileAccessAllowed, injectContent, namedLikePdf, restrictionOf} from '../tabs.js';
import {TimedOut, withTimeout} from '../timeout.js';
import {applyViewOptions} from '../view/apply-options.js';
import {buildCopy} from '../view/copy-content.js';
import type {CopyInput} from '../view/copy-content.js';
import {renderArticle} from '../view/render-article.js';
import {writeClipboard} from './clipboard.js';
import {listenInTab} from './popup-listen.js';
import {addFileActions, followArticleView} from './popup-aids.js';
import {renderRemovedList} from './removed-list.js';
import {showAnswer, showScreen} from './screens.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const toggleButton = $<HTMLButtonElement>('#toggle');
const listenButton = $<HTMLButtonElement>('#listen');
const copyButton = $<HTMLButtonElement>('#copy');
const formatSelect = $<HTMLSelectElement>('#copy-format');

let options: ViewOptions = {...DEFAULTS};
let article: Article | undefined;
let restored = new Set<number>();
let tabId: number | undefined;

async function targetTab(): Promise<Tabs.Tab | undefined> {
	const requested = new URLSearchParams(location.search).get('tabId');
	if (requested !== null && /^\d+$/.test(requested)) return browser.tabs.get(Number(requested));
	return (await browser.tabs.query({active: true, currentWindow: true}))[0];
}

/**
 * A healthy tab takes the content script in milliseconds; a tab frozen by its own scripts
 * neither takes nor refuses it, so past this the popup says the page is not responding.
 */
const INJECT_TIMEOUT_MS = 5000;
/** The content script answers within its own waits (page still loading, extraction budget); past them and some slack, the page is stuck. */
const ANSWER_TIMEOUT_MS = DOM_READY_WAIT_MS + TIME_BUDGET_MS + 3000;
const PATIENT_ANSWER_TIMEOUT_MS = DOM_READY_WAIT_MS + PATIENT_TIME_BUDGET_MS + 3000;

/** Counts loads, so a late answer to an earlier one (before "Try again") never replaces the latest. */
let loads = 0;

/** `force`: past the not-article and size checks; `patient`: past the size check, with the longer time budget. */
async function load(force = false, patient = false): Promise<void> {
	const current = ++loads;
	const stale = () => current !== loads;
	showScreen('loading');
	setControls(false);
	const retry = () => void load(force, patient);
	const [tab, fileAccess] = await Promise.all([targetTab().catch(() => undefined), fileAccessAllowed()]);
	if (stale()) return;
	if (tab?.id === undefined) return showScreen('error', {detail: t('noTab')});
	tabId = tab.id;
	const restriction = restrictionOf(tab.url, fileAccess);
	if (restriction) return showScreen(restriction);
	if (tab.status === 'loading') showScreen('page-loading');
	try {
		await withTimeout(injectContent(tabId), INJECT_TIMEOUT_MS);
	} catch (error) {
		if (stale()) return;
		if (error instanceof TimedOut) return showScreen('not-responding', {onAction: retry});
		// The browser refused the script: a privileged page the URL check did not know, or a PDF viewer.
		return showScreen(namedLikePdf(tab.url) ? 'pdf' : 'restricted');
	}
	// User Timing mark, read by the e2e tests that act while the page is being read.
	performance.mark('clearpage:asked');
	const asked = sendToTab(tabId, 'getArticle', {force, patient});
	const result = await withTimeout(asked, patient ? PATIENT_ANSWER_TIMEOUT_MS : ANSWER_TIMEOUT_MS).catch((error: unknown) => (
		error instanceof TimedOut
			? {kind: 'not-responding' as const}
			: {kind: 'error' as const, message: error instanceof Error ? error.message : String(error)}
	));
	await optionsReady;
	if (stale()) return;
	if (result.kind === 'article') return showArticle(result);
	showAnswer(result, {force, patient}, next => void load(next.force, next.patient));
}

async function showArticle(next: Article): Promise<void> {
	article = next;
	restored = new Set();
	document.body.dataset.state = 'article';
	renderView();
	setControls(true);
	// User Timing mark, read by bench:browser: milliseconds from popup navigation to article shown.
	performance.mark('clearpage:article-shown');
	await syncToggle();
}

/** The toggle shows what the tab says now (answers to earlier asks may come late or never). */
async function syncToggle(): Promise<void> {
	if (tabId === undefined) return;
	const state = await withTimeout(sendToTab(tabId, 'getReadingMode', {}), ANSWER_TIMEOUT_MS).catch(() => undefined);
	if (state) toggleButton.setAttribute('aria-pressed', String(state.open));
}

function renderView(): void {
	if (!article) return;
	const view = renderArticle(document, article, {t, locale: uiLanguage(), options, restored});
	$('#article').replaceChildren(view);
	followArticleView(view);
	renderRemovedList(article.removed, restored, next => {
		restored = next;
		renderView();
		// An open reading mode shows them too, in their places.
		if (tabId !== undefined) sendToTab(tabId, 'setRestored', {indexes: [...next]}).catch(() => {});
	});
}

function setControls(enabled: boolean): void {
	for (const control of [toggleButton, listenButton, copyButton, formatSelect]) control.disabled = !enabled;
}

async function toggleReadingMode(): Promise<void> {
	if (tabId === undefined) return;
	const open = toggleButton.getAttribute('aria-pressed') !== 'true';
	try {
		const state = await withTimeout(sendToTab(tabId, 'setReadingMode', {open}), ANSWER_TIMEOUT_MS);
		toggleButton.setAttribute('aria-pressed', String(state.open));
	} catch (error) {
		const why = error instanceof TimedOut ? t('notRespondingTitle') : error instanceof Error ? error.message : String(error);
		announce(t('toggleFailed', why));
	}
}

async function copy(): Promise<void> {
	if (!article) return;
	const content = buildCopy(document, formatSelect.value as CopyFormat, copyInput(article));
	announce(t((await writeClipboard(content)) ? 'copied' : 'copyRefused'));
}

/** What the copy and Save take: the article with the blocks put back, and the copy options. */
function copyInput(shown: Article): CopyInput {
	return {article: shown, restored: shown.removed.filter((_, index) => restored.has(index)), options, t, locale: uiLanguage()};
}

function announce(message: string): void {
	$('#copy-status').textContent = message;
}

function applyOptions(next: ViewOptions): void {
	options = next;
	applyViewOptions(document.body, options, bundledFontUrl);
	formatSelect.value = options.copyFormat;
	renderView();
}

localizePage();
toggleButton.addEventListener('click', () => void toggleReadingMode());
listenButton.addEventListener('click', () => void listenInTab(tabId, {announce, opened: syncToggle}));
copyButton.addEventListener('click', () => void copy());
formatSelect.addEventListener('change', () => announce(''));
$('#open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
onOptionsChanged(applyOptions);
addFileActions($('#open-options'), () => article && copyInput(article), () => formatSelect.value as CopyFormat);
// Reading mode also changes without the popup (Esc, the exit button, the shortcut): follow it.
handleMessages({
	async readingModeChanged(_state, sender) {
		if (tabId !== undefined && sender.tab?.id === tabId) await syncToggle();
	},
});
// Options and the page are fetched side by side; the article waits for the options only at the end.
const optionsReady = loadOptions().then(applyOptions);
void load();
