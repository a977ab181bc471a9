// Hard cases for the extension in Chromium: a page that keeps changing, options storage full
// of garbage, a 1 MB article copied whole, a page over the time budget, a frozen tab.
import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {cleanHtml} from '../../src/node/clean-html.js';
import {buildCopy} from '../../src/view/copy-content.js';
import type {Translate} from '../../src/view/translate.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';
import {openPage, openPopup, optionsPage, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import {bigArticle, bigListing, serveGenerated, tinyPdf} from './generated-pages.js';
import {expectConsistent, overlayCount, pageState, setTimeBudget, toggleFromWorker} from './robustness-helpers.js';
import type {TestServer} from './server.js';

const messages = JSON.parse(readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, {message: string}>;
const t: Translate = (key, substitutions = []) => {
	const values = [substitutions].flat();
	return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

/**
 * A budget already spent when a read starts: the core gives up at its first check, on any
 * machine, so a test of the too-slow screen needs no page too big for the budget.
 */
const SPENT = -1;

/** Errors a page logs or throws, so "no error shown" covers the console too. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', error => errors.push(error.message));
	page.on('console', message => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

describe.skipIf(skipReason)('hard cases for the extension in Chromium', () => {
	let server: TestServer;
	let extension: Extension;

	beforeAll(async () => {
		({server, extension} = await startSession({clipboard: true}));
	});
	afterAll(() => stopSession(server, extension));

	/**
	 * "Restored" on a page that changes itself: the overlay leaves no trace, and everything
	 * the page did meanwhile stays (its new rows are kept, its timers still run). So the page
	 * is compared with its own moving parts (ticker rows, clock text) taken out.
	 */
	it('reads a page that keeps changing, and hands it back with the page\'s own changes kept', async () => {
		const {page, tabId} = await openPage(extension, server.page('mutating-article.html'));
		const rows = () => page.evaluate(() => document.querySelectorAll('#ticker li').length);
		const stillPart = () => page.evaluate(() => {
			const copy = document.documentElement.cloneNode(true) as HTMLElement;
			copy.querySelector('#ticker')!.replaceChildren();
			copy.querySelector('#clock')!.textContent = '';
			return {html: copy.outerHTML, scrollY: window.scrollY};
		});
		await page.evaluate(() => window.scrollTo(0, 120));
		await expect.poll(rows).toBeGreaterThan(20);

		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('article');
		expect(await popup.textContent('.cp-title')).toBe('Night ferries return for the summer');
		expect(await popup.textContent('.cp-body')).not.toContain('Departure');

		const before = await stillPart();
		await popup.locator('#toggle').click();
		await expectConsistent(extension, page, tabId, true);
		const rowsAtOpen = await rows();
		await expect.poll(rows).toBeGreaterThan(rowsAtOpen + 20);
		expect(await inOverlay<string>(page, 'return root.querySelector(".cp-body").textContent')).not.toContain('Departure');

		await page.bringToFront();
		await page.keyboard.press('Escape');
		await expectConsistent(extension, page, tabId, false);
		const rowsAtClose = await rows();
		expect(rowsAtClose).toBeGreaterThan(rowsAtOpen);
		expect(await stillPart()).toEqual(before);
		await expect.poll(rows).toBeGreaterThan(rowsAtClose);
		await popup.close();
	});

	it('opens popup, reading mode and options with the defaults over garbage in storage, showing no error', async () => {
		const {page, tabId} = await openPage(extension, server.page('form-article.html'));
		const garbage: unknown[] = [
			'dark',
			null,
			42,
			[1, 2, 3],
			{theme: 7, font: null, textSize: 'huge', lineWidth: 1e308, copyFormat: {}, copyCaptions: 'yes', copyCitation: 0, captions: ['list']},
			{theme: 'x'.repeat(7000)},
			{nested: {deeper: {deepest: [{}, [], 'x']}}, textSize: {value: 18}},
		];
		for (const value of garbage) {
			await extension.worker.evaluate(stored => chrome.storage.sync.set({options: stored}), value);
			const popup = await extension.context.newPage();
			const popupErrors = collectErrors(popup);
			await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
			await popup.waitForSelector('body[data-state="article"]');
			const look = await popup.evaluate(() => ({
				theme: document.body.dataset.theme,
				font: document.body.dataset.font,
				size: document.body.style.getPropertyValue('--cp-size'),
				format: document.querySelector<HTMLSelectElement>('#copy-format')!.value,
				status: document.querySelector('#copy-status')!.textContent,
			}));
			expect(look, JSON.stringify(value).slice(0, 80)).toEqual({theme: 'system', font: 'serif', size: '18px', format: 'text', status: ''});

			await popup.locator('#toggle').click();
			await expectConsistent(extension, page, tabId, true);
			expect(await inOverlay<string>(page, 'return root.querySelector(".cp-overlay").dataset.theme')).toBe('system');
			await popup.locator('#toggle').click();
			await expectConsistent(extension, page, tabId, false);

			const options = await extension.context.newPage();
			const optionsErrors = collectErrors(options);
			await options.goto(`chrome-extension://${extension.id}/options.html`);
			await options.waitForSelector('input[name="theme"]:checked');
			expect(await options.inputValue('input[name="theme"]:checked')).toBe('system');
			expect(await options.inputValue('input[name="textSize"]')).toBe('18');
			expect([...popupErrors, ...optionsErrors]).toEqual([]);
			await options.close();
			await popup.close();
		}
		await extension.worker.evaluate(() => chrome.storage.sync.clear());
		// And the options page still saves over the garbage it found.
		await extension.worker.evaluate(() => chrome.storage.sync.set({options: 'garbage'}));
		const options = await optionsPage(extension);
		await options.check('input[name="theme"][value="sepia"]');
		await expect.poll(() => extension.worker.evaluate(() => chrome.storage.sync.get('options'))).toMatchObject({options: {...DEFAULT_VIEW_OPTIONS, theme: 'sepia'}});
		await extension.worker.evaluate(() => chrome.storage.sync.clear());
		await options.close();
	});

	it('copies a 1 MB article whole: the clipboard holds every character', async () => {
		const html = bigArticle(1024 * 1024);
		const url = await serveGenerated(extension.context, server.origin, 'megabyte-article.html', html);
		const {page, tabId} = await openPage(extension, url);
		await setTimeBudget(extension, page, tabId, 60_000);
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('article');
		await popup.getByRole('button', {name: /^Copy/}).click();
		await expect.poll(() => popup.textContent('#copy-status')).toBe('Copied');
		const copied = await popup.evaluate(() => navigator.clipboard.readText());

		const article = cleanHtml(html, {url});
		if (article.kind !== 'article') throw new Error('the generated page is an article');
		expect(article.text.length).toBeGreaterThan(900_000);
		const locale = await popup.evaluate(() => navigator.language);
		const expected = buildCopy(new JSDOM('').window.document, 'text', {article, restored: [], options: DEFAULT_VIEW_OPTIONS, t, locale}).text;
		expect(copied.length).toBe(expected.length);
		expect(copied === expected).toBe(true);
		expect(copied).toContain(article.text);
		expect(copied.endsWith(`Source: ${url}`)).toBe(true);
		await popup.close();
	});

	it('says why a page holds no article in the UI\'s words, picked by the core\'s code', async () => {
		const {tabId} = await openPage(extension, server.fixture('homepage-listing'));
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('not-article');
		expect(await popup.textContent('#screen-detail')).toBe(messages.notArticle_listing!.message);
		expect(await popup.getByRole('button', {name: 'Show anyway'}).isVisible()).toBe(true);
		await popup.close();
	});

	it('knows a PDF by what the tab shows, not by its address', async () => {
		const download = `${server.origin}/generated/download?id=7`;
		await extension.context.route(download, route => route.fulfill({status: 200, contentType: 'application/pdf', body: tinyPdf('Harbour accounts 2026')}));
		const pdf = await openPage(extension, download);
		const pdfPopup = await openPopup(extension, pdf.tabId);
		expect(await pdfPopup.getAttribute('body', 'data-state')).toBe('pdf');
		expect(await pdfPopup.textContent('#screen-detail')).toBe(messages.pdfDetail!.message);
		await pdfPopup.close();

		const story = await serveGenerated(extension.context, server.origin, 'harbour-report.pdf', bigArticle(6_000, {title: 'The harbour report, in short'}));
		const html = await openPage(extension, story);
		const htmlPopup = await openPopup(extension, html.tabId);
		expect(await htmlPopup.getAttribute('body', 'data-state')).toBe('article');
		expect(await htmlPopup.textContent('.cp-title')).toBe('The harbour report, in short');
		await htmlPopup.close();
	});

	it('asks before reading a very large page, and read anyway a large listing is still no article until shown anyway', async () => {
		const url = await serveGenerated(extension.context, server.origin, 'big-listing.html', bigListing(200, 61_000));
		const {page, tabId} = await openPage(extension, url);
		const popup = await openPopup(extension, tabId);
		await popup.waitForSelector('body[data-state="too-large"]');
		expect(await popup.textContent('#screen-detail')).toContain('61,');
		expect(await popup.textContent('#screen-title')).toBe(messages.tooLargeTitle!.message);

		await popup.getByRole('button', {name: 'Read it anyway'}).click();
		await popup.waitForSelector('body[data-state="not-article"]');
		expect(await popup.textContent('#screen-detail')).toBe(messages.notArticle_listing!.message);
		await popup.getByRole('button', {name: 'Show anyway'}).click();
		await popup.waitForSelector('body[data-state="article"]');
		await popup.close();

		// The shortcut asks nothing: it reads the page as it is, once, and opens.
		await page.reload();
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: true});
		await expectConsistent(extension, page, tabId, true);
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: false});
	});

	it('says a page over the time budget takes too long, leaves the tab usable, and reads it given more time', async () => {
		const html = bigArticle(64 * 1024, {extraBody: '<button id="ping" type="button" onclick="this.textContent = \'Pressed\'">Press</button>'});
		const url = await serveGenerated(extension.context, server.origin, 'over-budget.html', html);
		const {page, tabId} = await openPage(extension, url);
		await setTimeBudget(extension, page, tabId, SPENT);
		const before = await pageState(page);
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('too-slow');
		expect(await popup.textContent('#screen-title')).toBe('This page takes too long to read');
		expect(await popup.textContent('#screen-detail')).toBe(messages.tooSlowDetail!.message);

		// The tab is the reader's again: nothing of the read left in it, and its own controls work.
		expect(await overlayCount(page)).toBe(0);
		expect(await pageState(page)).toEqual(before);
		await page.bringToFront();
		await page.click('#ping');
		expect(await page.textContent('#ping')).toBe('Pressed');

		// Given more time (the longer budget, not the test's), the page is read in full.
		await popup.bringToFront();
		await popup.getByRole('button', {name: 'Give it more time'}).click();
		await popup.waitForSelector('body[data-state="article"]');
		expect(await popup.textContent('.cp-title')).toBe('The harbour in numbers');
		const lastParagraph = [...html.matchAll(/<p>(Part \d+\.[^<]*)<\/p>/g)].at(-1)![1]!;
		expect(await popup.textContent('.cp-body')).toContain(lastParagraph);
		await popup.close();
	});

	it('says a frozen page is not responding instead of waiting forever, and reads it once it recovers', async () => {
		const {page, tabId} = await openPage(extension, server.page('form-article.html'));
		const before = await pageState(page);
		// The page's own script holds its main thread on a request the server answers only when
		// the test says: the tab stays frozen for as long as the test needs, however slow the machine.
		const freeze = server.hold('frozen-page');
		await page.evaluate(holdUrl => void setTimeout(() => {
			const request = new XMLHttpRequest();
			request.open('GET', holdUrl, false);
			request.send();
		}), freeze.url);
		await freeze.arrived;
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('not-responding');
		expect(await popup.textContent('#screen-title')).toBe('The page is not responding');

		freeze.release();
		await page.evaluate(() => 0); // back once the page's script let go
		await popup.getByRole('button', {name: 'Try again'}).click();
		await popup.waitForSelector('body[data-state="article"]');
		expect(await popup.textContent('.cp-title')).toBe('Fog delays the harbour ferry again');
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: true});
		await expectConsistent(extension, page, tabId, true);
		expect(await toggleFromWorker(extension, tabId)).toEqual({open: false});
		expect(await pageState(page)).toEqual(before);
		await popup.close();
	});
});

describe.skipIf(skipReason)('the new screens in German', () => {
	const de = JSON.parse(readFileSync(new URL('../../src/_locales/de/messages.json', import.meta.url), 'utf8')) as Record<string, {message: string}>;
	let server: TestServer;
	let extension: Extension;

	beforeAll(async () => {
		({server, extension} = await startSession({uiLanguage: 'de'}));
	});
	afterAll(() => stopSession(server, extension));

	it('explains a listing in German, not in the core\'s English', async () => {
		const {tabId} = await openPage(extension, server.fixture('homepage-listing'));
		const popup = await openPopup(extension, tabId);
		expect(await popup.textContent('#screen-title')).toBe(de.noArticleTitle!.message);
		expect(await popup.textContent('#screen-detail')).toBe(de.notArticle_listing!.message);
		await popup.close();
	});

	it('says "too slow" in German', async () => {
		const url = await serveGenerated(extension.context, server.origin, 'over-budget.html', bigArticle(256 * 1024));
		const {page, tabId} = await openPage(extension, url);
		await setTimeBudget(extension, page, tabId, SPENT);
		const popup = await openPopup(extension, tabId);
		expect(await popup.textContent('#screen-title')).toBe(de.tooSlowTitle!.message);
		expect(await popup.textContent('#screen-detail')).toBe(de.tooSlowDetail!.message);
		expect(await popup.textContent('#screen-action')).toBe(de.moreTime!.message);
		await popup.close();
	});
});
