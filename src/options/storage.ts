/**
 * The one place option keys and defaults live (as fregante's options-storage). Stored in
 * storage.sync under a single key; anything missing or corrupt reads as the default.
 */
import browser from 'webextension-polyfill';
import type {ViewOptions} from '../view/view-options.js';
import {DEFAULT_VIEW_OPTIONS, normalizeViewOptions} from '../view/view-options.js';

export type {CopyFormat, ViewOptions} from '../view/view-options.js';
export {DEFAULT_VIEW_OPTIONS as DEFAULTS};

const KEY = 'options';

/** Reads the options; falls back to the defaults when storage is empty, corrupt or unavailable. */
export async function loadOptions(): Promise<ViewOptions> {
	try {
		const stored = await browser.storage.sync.get(KEY);
		return normalizeViewOptions(stored[KEY]);
	} catch {
		return {...DEFAULT_VIEW_OPTIONS};
	}
}

/** Saves a change on top of the current options. */
export async function saveOptions(change: Partial<ViewOptions>): Promise<ViewOptions> {
	const next = normalizeViewOptions({...(await loadOptions()), ...change});
	await browser.storage.sync.set({[KEY]: next});
	return next;
}

/** Calls back with the new options whenever they change, from any context. */
export function onOptionsChanged(callback: (options: ViewOptions) => void): void {
	browser.storage.onChanged.addListener((changes, area) => {
		if (area === 'sync' && KEY in changes) callback(normalizeViewOptions(changes[KEY]?.newValue));
	});
}
