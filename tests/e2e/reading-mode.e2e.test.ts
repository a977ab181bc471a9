// Reading mode in Chromium: on, then off, gives back the page exactly; the command toggles it.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import type {TestServer} from './server.js';

/** Everything that must come back unchanged after reading mode. */
function pageState(page: Page) {
	return page.evaluate(() => ({
		html: document.documentElement.outerHTML,
		scrollX: window.scrollX,
		scrollY: window.scrollY,
		name: document.querySelector<HTMLInputElement>('#name')!.value,
		comment: document.querySelector<HTMLTextAreaElement>('#comment')!.value,
		focus: document.activeElement?.id,
	}));
}

describe.skipIf(skipReason)('reading mode in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	let page: Page;
	let tabId: number;
	const badge = () => extension.worker.evaluate(id => chrome.action.getBadgeText({tabId: id}), tabId);

	beforeAll(async () => {
		({server, extension} = await startSession());
	});
	afterAll(() => stopSession(server, extension));

	async function preparePage(): Promise<void> {
		({page, tabId} = await openPage(extension, server.page('form-article.html')));
		await page.fill('#comment', 'Typed before reading mode');
		await page.fill('#name', 'Ada');
		await page.evaluate(() => window.scrollTo(0, 900));
	}

	it('opens from the popup and closes with Esc, leaving the page exactly as it was', async () => {
		await preparePage();
		const before = await pageState(page);
		expect(before).toMatchObject({scrollY: 900, name: 'Ada', focus: 'name'});

		const popup = await openPopup(extension, tabId);
		const toggle = popup.getByRole('button', {name: /Reading mode/});
		await toggle.click();
		await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await expect.poll(badge).toBe('ON');

		// Page CSS hides `clearpage-reader` and paints everything red: neither reaches the overlay.
		expect(await page.locator('clearpage-reader').isVisible()).toBe(true);
		const title = await inOverlay<{text: string; color: string}>(page, `
			const title = root.querySelector('.cp-title');
			return {text: title.textContent, color: getComputedStyle(title).color};`);
		expect(title.text).toBe('Fog delays the harbour ferry again');
		expect(title.color).not.toBe('rgb(255, 0, 0)');

		await page.bringToFront();
		await page.keyboard.press('Escape');
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
		expect(await pageState(page)).toEqual(before);
		await expect.poll(badge).toBe('');
		await popup.close();
	});

	it('closes from the popup button too, with the same guarantees', async () => {
		await preparePage();
		const before = await pageState(page);
		const popup = await openPopup(extension, tabId);
		const toggle = popup.getByRole('button', {name: /Reading mode/});
		await toggle.click();
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await toggle.click();
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await pageState(page)).toEqual(before);
		await popup.close();
	});

	it('toggles with the keyboard command (its handler, through the service-worker hook)', async () => {
		await preparePage();
		const before = await pageState(page);
		const toggle = () => extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);
		expect(await toggle()).toEqual({open: true});
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		expect(await badge()).toBe('ON');
		expect(await toggle()).toEqual({open: false});
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
		expect(await badge()).toBe('');
		expect(await pageState(page)).toEqual(before);
	});
});
