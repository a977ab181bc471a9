/**
 * Wiring only: the keyboard command toggles reading mode in the active tab, and the
 * badge shows which tabs are in reading mode, or "!" with the reason in its tooltip when the
 * command could not open it (there is no popup to say so).
 */
import browser from 'webextension-polyfill';
import {t} from './i18n.js';
import {handleMessages, sendToTab} from './messages.js';
import type {ReadingModeState} from './messages.js';
import {injectContent} from './tabs.js';
import {TimedOut, withTimeout} from './timeout.js';
import {relayTts} from './tts-relay.js';

declare global {
	var __test: {toggleInTab: typeof toggleInTab; runCommand: typeof runCommand; runListen: typeof runListen} | undefined;
}

/** A tab that does not say within this time whether reading mode is on keeps its badge as it is. */
const ASK_TAB_MS = 2000;

handleMessages({
	async readingModeChanged(_state, sender) {
		if (sender.tab?.id !== undefined) await syncBadge(sender.tab.id);
	},
});

browser.commands.onCommand.addListener((command, tab) => {
	if (command === 'toggle-reading-mode') void runCommand(tab?.id);
	if (command === 'listen') void runListen(tab?.id);
});

relayTts();

/** The Listen shortcut: reads the article aloud in reading mode, or pauses and resumes. */
async function runListen(tabId?: number): Promise<void> {
	const id = tabId ?? (await browser.tabs.query({active: true, currentWindow: true}))[0]?.id;
	if (id === undefined) return;
	try {
		await injectContent(id);
		await sendToTab(id, 'listen', {});
		await syncBadge(id);
	} catch (error) {
		await showFailure(id, error instanceof Error ? error.message : String(error));
	}
}

/** The keyboard command: toggles reading mode, or says on the button why it cannot. */
async function runCommand(tabId?: number): Promise<void> {
	const id = tabId ?? (await browser.tabs.query({active: true, currentWindow: true}))[0]?.id;
	if (id === undefined) return;
	try {
		await toggleInTab(id);
	} catch (error) {
		await showFailure(id, error instanceof Error ? error.message : String(error));
	}
}

/** Injects the content script and toggles reading mode in a tab. */
export async function toggleInTab(tabId: number): Promise<ReadingModeState> {
	try {
		await injectContent(tabId);
	} catch {
		// The browser's own words name its internals; the popup says the same in the reader's.
		throw new Error(t('restrictedTitle'));
	}
	const state = await sendToTab(tabId, 'setReadingMode', {});
	await syncBadge(tabId);
	return state;
}

/**
 * Sets the badge from what the tab says now, not from the message that asked: answers and
 * notices of rapid toggles arrive in any order, and the last one to arrive need not be the
 * last state. Calls during a sync make it ask once more, so the badge ends on the final state.
 */
const syncing = new Map<number, {again: boolean; done: Promise<void>}>();

function syncBadge(tabId: number): Promise<void> {
	const running = syncing.get(tabId);
	if (running) {
		running.again = true;
		return running.done;
	}
	const entry = {again: false, done: Promise.resolve()};
	syncing.set(tabId, entry);
	entry.done = (async () => {
		try {
			do {
				entry.again = false;
				const open = await isOpenIn(tabId);
				if (open !== undefined) await showBadge(tabId, open);
			} while (entry.again);
		} finally {
			syncing.delete(tabId);
		}
	})();
	return entry.done;
}

/** Whether reading mode is on in a tab; false with no content script there, undefined if the tab is too busy to say. */
async function isOpenIn(tabId: number): Promise<boolean | undefined> {
	try {
		return (await withTimeout(sendToTab(tabId, 'getReadingMode', {}), ASK_TAB_MS)).open;
	} catch (error) {
		return error instanceof TimedOut ? undefined : false;
	}
}

async function showBadge(tabId: number, open: boolean): Promise<void> {
	try {
		await browser.action.setBadgeBackgroundColor({tabId, color: '#0b57d0'});
		await browser.action.setBadgeText({tabId, text: open ? t('badgeOn') : ''});
		await browser.action.setTitle({tabId, title: t(open ? 'actionTitleOn' : 'actionTitle')});
	} catch {
		// The tab closed meanwhile: there is no badge left to set.
	}
}

async function showFailure(tabId: number, reason: string): Promise<void> {
	try {
		await browser.action.setBadgeBackgroundColor({tabId, color: '#b3261e'});
		await browser.action.setBadgeText({tabId, text: '!'});
		await browser.action.setTitle({tabId, title: t('actionTitleFailed', reason)});
	} catch {
		// The tab closed meanwhile.
	}
}

/** The command cannot be pressed in a headless browser (docs/e2e.md): tests call the handlers here. */
if (__CLEARPAGE_TEST__) globalThis.__test = {toggleInTab, runCommand, runListen};
