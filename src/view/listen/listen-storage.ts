/**
 * Listening settings, kept on this device (storage.local: voices are the device's own, so a voice
 * name is no use on another).
 */
import browser from 'webextension-polyfill';
import {DEFAULT_LISTEN, normalizeListen} from './settings.js';
import type {ListenSettings} from './settings.js';

const KEY = 'listen';

export async function loadListen(): Promise<ListenSettings> {
	try {
		return normalizeListen((await browser.storage.local.get(KEY))[KEY]);
	} catch {
		return {...DEFAULT_LISTEN, voices: {}};
	}
}

export async function saveListen(settings: ListenSettings): Promise<void> {
	await browser.storage.local.set({[KEY]: settings});
}
