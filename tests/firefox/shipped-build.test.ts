// The keyboard command in the build as shipped, which has no host permissions: only the activeTab
// grant that Firefox gives on a command lets it read the page (issue 4, "Permissions").
import type {Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {altShiftR, launchFirefox, skipReason, type Firefox} from './firefox.js';
import {serveFixtures, type FixtureServer} from './fixture-server.js';
import {copyBuild, type TestBuild} from './test-build.js';

const reason = skipReason();
if (reason) console.warn(`Firefox end-to-end tests skipped: ${reason}`);
const slow = 60_000;

describe.skipIf(reason !== null)('Firefox: the shipped build', () => {
	let build: TestBuild;
	let server: FixtureServer;
	let firefox: Firefox;
	let page: Page;

	beforeAll(async () => {
		build = await copyBuild('firefox');
		expect(build.hostPermissions).toEqual([]);
		server = await serveFixtures();
		firefox = await launchFirefox(build.dir, build.geckoId);
		page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
		await page.goto(server.url('seed-metro-wordpress-jetpack'));
	}, 2 * slow);

	afterAll(async () => {
		await firefox?.close();
		await server?.close();
		await build?.remove();
	}, slow);

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
