/**
 * Wiring only: the keyboard command toggles reading mode in the active tab, and the
 * badge shows which tabs are in reading mode.
 */
import browser from 'webextension-polyfill';
import {t} from './i18n.js';
import {handleMessages, sendToTab} from './messages.js';
import type {ReadingModeState} from './messages.js';
import {injectContent} from './tabs.js';

declare global {
	// eslint-disable-next-line no-var
	var __test: {toggleInTab: typeof toggleInTab} | undefined;
}

handleMessages({
	async readingModeChanged({open}, sender) {
		if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, open);
	},
});

browser.commands.onCommand.addListener((command, tab) => {
	if (command !== 'toggle-reading-mode') return;
	toggleInTab(tab?.id).catch((error: unknown) => console.warn('Clearpage: cannot toggle reading mode here.', error));
});

/** The command handler: injects the content script and toggles reading mode in a tab (default: the active one). */
export async function toggleInTab(tabId?: number): Promise<ReadingModeState> {
	const id = tabId ?? (await browser.tabs.query({active: true, currentWindow: true}))[0]?.id;
	if (id === undefined) throw new Error('No active tab');
	await injectContent(id);
	const state = await sendToTab(id, 'setReadingMode', {});
	await showBadge(id, state.open);
	return state;
}

async function showBadge(tabId: number, open: boolean): Promise<void> {
	await browser.action.setBadgeBackgroundColor({tabId, color: '#0b57d0'});
	await browser.action.setBadgeText({tabId, text: open ? t('badgeOn') : ''});
	await browser.action.setTitle({tabId, title: t(open ? 'actionTitleOn' : 'actionTitle')});
}

/** The command cannot be pressed in a headless browser (docs e2e.md): tests call the handler here. */
globalThis.__test = {toggleInTab};
