// Listen in Debian's firefox-esr, headless, with a real speech engine (speech-dispatcher + espeak-ng,
// tests/e2e/speech-env.ts). Firefox has no tts API: the page's speechSynthesis speaks, started by the
// real Listen shortcut. Like Chromium it lists espeak-ng's voices and fires start and end but no
// boundary events, so the word highlight is tested with boundary events dispatched on the player's
// real utterances, which the test's name says.
import type {Browser as WebExtensions} from 'webextension-polyfill';
import type {Page} from 'puppeteer-core';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startServer, type TestServer} from '../e2e/server.js';
import {speechEnv, speechSkipReason, type SpeechEnv} from '../e2e/speech-env.js';
import {gotoPage, launchFirefox, skipReason, type Firefox, type Key} from './firefox.js';
import {copyBuild, type TestBuild} from './test-build.js';

/** The extension API as pages of the extension see it; only used inside `evaluate()` callbacks. */
declare const browser: WebExtensions;

/** Alt+Shift+L, the suggested key of `listen` in manifest.json. */
const altShiftL: Key[] = [
	{key: 'Alt', code: 'AltLeft', keyCode: 18},
	{key: 'Shift', code: 'ShiftLeft', keyCode: 16},
	{key: 'L', code: 'KeyL', keyCode: 76},
];

const reason = skipReason() ?? speechSkipReason ?? null;
if (reason) console.warn(`Firefox Listen tests skipped: ${reason}`);
const slow = 60_000;

interface Highlight {
	text: string;
	kind: string;
}

/** What is highlighted and which paragraph is being read, taken in one go: speech moves on between two calls. */
interface Reading {
	highlighted: Highlight | null;
	passage: string | null;
}

const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe.skipIf(reason !== null)('Firefox: Listen with speech-dispatcher and espeak-ng', () => {
	let build: TestBuild;
	let server: TestServer;
	let speech: SpeechEnv;
	let firefox: Firefox;
	let page: Page;
	let extensionTab: Page;
	let tabId: number;
	let pageUrl: string;
	/** The page's root children before reading mode adds its host. */
	let baseHosts: number;

	beforeAll(async () => {
		speech = await speechEnv();
		build = await copyBuild('test-firefox');
		server = await startServer();
		firefox = await launchFirefox(build.dir, build.geckoId, undefined, speech.env);
		pageUrl = server.page('listen-article.html');
		page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
		await gotoPage(page, pageUrl);
		// speech-dispatcher starts on first use and takes a while to list espeak-ng's voices.
		await page.waitForFunction(() => speechSynthesis.getVoices().length > 10, {timeout: 2 * slow});
		baseHosts = await page.evaluate(() => document.documentElement.childElementCount);
		extensionTab = await firefox.browser.newPage();
		await firefox.gotoExtensionPage(extensionTab, 'popup.html');
		tabId = await extensionTab.evaluate(async url => {
			const tab = (await browser.tabs.query({})).find(candidate => candidate.url === url);
			if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
			return tab.id;
		}, pageUrl);
	}, 3 * slow);

	afterAll(async () => {
		await firefox?.close();
		await server?.close();
		await build?.remove();
		await speech?.remove();
	}, slow);

	// A test that fails midway must not leave reading mode open and speaking for the next one.
	afterEach(async () => {
		if ((await page.evaluate(() => document.documentElement.childElementCount)) === baseHosts) return;
		await inContentWorld(tabId, 'stop');
		await page.bringToFront();
		await page.keyboard.press('Escape');
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts, {timeout: slow}, baseHosts);
	}, slow);

	/** Calls one of the test hooks of Listen (src/content/listen-test-hooks.ts) in the page's content-script world. */
	async function hook<T>(name: 'state' | 'engine' | 'highlighted' | 'passage' | 'reading'): Promise<T> {
		return inContentWorld<T>(tabId, name);
	}

	/**
	 * Runs in the extension's content-script world of the page, where Firefox also runs
	 * scripting.executeScript's functions. No eval there (the extension's CSP): each action is a
	 * function written out. `probe`: the hook name, or 'observe' / 'words' / 'stop' for the word probe.
	 */
	function inContentWorld<T>(tabId: number, probe: string): Promise<T> {
		return extensionTab.evaluate(async (tabId, probe) => {
			const [injection] = await browser.scripting.executeScript({
				target: {tabId},
				args: [probe],
				func: (probe: string) => {
					type Listen = Record<string, (...args: unknown[]) => unknown>;
					const state = globalThis as unknown as {__clearpageTest?: {listen: Listen}; __spoken?: unknown[]};
					const listen = state.__clearpageTest?.listen;
					if (!listen) throw new Error('no test hooks in this page');
					if (probe === 'observe') {
						state.__spoken = [];
						listen.observe!((utterance: SpeechSynthesisUtterance) => {
							for (const match of utterance.text.matchAll(/\S+/gu)) {
								utterance.dispatchEvent(new SpeechSynthesisEvent('boundary', {utterance, charIndex: match.index, charLength: match[0].length, name: 'word'}));
								state.__spoken!.push({word: match[0], highlighted: listen.highlighted!()});
							}
						});
						return 'null';
					}
					if (probe === 'words') return JSON.stringify(state.__spoken ?? []);
					if (probe === 'stop') return JSON.stringify(listen.observe!(null) ?? null);
					if (probe === 'reading') return JSON.stringify({highlighted: listen.highlighted!() ?? null, passage: listen.passage!() ?? null});
					return JSON.stringify(listen[probe]!() ?? null);
				},
			});
			if (typeof injection?.result !== 'string') throw new Error(`the hook failed: ${JSON.stringify(injection)}`);
			return JSON.parse(injection.result);
		}, tabId, probe) as Promise<T>;
	}

	it('the Listen shortcut opens reading mode and the page reads the article aloud, each sentence highlighted at the engine\'s start event; Esc stops it and gives the page back', async () => {
		await page.bringToFront();
		const before = await page.evaluate(() => document.documentElement.outerHTML);
		const hosts = await page.evaluate(() => document.documentElement.childElementCount);
		await firefox.pressShortcut(altShiftL);
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts + 1, {timeout: slow}, hosts);
		await expect.poll(() => hook<string>('state'), {timeout: slow}).toBe('playing');
		expect(await hook<string>('engine')).toBe('page');
		await expect.poll(() => page.evaluate(() => speechSynthesis.speaking), {timeout: slow}).toBe(true);
		// Between one sentence's end and the next one's start the new passage has no highlight yet: poll.
		const inPassage = ({highlighted, passage}: Reading) => highlighted?.kind === 'sentence' && spaced(passage ?? '').includes(spaced(highlighted.text));
		await expect.poll(async () => inPassage(await hook<Reading>('reading')), {timeout: slow}).toBe(true);

		await page.keyboard.press('Escape');
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts, {timeout: slow}, hosts);
		await expect.poll(() => page.evaluate(() => speechSynthesis.speaking), {timeout: slow}).toBe(false);
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
	}, 3 * slow);

	it('Listen in the popup opens reading mode and the page reads there; it goes on when the popup page is gone', async () => {
		const hosts = await page.evaluate(() => document.documentElement.childElementCount);
		const popup = await firefox.browser.newPage();
		await firefox.gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
		await popup.waitForSelector('#listen:not([disabled])', {timeout: slow});
		await popup.click('#listen');
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts + 1, {timeout: slow}, hosts);
		await expect.poll(() => hook<string>('state'), {timeout: slow}).toBe('playing');
		await popup.close();
		const first = await hook<string>('passage');
		await expect.poll(() => hook<string>('passage'), {timeout: slow}).not.toBe(first);
		expect(await hook<string>('state')).toBe('playing');
		await page.bringToFront();
		await page.keyboard.press('Escape');
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts, {timeout: slow}, hosts);
		await expect.poll(() => page.evaluate(() => speechSynthesis.speaking), {timeout: slow}).toBe(false);
	}, 3 * slow);

	it('highlights the word at each boundary charIndex, through links and inline formatting (boundary events dispatched on the player\'s real utterances: this engine sends none)', async () => {
		await page.bringToFront();
		const hosts = await page.evaluate(() => document.documentElement.childElementCount);
		await inContentWorld(tabId, 'observe');
		await firefox.pressShortcut(altShiftL);
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts + 1, {timeout: slow}, hosts);
		// Title, byline, and on to the fourth paragraph (its <strong>).
		const heard = async () => (await inContentWorld<{word: string}[]>(tabId, 'words')).map(({word}) => word);
		await expect.poll(heard, {timeout: slow}).toContain('flour,');
		const words = await inContentWorld<{word: string; highlighted: Highlight | null}[]>(tabId, 'words');
		for (const {word, highlighted} of words) expect(highlighted, word).toEqual({text: word, kind: 'word'});
		expect(words.map(({word}) => word)).toEqual(expect.arrayContaining(['twenty', 'notebook', 'flour,']));
		await inContentWorld(tabId, 'stop');
		await page.keyboard.press('Escape');
		await page.waitForFunction(hosts => document.documentElement.childElementCount === hosts, {timeout: slow}, hosts);
	}, 3 * slow);
});
