/// <reference types="chrome" />
// Chromium with the test build loaded, as docs/e2e.md describes: playwright-core, Debian's chromium,
// a persistent context in a fresh temp profile, the popup opened as a tab with ?tabId=N.
import {existsSync} from 'node:fs';
import {cp, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import type {BrowserContext, Page, Worker} from 'playwright-core';
import {startServer} from './server.js';
import type {TestServer} from './server.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const extensionDir = fileURLToPath(new URL('../../dist/test-chrome/', import.meta.url));

/**
 * Why the browser tests cannot run here, or undefined when they can. Without Chromium they
 * skip locally; under CI they must run, so a missing browser fails instead of skipping.
 */
export const skipReason: string | undefined = existsSync(chromiumPath) || process.env.CI
	? undefined
	: `Chromium e2e skipped: ${chromiumPath} not found (apt-get install -y chromium; set CI=1 to make this an error)`;
if (skipReason) console.warn(skipReason);

export interface Extension {
	context: BrowserContext;
	worker: Worker;
	id: string;
	close(): Promise<void>;
}

/**
 * `uiLanguage` sets the browser's interface language, which the extension's messages follow
 * (with Debian's chromium-l10n installed; without it Chromium's own interface stays en-US).
 * `extension` loads another build than dist/test-chrome, e.g. a copy a test altered.
 */
export async function launchExtension(options: {colorScheme?: 'light' | 'dark'; uiLanguage?: string; extension?: string; speech?: Record<string, string>} = {}): Promise<Extension> {
	const source = options.extension ?? extensionDir;
	if (!existsSync(join(source, 'manifest.json'))) throw new Error(`${source} is missing: run \`npm run build\` first`);
	// Chromium reads an unpacked extension's files while it runs (popup.html when a popup opens):
	// a copy keeps a rebuild of dist/ during the tests from pulling files out from under it.
	const extension = await mkdtemp(join(tmpdir(), 'clearpage-chrome-build-'));
	await cp(source, extension, {recursive: true});
	const profile = await mkdtemp(join(tmpdir(), 'clearpage-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		colorScheme: options.colorScheme ?? 'light',
		viewport: {width: 1000, height: 800},
		// Chromium on Linux takes its interface language from LANGUAGE (and --lang elsewhere).
		...options.uiLanguage || options.speech ? {env: {...process.env, ...options.uiLanguage ? {LANGUAGE: options.uiLanguage} : {}, ...options.speech}} : {},
		args: [
			// `speech`: the environment of a speech engine (speech-env.ts); Chromium on Linux speaks only with this switch.
			...options.speech ? ['--enable-speech-dispatcher'] : [],
			...options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [],
			`--disable-extensions-except=${extension}`,
			`--load-extension=${extension}`,
			'--disable-gpu', '--disable-quic', '--disable-sync',
			// Fixtures link to images on their original hosts: fail those at once instead of
			// waiting for DNS, so page loads are quick and the test machine needs no network.
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
		],
	});
	const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
	return {
		context,
		worker,
		id: new URL(worker.url()).host,
		async close() {
			await context.close();
			await rm(profile, {recursive: true, force: true});
			await rm(extension, {recursive: true, force: true});
		},
	};
}

/**
 * The id of the tab showing `url`, seen from the service worker; the active tab when the
 * URL is hidden from the extension (chrome:// pages are outside its host permission).
 */
export async function tabIdOf(extension: Extension, url: string): Promise<number> {
	const id = await extension.worker.evaluate(async wanted => {
		const tabs = await chrome.tabs.query({});
		const active = await chrome.tabs.query({active: true, lastFocusedWindow: true});
		return (tabs.find(tab => tab.url === wanted) ?? active[0])?.id;
	}, url);
	if (id === undefined) throw new Error(`no tab shows ${url}`);
	return id;
}

/** Opens `url` in the first tab and returns it with its tab id. */
export async function openPage(extension: Extension, url: string): Promise<{page: Page; tabId: number}> {
	const page = extension.context.pages()[0] ?? await extension.context.newPage();
	await page.goto(url);
	await page.bringToFront();
	return {page, tabId: await tabIdOf(extension, page.url())};
}

/** The popup as a tab, reading tab `tabId`; resolves once it left the loading state. */
export async function openPopup(extension: Extension, tabId: number): Promise<Page> {
	const popup = await extension.context.newPage();
	await popup.setViewportSize({width: 420, height: 600});
	await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
	// "loading" and "page-loading" (the tab still loading) are states the popup leaves on its own.
	await popup.waitForSelector('body:not([data-state="loading"]):not([data-state="page-loading"])');
	return popup;
}

export async function optionsPage(extension: Extension): Promise<Page> {
	const page = await extension.context.newPage();
	await page.goto(`chrome-extension://${extension.id}/options.html`);
	await page.waitForSelector('input[name="theme"]:checked');
	return page;
}

/**
 * What a test file's beforeAll starts: the local page server and Chromium with the extension,
 * with clipboard access when the file copies.
 */
export async function startSession(options: {clipboard?: boolean; uiLanguage?: string; speech?: Record<string, string>} = {}): Promise<{server: TestServer; extension: Extension}> {
	const server = await startServer();
	const extension = await launchExtension({uiLanguage: options.uiLanguage, speech: options.speech});
	if (options.clipboard) await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
	return {server, extension};
}

/** What its afterAll stops; either may be missing when beforeAll failed half-way. */
export async function stopSession(server: TestServer | undefined, extension: Extension | undefined): Promise<void> {
	await extension?.close();
	await server?.close();
}
