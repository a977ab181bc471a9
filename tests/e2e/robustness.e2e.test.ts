// Reading mode under stress in Chromium: rapid toggles, toggles and popups during a slow
// extraction, reloads and history.pushState; the page always ends intact and the overlay,
// the content script's state and the badge agree.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import {badge, expectConsistent, holdReads, overlayCount, pageState, reads, releaseReads, startPopup, toggleFromWorker} from './robustness-helpers.js';
import type {TestServer} from './server.js';

describe.skipIf(skipReason)('reading mode under stress in Chromium', () => {
	let server: TestServer;
	let extension: Extension;

	beforeAll(async () => {
		({server, extension} = await startSession());
	});
	afterAll(() => stopSession(server, extension));

	async function formPage(): Promise<{page: Page; tabId: number}> {
		const opened = await openPage(extension, server.page('form-article.html'));
		await opened.page.fill('#comment', 'Typed before reading mode');
		await opened.page.fill('#name', 'Ada');
		await opened.page.evaluate(() => window.scrollTo(0, 900));
		return opened;
	}

	it('flips once per toggle over 100 rapid toggles and leaves the page byte for byte as it was', async () => {
		const {page, tabId} = await formPage();
		const before = await pageState(page);
		expect(before).toMatchObject({scrollY: 900, fields: ['Ada', 'Typed before reading mode'], focus: 'name'});

		// All at once through the shortcut's handler: each injects the script and toggles.
		const states = await extension.worker.evaluate(id => Promise.all(
			Array.from({length: 100}, () => globalThis.__test!.toggleInTab(id)),
		), tabId);
		expect(states.filter(state => state.open)).toHaveLength(50);
		await expectConsistent(extension, page, tabId, false);
		expect(await pageState(page)).toEqual(before);

		// The same through raw messages from the worker, an odd number: reading mode ends on.
		const raw = await extension.worker.evaluate(id => Promise.all(
			Array.from({length: 51}, () => chrome.tabs.sendMessage(id, {clearpage: 'setReadingMode', request: {}})),
		), tabId) as Array<{ok: boolean; value: {open: boolean}}>;
		expect(raw.filter(reply => reply.ok && reply.value.open)).toHaveLength(26);
		await expectConsistent(extension, page, tabId, true);

		await page.keyboard.press('Escape');
		await expectConsistent(extension, page, tabId, false);
		expect(await pageState(page)).toEqual(before);
	});

	it('marks the button with "!" and says why when the shortcut cannot open reading mode, and shows ON when it can', async () => {
		const title = (tabId: number) => extension.worker.evaluate(id => chrome.action.getTitle({tabId: id}), tabId);
		const command = (tabId: number) => extension.worker.evaluate(id => globalThis.__test!.runCommand(id), tabId);

		const browserPage = await openPage(extension, 'chrome://version/');
		await command(browserPage.tabId);
		expect(await badge(extension, browserPage.tabId)).toBe('!');
		expect(await title(browserPage.tabId)).toBe('Clearpage: reading mode could not start: Clearpage cannot read this page');
		await browserPage.page.close();

		const {page, tabId} = await formPage();
		await command(tabId);
		expect(await badge(extension, tabId)).toBe('ON');
		expect(await title(tabId)).toBe('Clearpage: reading mode is on');
		await command(tabId);
		await expectConsistent(extension, page, tabId, false);
	});

	it('keeps popup, overlay and badge in step when the page closes reading mode itself', async () => {
		const {page, tabId} = await formPage();
		const popup = await openPopup(extension, tabId);
		const toggle = popup.locator('#toggle');
		await toggle.click();
		await expectConsistent(extension, page, tabId, true);
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		await page.bringToFront();
		await page.keyboard.press('Escape');
		await expectConsistent(extension, page, tabId, false);
		await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
		await popup.close();
	});

	it('toggles during a running extraction and ends consistent, the page intact', async () => {
		const {page, tabId} = await formPage();
		const before = await pageState(page);
		await holdReads(extension, page, tabId);

		const popup = await startPopup(extension, tabId);
		await expect.poll(() => reads(page)).toEqual({started: 1, finished: 0});
		// The popup's read is under way; the shortcut's toggle starts its own beside it.
		const toggled = toggleFromWorker(extension, tabId);
		await expect.poll(() => reads(page)).toEqual({started: 2, finished: 0});
		await releaseReads(page);
		await popup.waitForSelector('body[data-state="article"]');
		expect(await toggled).toEqual({open: true});
		await expectConsistent(extension, page, tabId, true);
		await expect.poll(() => popup.locator('#toggle').getAttribute('aria-pressed')).toBe('true');
		expect(await inOverlay<string>(page, 'return root.querySelector(".cp-title").textContent')).toBe('Fog delays the harbour ferry again');

		await popup.locator('#toggle').click();
		await expectConsistent(extension, page, tabId, false);
		expect(await pageState(page)).toEqual(before);
		await popup.close();
	});

	it('shrugs off a popup closed mid-extraction: no overlay, no badge, and the next popup works', async () => {
		const {page, tabId} = await formPage();
		const before = await pageState(page);
		await holdReads(extension, page, tabId);
		const popup = await startPopup(extension, tabId);
		// The popup's read is under way, held at its start, when the popup goes.
		await expect.poll(() => reads(page)).toEqual({started: 1, finished: 0});
		await popup.close();
		await releaseReads(page);
		// The read ends with no popup to answer, and leaves nothing behind.
		await expect.poll(() => reads(page)).toEqual({started: 1, finished: 1});
		await expectConsistent(extension, page, tabId, false);
		expect(await pageState(page)).toEqual(before);

		const next = await openPopup(extension, tabId);
		expect(await next.getAttribute('body', 'data-state')).toBe('article');
		await next.close();
	});

	it('starts over after a reload: badge off, page fresh, a new popup works', async () => {
		const {page, tabId} = await formPage();
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: true});
		await expectConsistent(extension, page, tabId, true);

		await page.reload();
		await expect.poll(() => badge(extension, tabId)).toBe('');
		expect(await overlayCount(page)).toBe(0);
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('article');
		expect(await popup.locator('#toggle').getAttribute('aria-pressed')).toBe('false');
		await popup.locator('#toggle').click();
		await expectConsistent(extension, page, tabId, true);
		await popup.locator('#toggle').click();
		await expectConsistent(extension, page, tabId, false);
		await popup.close();
	});

	/**
	 * history.pushState while reading: the reader chose the article on screen, so reading mode
	 * stays on it (and the badge stays on). But the page now stands for another address, so
	 * the next read (popup, or reading mode opened again) reads the new page, not the cache.
	 */
	it('stays on the article through history.pushState, then reads the new address afresh', async () => {
		const {page, tabId} = await formPage();
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: true});
		await page.evaluate(() => {
			// What a single-page app does on its own: new address, new story in place of the old.
			history.pushState({}, '', '/pages/second-story');
			document.title = 'The lighthouse keeper retires';
			document.querySelector('article')!.innerHTML = `<h1>The lighthouse keeper retires</h1>${
				'<p>After forty winters on the rock, the keeper hands the lamp over to an automatic beacon and moves to a cottage in the village, where the foghorn is only a distant sound.</p>'.repeat(12)}`;
		});
		// Once the browser has told the extension the tab moved, reading mode is still on.
		await expect.poll(() => extension.worker.evaluate(async id => (await chrome.tabs.get(id)).url, tabId)).toMatch(/\/pages\/second-story$/);
		await expectConsistent(extension, page, tabId, true);
		expect(await inOverlay<string>(page, 'return root.querySelector(".cp-title").textContent')).toBe('Fog delays the harbour ferry again');

		const leave = await page.evaluate(() => {
			const copy = document.documentElement.cloneNode(true) as HTMLElement;
			copy.querySelector('clearpage-reader')?.remove();
			return copy.outerHTML;
		});
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: false});
		await expectConsistent(extension, page, tabId, false);
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(leave);

		expect(await toggleFromWorker(extension, tabId)).toEqual({open: true});
		expect(await inOverlay<string>(page, 'return root.querySelector(".cp-title").textContent')).toBe('The lighthouse keeper retires');
		const popup = await openPopup(extension, tabId);
		expect(await popup.textContent('.cp-title')).toBe('The lighthouse keeper retires');
		expect(await popup.locator('#toggle').getAttribute('aria-pressed')).toBe('true');
		await popup.locator('#toggle').click();
		await expectConsistent(extension, page, tabId, false);
		await popup.close();
	});
});
