// The keyboard command in the build as shipped, which has no host permissions: only the activeTab
// grant that Firefox gives on a command lets it read the page (docs/firefox-e2e.md, pitfall 5).
import type {Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {altShiftR, skipReason, type Firefox} from './firefox.js';
import {startFirefoxSession, stopFirefoxSession, type FirefoxSession} from './session.js';

const reason = skipReason();
if (reason) console.warn(`Firefox end-to-end tests skipped: ${reason}`);
const slow = 60_000;

describe.skipIf(reason !== null)('Firefox: the shipped build', () => {
	let session: FirefoxSession;
	let firefox: Firefox;
	let page: Page;

	beforeAll(async () => {
		session = await startFirefoxSession('firefox', 'seed-metro-wordpress-jetpack');
		expect(session.build.hostPermissions).toEqual([]);
		({firefox, page} = session);
	}, 2 * slow);

	afterAll(() => stopFirefoxSession(session), slow);

	it('toggles reading mode with the keyboard command under activeTab alone', async () => {
		const before = await page.evaluate(() => document.documentElement.outerHTML);
		const hosts = await page.evaluate(() => document.documentElement.childElementCount);
		await page.bringToFront();
		await firefox.pressShortcut(altShiftR);
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts + 1, {timeout: slow}, hosts);
		await firefox.pressShortcut(altShiftR);
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts, {timeout: slow}, hosts);
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
	}, 2 * slow);
});
