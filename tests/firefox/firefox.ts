// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, as docs/firefox-e2e.md describes.
// The numbered pitfalls cited below are the ones listed there.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Why the Firefox tests cannot run here, or null. Under CI a missing Firefox is a failure, never a skip. */
export function skipReason(): string | null {
	if (existsSync(firefoxPath) || process.env.CI) return null;
	return `${firefoxPath} is missing (apt-get install firefox-esr); set CI=1 to make that a failure`;
}

/** Raw BiDi command channel that puppeteer keeps for itself (pitfalls 2 and 6 need it). */
interface BidiConnection {
	send(method: string, params: object): Promise<{result: unknown}>;
}

export interface Firefox {
	browser: Browser;
	/** `moz-extension://<uuid>`, pinned so tests know the extension's origin in advance (pitfall 3). */
	base: string;
	/** The folder downloads land in, without asking: one per launch, removed on close. */
	downloads: string;
	/** Navigate a tab to an extension page; `page.goto()` never resolves for moz-extension:// (pitfall 2). */
	gotoExtensionPage(page: Page, path: string): Promise<void>;
	/** Type the manifest's command shortcut into the browser window, where `commands` listens (pitfall 6). */
	pressShortcut(keys: Key[]): Promise<void>;
	/**
	 * Lays the selected tab out for `medium` ('print', or '' for the screen again), as the developer
	 * tools' print simulation does: BiDi has no media emulation in Firefox, and puppeteer's needs CDP.
	 */
	emulateMedium(medium: string): Promise<void>;
	close(): Promise<void>;
}

export interface Key {
	key: string;
	code: string;
	keyCode: number;
}

/** Alt+Shift+R, the suggested key of `toggle-reading-mode` in manifest.json. */
export const altShiftR: Key[] = [
	{key: 'Alt', code: 'AltLeft', keyCode: 18},
	{key: 'Shift', code: 'ShiftLeft', keyCode: 16},
	{key: 'R', code: 'KeyR', keyCode: 82},
];

/**
 * Launches headless Firefox and installs `extensionDir` as a temporary add-on.
 * [uuid] is fixed per run so the extension's URLs are known before it is installed.
 */
export async function launchFirefox(extensionDir: string, geckoId: string, uuid = '6d1c1f0e-2b7a-4c55-9a1e-6f1ac1ea9a9e', env?: Record<string, string>): Promise<Firefox> {
	const downloads = mkdtempSync(join(tmpdir(), 'clearpage-firefox-downloads-'));
	const browser = await puppeteer.launch({
		// `env`: e.g. a speech engine's (tests/e2e/speech-env.ts); the speech-dispatcher Firefox starts inherits it.
		...env ? {env: {...process.env, ...env}} : {},
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: true,
		protocol: 'webDriverBiDi',
		// Lets BiDi open moz-extension:// pages and script the chrome window (pitfall 1). Test-only power.
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			'extensions.webextensions.uuids': JSON.stringify({[geckoId]: uuid}),
			// Fixtures link to made-up hosts (newsroom.example…); Firefox spent about 5 s per page resolving them.
			// A proxy on a closed port fails those requests at once; 127.0.0.1 is never proxied.
			'network.proxy.type': 1,
			'network.proxy.http': '127.0.0.1',
			'network.proxy.http_port': 9,
			'network.proxy.ssl': '127.0.0.1',
			'network.proxy.ssl_port': 9,
			'browser.download.folderList': 2,
			'browser.download.dir': downloads,
			'browser.download.useDownloadDir': true,
		},
		protocolTimeout: 120_000,
	});
	try {
		// `enableExtensions` does not await the install (pitfall 8).
		const installed = await browser.installExtension(extensionDir);
		if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
		const connection = (browser as unknown as {connection: BidiConnection}).connection;
		const tree = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome'});
		const chromeWindow = (tree.result as {contexts: {context: string}[]}).contexts[0]?.context;
		if (!chromeWindow) throw new Error('no chrome window in the BiDi tree');
		const inChromeWindow = (expression: string) =>
			connection.send('script.evaluate', {target: {context: chromeWindow}, awaitPromise: true, expression});
		return {
			browser,
			base: `moz-extension://${uuid}`,
			downloads,
			async gotoExtensionPage(page, path) {
				const frame = page.mainFrame() as unknown as {browsingContext: {navigate(url: string, wait: string): Promise<unknown>}};
				await frame.browsingContext.navigate(`moz-extension://${uuid}/${path}`, 'complete');
			},
			async pressShortcut(keys) {
				// nsITextInputProcessor sends real key events to the focused browser window; BiDi input only reaches the page.
				await inChromeWindow(`(() => {
					const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
					tip.beginInputTransactionForTests(window);
					const events = ${JSON.stringify(keys)}.map((init) => new KeyboardEvent('', init));
					for (const event of events) tip.keydown(event);
					for (const event of events.reverse()) tip.keyup(event);
				})()`);
			},
			async emulateMedium(medium) {
				await inChromeWindow(`gBrowser.selectedBrowser.browsingContext.mediumOverride = ${JSON.stringify(medium)}`);
			},
			async close() {
				await browser.close();
				rmSync(downloads, {recursive: true, force: true});
			},
		};
	} catch (error) {
		await browser.close();
		rmSync(downloads, {recursive: true, force: true});
		throw error;
	}
}

/**
 * `page.goto(url)` for a test page, once more when Firefox drops the navigation: right after start
 * (or after another navigation) its BiDi agent may reject the commit ("Address rejected"), as CI saw,
 * though the page itself is fine. A second failure is the test's.
 */
export async function gotoPage(page: Page, url: string): Promise<void> {
	try {
		await page.goto(url);
	} catch (error) {
		if (!/Address rejected|NS_BINDING_ABORTED/.test(String(error))) throw error;
		await new Promise(resolve => setTimeout(resolve, 500));
		await page.goto(url);
	}
}
