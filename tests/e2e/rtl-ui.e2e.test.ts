// The interface in a right-to-left language, in Chromium started with --lang: popup, options
// page and reading-mode controls are laid out right to left and speak the language, while an
// English article keeps reading left to right. A message a locale lacks shows in English.
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe.js';
import {extensionDir, launchExtension, openPage, openPopup, optionsPage, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import {startServer} from './server.js';
import type {TestServer} from './server.js';

type Messages = Record<string, {message: string}>;
const messages = (locale: string) => JSON.parse(readFileSync(new URL(`../../src/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Messages;
const ar = messages('ar');
const en = messages('en');

/** Left edges of the elements `selectors` name, in the order given. */
function lefts(page: Page, selectors: string[]): Promise<number[]> {
	return page.evaluate(list => list.map(selector => document.querySelector(selector)!.getBoundingClientRect().left), selectors);
}

/** The interface language the page sees; without Chromium's locale files it stays en-US. */
async function uiLanguageOf(page: Page): Promise<string> {
	const language = await page.evaluate(() => chrome.i18n.getUILanguage());
	if (language === 'en-US') throw new Error('Chromium ignored --lang: install its locale files (apt-get install -y chromium-l10n)');
	return language;
}

describe.skipIf(skipReason)('the interface in Arabic', () => {
	let server: TestServer;
	let extension: Extension;
	let page: Page;
	let popup: Page;

	beforeAll(async () => {
		({server, extension} = await startSession({uiLanguage: 'ar'}));
		const opened = await openPage(extension, server.fixture('seed-metro-wordpress-jetpack'));
		page = opened.page;
		popup = await openPopup(extension, opened.tabId);
	});
	afterAll(() => stopSession(server, extension));

	it('lays the popup out right to left, in Arabic', async () => {
		expect(await uiLanguageOf(popup)).toBe('ar');
		expect(await popup.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
		expect(await popup.textContent('#toggle')).toBe(ar.readingMode!.message);
		expect(await popup.getAttribute('#copy-format', 'aria-label')).toBe(ar.copyFormat!.message);
		// The toolbar mirrors: its first control, Reading mode, sits at the right, options at the left.
		const [toggle, copy, options] = await lefts(popup, ['#toggle', '#copy', '#open-options']);
		expect(toggle).toBeGreaterThan(copy!);
		expect(copy).toBeGreaterThan(options!);
		const width = await popup.evaluate(() => document.documentElement.clientWidth);
		expect(await popup.evaluate(() => document.querySelector('#toggle')!.getBoundingClientRect().right)).toBeGreaterThan(width - 30);
		expect(await axeViolations(popup)).toEqual([]);
	});

	it('keeps an English article left to right, with its meta line and removed blocks in Arabic', async () => {
		expect(await popup.getAttribute('.cp-article', 'dir')).toBe('ltr');
		expect(await popup.$eval('.cp-body p', p => getComputedStyle(p).direction)).toBe('ltr');
		expect(await popup.$eval('.cp-title', title => getComputedStyle(title).textAlign)).toBe('start');
		const title = await popup.$eval('.cp-title', el => {
			const box = el.getBoundingClientRect();
			const range = document.createRange();
			range.selectNodeContents(el);
			return {left: box.left, textLeft: range.getClientRects()[0]!.left};
		});
		expect(title.textLeft - title.left).toBeLessThan(2);
		const readingTime = (await popup.textContent('.cp-reading-time')) ?? '';
		expect(readingTime.startsWith(ar.readingTime!.message.replace('$1', ''))).toBe(true);
		expect(readingTime).toMatch(/دقيق|دقائق/);
		expect(await popup.getAttribute('.cp-reading-time', 'dir')).toBe('auto');
		// "Removed from the page" names each reason in Arabic.
		const reasons = new Set(Object.entries(ar).filter(([key]) => key.startsWith('reason_')).map(([, entry]) => entry.message));
		const listed = await popup.$$eval('.removed-reason', items => items.map(item => item.textContent));
		expect(listed.length).toBeGreaterThan(0);
		for (const reason of listed) expect(reasons).toContain(reason);
		expect(await popup.textContent('#removed-summary')).toBe(ar.removedHeading!.message.replace('$1', String(listed.length)));
		expect(await popup.$eval('.removed-text', text => getComputedStyle(text).direction)).toBe('ltr');
	});

	it('lays the options page out right to left, in Arabic', async () => {
		const options = await optionsPage(extension);
		expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
		expect(await options.textContent('h1')).toBe(ar.optionsTitle!.message);
		expect(await options.textContent('fieldset legend')).toBe(ar.themeLabel!.message);
		// The first choice of a group is the rightmost; a slider's label is at its right.
		const [system, light] = await lefts(options, ['input[value="system"]', 'input[value="light"]']);
		expect(system).toBeGreaterThan(light!);
		const [label, slider] = await lefts(options, ['label[for="textSize"]', '#textSize']);
		expect(label).toBeGreaterThan(slider!);
		expect(await options.$eval('legend', legend => getComputedStyle(legend).direction)).toBe('rtl');
		expect(await axeViolations(options)).toEqual([]);
		await options.close();
	});

	it('mirrors the reading-mode bar and keeps the English article inside it left to right', async () => {
		await popup.getByRole('button', {name: ar.readingMode!.message}).click();
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		const overlay = await inOverlay<{dir: string; lang: string; exit: string; hintLeft: number; exitLeft: number; exitRight: number; width: number; article: string}>(page, `
			const overlay = root.querySelector('.cp-overlay');
			const hint = root.querySelector('.cp-hint').getBoundingClientRect();
			const exit = root.querySelector('.cp-exit');
			return {
				dir: getComputedStyle(overlay).direction,
				lang: overlay.lang,
				exit: exit.textContent,
				hintLeft: hint.left,
				exitLeft: exit.getBoundingClientRect().left,
				exitRight: exit.getBoundingClientRect().right,
				width: overlay.clientWidth,
				article: getComputedStyle(root.querySelector('.cp-body p')).direction,
			};`);
		expect(overlay).toMatchObject({dir: 'rtl', lang: 'ar', exit: ar.exitReadingMode!.message, article: 'ltr'});
		// The bar's controls sit at its end, the left, and the hint comes first, at their right.
		expect(overlay.hintLeft).toBeGreaterThan(overlay.exitLeft);
		expect(overlay.exitRight).toBeLessThan(overlay.width / 2);
	});
});

describe.skipIf(skipReason)('the interface in Hebrew, with a message the locale lacks', () => {
	let server: TestServer;
	let extension: Extension;
	let altered: string;

	beforeAll(async () => {
		// A copy of the test build whose Hebrew file lacks one message, as a new string would before its translation.
		altered = await mkdtemp(join(tmpdir(), 'clearpage-he-'));
		await cp(extensionDir, altered, {recursive: true});
		const file = join(altered, '_locales/he/messages.json');
		const he = JSON.parse(await readFile(file, 'utf8')) as Messages;
		delete he.copy;
		await writeFile(file, JSON.stringify(he));
		server = await startServer();
		extension = await launchExtension({uiLanguage: 'he', extension: altered});
	});
	afterAll(async () => {
		await stopSession(server, extension);
		await rm(altered, {recursive: true, force: true});
	});

	it('lays the popup out right to left in Hebrew and shows the missing message in English, not its key', async () => {
		const {tabId} = await openPage(extension, server.fixture('seed-metro-wordpress-jetpack'));
		const popup = await openPopup(extension, tabId);
		expect(await uiLanguageOf(popup)).toBe('he');
		expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
		expect(await popup.textContent('#toggle')).toBe(messages('he').readingMode!.message);
		expect(await popup.textContent('#copy')).toBe(en.copy!.message);
		await popup.close();
	});
});
