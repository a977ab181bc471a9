// What each Firefox test file starts and stops: a copy of one build in headless Firefox, the
// shared test server (tests/e2e/server.ts), and a first tab on one fixture page.
import type {Page} from 'puppeteer-core';
import {startServer, type TestServer} from '../e2e/server.js';
import {gotoPage, launchFirefox, type Firefox} from './firefox.js';
import {copyBuild, type TestBuild} from './test-build.js';

export interface FirefoxSession {
	build: TestBuild;
	server: TestServer;
	firefox: Firefox;
	/** The first tab, showing `pageUrl`. */
	page: Page;
	pageUrl: string;
}

export async function startFirefoxSession(name: 'firefox' | 'test-firefox', slug: string): Promise<FirefoxSession> {
	const build = await copyBuild(name);
	const server = await startServer();
	const firefox = await launchFirefox(build.dir, build.geckoId);
	const pageUrl = server.fixture(slug);
	const page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
	await gotoPage(page, pageUrl);
	return {build, server, firefox, page, pageUrl};
}

/** Stops what startFirefoxSession started; nothing when it failed before it returned. */
export async function stopFirefoxSession(session: FirefoxSession | undefined): Promise<void> {
	await session?.firefox.close();
	await session?.server.close();
	await session?.build.remove();
}
