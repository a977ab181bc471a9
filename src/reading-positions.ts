/**
 * Where the reader left each article in reading mode, so reopening it returns there. Kept in
 * storage.local (this browser only), under a hash of the address rather than the address, and
 * bounded: the oldest entries go past MAX_POSITIONS.
 */
import browser from 'webextension-polyfill';
import {normalizePositions, positionKey, withPosition} from './position-list.js';
import type {PositionEntry} from './position-list.js';

const KEY = 'readingPositions';

async function loadAll(): Promise<PositionEntry[]> {
	try {
		return normalizePositions((await browser.storage.local.get(KEY))[KEY]);
	} catch {
		return [];
	}
}

export async function loadPosition(url: string): Promise<number | undefined> {
	const key = positionKey(url);
	return (await loadAll()).find(([other]) => other === key)?.[1];
}

/** Remembers a position; the start and the end of an article are not worth returning to, and are forgotten. */
export async function savePosition(url: string, fraction: number): Promise<void> {
	const worth = fraction > 0.02 && fraction < 0.98;
	const entries = await loadAll();
	await browser.storage.local.set({[KEY]: withPosition(entries, url, worth ? fraction : null, Date.now())}).catch(() => {});
}
