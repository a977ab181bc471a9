// Shared by the robustness e2e tests: what "the page is intact" and "the state is consistent" mean.
import {expect} from 'vitest';
import type {Page} from 'playwright-core';
import type {Extension} from './browser.js';
import {evaluateInContentWorld} from './content-world.js';

/** The page as the reader left it: markup byte for byte, scroll, typed values, focus. */
export function pageState(page: Page) {
	return page.evaluate(() => ({
		html: document.documentElement.outerHTML,
		scrollX: window.scrollX,
		scrollY: window.scrollY,
		fields: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(field => field.value),
		focus: document.activeElement?.id,
	}));
}

export const badge = (extension: Extension, tabId: number) =>
	extension.worker.evaluate(id => chrome.action.getBadgeText({tabId: id}), tabId);

export const overlayCount = (page: Page) => page.evaluate(() => document.querySelectorAll('clearpage-reader').length);

/** What the content script says about reading mode. */
export const openState = (page: Page) => evaluateInContentWorld<boolean>(page, 'Boolean(globalThis.__clearpageTest?.shadowRoot())');

/** Overlay in the page iff the content script says open, and the badge says the same, once it settles. */
export async function expectConsistent(extension: Extension, page: Page, tabId: number, open: boolean): Promise<void> {
	await expect.poll(() => overlayCount(page)).toBe(open ? 1 : 0);
	expect(await openState(page)).toBe(open);
	await expect.poll(() => badge(extension, tabId)).toBe(open ? 'ON' : '');
}

/** Injects the content script from the service worker, as the popup and the shortcut do. */
export async function inject(extension: Extension, tabId: number): Promise<void> {
	await extension.worker.evaluate(id => chrome.scripting.executeScript({target: {tabId: id}, files: ['content.js']}), tabId);
}

/**
 * Sets the content script's extraction budget. Tests of something else on a big page raise
 * it: on two shared cores a cold read of a 1 MB page can pass 2 s, and 'too-slow' is not
 * what they test. The too-slow test lowers it instead of needing a page minutes long.
 */
export async function setTimeBudget(extension: Extension, page: Page, tabId: number, ms: number): Promise<void> {
	await inject(extension, tabId);
	await evaluateInContentWorld(page, `globalThis.__clearpageTest.setTimeBudget(${ms})`);
}

export const toggleFromWorker = (extension: Extension, tabId: number) =>
	extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);

/** Opens the popup as a tab without waiting for it to finish, for tests that act mid-extraction. */
export async function startPopup(extension: Extension, tabId: number): Promise<Page> {
	const popup = await extension.context.newPage();
	await popup.setViewportSize({width: 420, height: 600});
	await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
	return popup;
}

/** Holds the page's reads at their start until releaseReads (the content script is injected first). */
export async function holdReads(extension: Extension, page: Page, tabId: number): Promise<void> {
	await inject(extension, tabId);
	await evaluateInContentWorld(page, 'globalThis.__clearpageTest.holdReads()');
}

export const releaseReads = (page: Page) => evaluateInContentWorld(page, 'globalThis.__clearpageTest.releaseReads()');

/** Reads of the page begun and ended, as the content script counts them. */
export const reads = (page: Page) => evaluateInContentWorld<{started: number; finished: number}>(page, 'globalThis.__clearpageTest.reads()');
