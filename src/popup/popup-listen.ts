/**
 * The popup's Listen button: reading aloud happens in reading mode on the page, not in the
 * popup, so it goes on when the popup closes (in Chrome through the extension's tts engine,
 * since the page has had no click; in Firefox the page speaks).
 */
import {t} from '../i18n.js';
import {sendToTab} from '../messages.js';
import {TimedOut, withTimeout} from '../timeout.js';

/** Opening reading mode reads the page first when the popup has not: give it the popup's own patience. */
const LISTEN_TIMEOUT_MS = 15_000;

export async function listenInTab(tabId: number | undefined, ui: {announce(message: string): void; opened(): Promise<void>}): Promise<void> {
	if (tabId === undefined) return;
	try {
		const state = await withTimeout(sendToTab(tabId, 'listen', {}), LISTEN_TIMEOUT_MS);
		ui.announce(state.listening === 'playing' ? t('listenStarted') : state.listening === 'idle' ? t('listenNoVoices') : '');
		await ui.opened();
	} catch (error) {
		const why = error instanceof TimedOut ? t('notRespondingTitle') : error instanceof Error ? error.message : String(error);
		ui.announce(t('toggleFailed', why));
	}
}
