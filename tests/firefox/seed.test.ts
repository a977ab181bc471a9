// The test build in Debian's firefox-esr, headless, on the seed fixture (docs/firefox-e2e.md): the popup
// opened as a tab with ?tabId=N, reading mode toggled with the real shortcut.
import type {Browser as WebExtensions} from 'webextension-polyfill';
import type {Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fold, loadFixture} from '../helpers.js';
import {altShiftR, skipReason, type Firefox} from './firefox.js';
import {startFirefoxSession, stopFirefoxSession, type FirefoxSession} from './session.js';
import {readPopup} from './read-popup.js';

/** The extension API as pages of the extension see it; only used inside `evaluate()` callbacks. */
declare const browser: WebExtensions;

const seed = loadFixture('seed-metro-wordpress-jetpack');
const expected = seed.expected;
const reason = skipReason();
if (reason) console.warn(`Firefox end-to-end tests skipped: ${reason}`);

// Two slow cores: launching Firefox alone has taken 2-10 s.
const slow = 60_000;

describe.skipIf(reason !== null)('Firefox: the seed fixture', () => {
	let session: FirefoxSession;
	let firefox: Firefox;
	let page: Page;
	let extensionTab: Page;
	let tabId: number;

	beforeAll(async () => {
		session = await startFirefoxSession('test-firefox', seed.slug);
		// Without it an extension tab cannot see tab URLs or script the page (docs/firefox-e2e.md, pitfall 5).
		expect(session.build.hostPermissions).toContain('http://127.0.0.1/*');
		({firefox, page} = session);
		extensionTab = await firefox.browser.newPage();
		await firefox.gotoExtensionPage(extensionTab, 'popup.html');
		// tabs.query({url}) ignores the port, so filter by hand (docs/firefox-e2e.md, pitfall 4).
		tabId = await extensionTab.evaluate(async url => {
			const tab = (await browser.tabs.query({})).find(candidate => candidate.url === url);
			if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
			return tab.id;
		}, session.pageUrl);
	}, 2 * slow);

	afterAll(() => stopFirefoxSession(session), slow);

	it('popup.html?tabId=N shows the article with its captions and credits apart, and no clutter', async () => {
		await firefox.gotoExtensionPage(extensionTab, `popup.html?tabId=${tabId}`);
		const popup = await readPopup(extensionTab);
		expect(popup.headings).toContain(expected.title);
		expect(popup.headings).toContain('Captions');
		const body = fold(popup.bodyText);
		for (const sentence of expected.mustContain ?? []) expect(body).toContain(fold(sentence));
		// The seed lists its captions and credits as clutter too: they belong in the Captions section, not the body.
		for (const clutter of expected.mustNotContain ?? []) expect(body).not.toContain(fold(clutter));
		expect(popup.captions.map(caption => caption.text)).toEqual(expected.captions?.map(caption => caption.text));
		for (const [index, caption] of (expected.captions ?? []).entries()) {
			expect(popup.captions[index]?.credit).toContain(caption.credit);
		}
	}, slow);

	it('the keyboard command turns reading mode on and off and gives the page back unchanged', async () => {
		await page.bringToFront();
		const before = await page.evaluate(() => document.documentElement.outerHTML);
		// The overlay is one host element added to <html> (src/content/reading-mode.ts); count, do not name it.
		const hosts = await page.evaluate(() => document.documentElement.childElementCount);

		await firefox.pressShortcut(altShiftR);
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts + 1, {timeout: slow}, hosts);
		const overlay = fold(await overlayText(extensionTab, tabId));
		expect(overlay).toContain(expected.title);
		expect(overlay).toContain(fold(expected.mustContain?.[0] ?? ''));
		await waitForBadge(extensionTab, tabId, true);

		await firefox.pressShortcut(altShiftR);
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts, {timeout: slow}, hosts);
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
		await waitForBadge(extensionTab, tabId, false);
	}, 2 * slow);
});

/**
 * The text inside the overlay's closed shadow root. Page scripts cannot see into it, so read it from
 * a content script of the test, where Firefox offers `Element.openOrClosedShadowRoot` (MDN, Firefox-only).
 */
async function overlayText(extensionTab: Page, tabId: number): Promise<string> {
	return extensionTab.evaluate(async tabId => {
		const [injection] = await browser.scripting.executeScript({
			target: {tabId},
			func: () => [...document.documentElement.children]
				.map(host => (host as Element & {openOrClosedShadowRoot: ShadowRoot | null}).openOrClosedShadowRoot?.textContent ?? '')
				.join('\n'),
		});
		if (typeof injection?.result !== 'string') throw new Error(`reading the overlay failed: ${JSON.stringify(injection)}`);
		return injection.result;
	}, tabId);
}

/** Waits for the toolbar badge of a tab to show reading mode on (any text) or off (none); the background sets it last. */
async function waitForBadge(extensionTab: Page, tabId: number, on: boolean): Promise<void> {
	await extensionTab.waitForFunction(async (tabId, on) => ((await browser.action.getBadgeText({tabId})) !== '') === on, {timeout: slow}, tabId, on);
}
