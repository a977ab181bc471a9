// Reading aids in Debian's firefox-esr (docs/firefox-e2e.md): bundled fonts in the popup and in the
// overlay, outline, progress and print, on the long article with four subheadings.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser as WebExtensions} from 'webextension-polyfill';
import type {Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {gotoPage, skipReason, type Firefox} from './firefox.js';
import {startFirefoxSession, stopFirefoxSession, type FirefoxSession} from './session.js';

/** The extension API as pages of the extension see it; only used inside `evaluate()` callbacks. */
declare const browser: WebExtensions;

const reason = skipReason();
const slow = 60_000;

describe.skipIf(reason !== null)('Firefox: reading aids', () => {
	let session: FirefoxSession;
	let firefox: Firefox;
	let page: Page;
	let extensionTab: Page;
	let tabId: number;
	let pageUrl: string;

	/**
	 * Runs `body` (using `root`, the overlay's closed shadow root) in a content script of the test, where
	 * Firefox offers openOrClosedShadowRoot. The whole call is source text for the driver to evaluate: the
	 * extension's CSP forbids building a function from a string inside the extension.
	 */
	const inOverlay = async <T>(body: string): Promise<T> => {
		const [injection] = await extensionTab.evaluate(`browser.scripting.executeScript({
			target: {tabId: ${tabId}},
			func: async () => {
				const root = document.querySelector('clearpage-reader')?.openOrClosedShadowRoot;
				if (!root) throw new Error('no overlay open');
				${body}
			},
		})`) as {result?: unknown; error?: unknown}[];
		if (!injection || injection.error) throw new Error(`reading the overlay failed: ${JSON.stringify(injection)}`);
		return injection.result as T;
	};
	const setOptions = (options: Record<string, unknown>) => extensionTab.evaluate(value => browser.storage.sync.set({options: value}), options);
	const setReadingMode = (open: boolean) => extensionTab.evaluate(
		(tabId, open) => browser.tabs.sendMessage(tabId, {clearpage: 'setReadingMode', request: {open}}),
		tabId,
		open,
	);

	beforeAll(async () => {
		session = await startFirefoxSession('test-firefox', 'seed-metro-wordpress-jetpack');
		({firefox, page} = session);
		pageUrl = session.server.page('sections-article.html');
		await gotoPage(page, pageUrl);
		extensionTab = await firefox.browser.newPage();
		await firefox.gotoExtensionPage(extensionTab, 'popup.html');
		tabId = await extensionTab.evaluate(async url => {
			const tab = (await browser.tabs.query({})).find(candidate => candidate.url === url);
			if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
			return tab.id;
		}, pageUrl);
		// The popup injects the content script, which reading mode's messages need.
		await firefox.gotoExtensionPage(extensionTab, `popup.html?tabId=${tabId}`);
		await extensionTab.waitForSelector('body[data-state="article"]', {timeout: slow});
	}, 2 * slow);

	afterAll(() => stopFirefoxSession(session), slow);

	const look = `
		const p = root.querySelector('.cp-body p');
		await document.fonts.load('18px "Clearpage Atkinson Hyperlegible"', p.textContent);
		const style = getComputedStyle(p);
		return {
			family: style.fontFamily.split(',')[0].trim(),
			faces: [...document.fonts].filter(face => face.family.includes('Atkinson') && face.status === 'loaded').length > 0,
			lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
			align: style.textAlign,
		};`;
	const expected = {family: '"Clearpage Atkinson Hyperlegible"', faces: true, lineHeight: 2, align: 'justify'};

	it('draws popup and reading mode in a bundled font with the chosen spacing, and no font from the network', async () => {
		await setOptions({font: 'atkinson', lineHeight: 200, textAlign: 'justify'});
		await firefox.gotoExtensionPage(extensionTab, `popup.html?tabId=${tabId}`);
		await extensionTab.waitForSelector('body[data-state="article"]', {timeout: slow});
		expect(await extensionTab.evaluate(`(async () => { const root = document; ${look} })()`)).toEqual(expected);

		await setReadingMode(true);
		await page.waitForSelector('clearpage-reader', {timeout: slow});
		expect(await inOverlay(look)).toEqual(expected);
		expect(session.server.requests.filter(request => /woff|font/i.test(request.url))).toEqual([]);

		await setReadingMode(false);
		await page.waitForFunction(() => !document.querySelector('clearpage-reader'), {timeout: slow});
		expect(await page.evaluate(() => [...document.fonts].filter(face => face.family.startsWith('Clearpage')).length)).toBe(0);
		await setOptions({});
	}, 2 * slow);

	const sections = ['Where the river begins', 'What the water carries', 'The people on its banks', 'What comes next'];
	const outlineState = () => inOverlay<{current: string | null; focused: string | null}>(`
		return {
			current: root.querySelector('nav a[aria-current="location"]')?.textContent ?? null,
			focused: root.activeElement?.textContent ?? null,
		};`);

	it('shows an outline in reading mode that jumps from the keyboard and marks the section being read', async () => {
		await page.bringToFront();
		await setReadingMode(true);
		await page.waitForSelector('clearpage-reader', {timeout: slow});
		expect(await inOverlay(`
			const nav = root.querySelector('nav');
			return {name: root.getElementById(nav.getAttribute('aria-labelledby')).textContent, links: [...nav.querySelectorAll('a')].map(a => a.textContent)};`))
			.toEqual({name: 'Contents', links: sections});
		await inOverlay(`root.querySelectorAll('nav a')[2].focus()`);
		await page.keyboard.press('Enter');
		await expect.poll(outlineState).toEqual({current: sections[2], focused: sections[2]});
		expect(page.url()).toBe(pageUrl);
		await setReadingMode(false);
		await page.waitForFunction(() => !document.querySelector('clearpage-reader'), {timeout: slow});
	}, 2 * slow);

	const progressState = () => inOverlay<{now: number; label: string; scrolled: number}>(`
		const scroller = root.querySelector('.cp-overlay');
		return {
			now: Number(root.querySelector('[role="progressbar"]').getAttribute('aria-valuenow')),
			label: root.querySelector('.cp-time-left').textContent,
			scrolled: Math.round(100 * scroller.scrollTop / (scroller.scrollHeight - scroller.clientHeight)),
		};`);
	const openOverlay = async () => {
		await setReadingMode(true);
		await page.waitForSelector('clearpage-reader', {timeout: slow});
	};
	const closeOverlay = async () => {
		await setReadingMode(false);
		await page.waitForFunction(() => !document.querySelector('clearpage-reader'), {timeout: slow});
	};

	it('shows how far the reader is and returns there when reading mode opens again', async () => {
		// The outline test left a place to return to.
		await extensionTab.evaluate(() => browser.storage.local.clear());
		await openOverlay();
		await expect.poll(progressState).toEqual({now: 0, label: '4 minutes left', scrolled: 0});
		await inOverlay(`
			const scroller = root.querySelector('.cp-overlay');
			const ended = new Promise(resolve => scroller.addEventListener('scrollend', resolve, {once: true}));
			scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
			await ended;`);
		await expect.poll(progressState).toEqual({now: 50, label: '2 minutes left', scrolled: 50});
		await closeOverlay();
		await openOverlay();
		// The bar follows the restored scroll a frame later: wait for the whole state, not the scroll alone.
		await expect.poll(progressState).toEqual({now: 50, label: '2 minutes left', scrolled: 50});
		await closeOverlay();
	}, 2 * slow);

	it('prints the article alone from reading mode, and gives the page back as it was', async () => {
		// The page as the reader left it, whatever an earlier test did: reading mode closed.
		await setReadingMode(false);
		await page.waitForFunction(() => !document.querySelector('clearpage-reader'), {timeout: slow});
		const before = await page.evaluate(() => document.documentElement.outerHTML);
		await openOverlay();
		const printed = () => inOverlay<Record<string, string | number>>(`
			const host = document.querySelector('clearpage-reader');
			const shown = selector => getComputedStyle(root.querySelector(selector)).display !== 'none';
			return {
				bar: String(shown('.cp-overlay-bar')),
				outline: String(shown('.cp-outline')),
				source: shown('.cp-source') ? 'shown' : 'hidden',
				position: getComputedStyle(host).position,
				body: getComputedStyle(document.body).display,
			};`);
		await page.bringToFront();
		await firefox.emulateMedium('print');
		await expect.poll(printed).toEqual({bar: 'false', outline: 'false', source: 'shown', position: 'absolute', body: 'none'});
		await firefox.emulateMedium('');
		await expect.poll(printed).toEqual({bar: 'true', outline: 'true', source: 'hidden', position: 'fixed', body: 'block'});
		await closeOverlay();
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
	}, 2 * slow);

	it('saves the article from reading mode as a file named after its title', async () => {
		await openOverlay();
		const box = await inOverlay<{x: number; y: number}>(`
			root.querySelector('.cp-save-format').value = 'markdown';
			const rect = root.querySelector('.cp-file-actions button:nth-of-type(2)').getBoundingClientRect();
			return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2};`);
		await page.bringToFront();
		await page.mouse.click(box.x, box.y);
		const file = join(firefox.downloads, 'Following the river from its spring to the sea.md');
		// Firefox makes the file empty first and writes it through a .part file: wait for its text.
		await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), {timeout: slow}).toMatch(/^# Following the river from its spring to the sea\n/);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('(Paragraph 24.)');
		expect(text).toContain(`](${session.server.origin}/pictures/spring.jpg)`);
		await closeOverlay();
	}, 2 * slow);

	it('puts a removed block back where it stood, in the popup and in reading mode', async () => {
		await firefox.gotoExtensionPage(extensionTab, `popup.html?tabId=${tabId}`);
		await extensionTab.waitForSelector('body[data-state="article"]', {timeout: slow});
		const neighbours = `[...document.querySelectorAll('.cp-restored')].map(block => ({
			previous: block.previousElementSibling?.textContent.trim().slice(-15) ?? null,
			next: block.nextElementSibling?.textContent.trim() ?? null,
		}))`;
		await extensionTab.evaluate(() => {
			const item = [...document.querySelectorAll('#removed-list .removed-item')].find(entry => entry.textContent?.includes('Share on X'));
			item?.querySelector('button')?.click();
		});
		const share = {previous: '(Paragraph 12.)', next: 'The people on its banks'};
		expect(await extensionTab.evaluate(neighbours)).toEqual([share]);
		await extensionTab.evaluate(() => document.querySelector<HTMLButtonElement>('#toggle')?.click());
		await page.waitForSelector('clearpage-reader', {timeout: slow});
		await expect.poll(() => inOverlay(`return (document => ${neighbours})(root);`)).toEqual([share]);
		await closeOverlay();
	}, 2 * slow);
});
