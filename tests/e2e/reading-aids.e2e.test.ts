// Reading aids in Chromium: bundled fonts and spacing, outline, progress, print and save, on a
// long article with four subheadings (tests/e2e/pages/sections-article.html).
import {readFile} from 'node:fs/promises';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {overlayViolations} from './axe.js';
import {inOverlay} from './content-world.js';
import type {TestServer} from './server.js';

describe.skipIf(skipReason)('reading aids in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	let page: Page;
	let tabId: number;
	/** Every http(s) request any page of the browser made: fonts must come from the extension. */
	const requested: string[] = [];

	const setOptions = (options: Record<string, unknown>) => extension.worker.evaluate(value => chrome.storage.sync.set({options: value}), options);
	const openReadingMode = async () => {
		await extension.worker.evaluate(id => (globalThis as unknown as {__test: {toggleInTab(id: number): Promise<unknown>}}).__test.toggleInTab(id), tabId);
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
	};
	const closeReadingMode = async () => {
		await page.keyboard.press('Escape');
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
	};

	beforeAll(async () => {
		({server, extension} = await startSession());
		extension.context.on('request', request => {
			if (/^https?:/.test(request.url())) requested.push(request.url());
		});
		({page, tabId} = await openPage(extension, server.page('sections-article.html')));
	});
	afterAll(() => stopSession(server, extension));
	// A failed test must not leave reading mode open for the next one, which would toggle it shut.
	afterEach(async () => {
		if (await page.$('clearpage-reader')) await closeReadingMode();
	});

	it('draws the article in a bundled font, with the chosen spacing, fetching no font from the network', async () => {
		await setOptions({font: 'atkinson', lineHeight: 200, letterSpacing: 5, wordSpacing: 20, paragraphSpacing: 150, textAlign: 'justify'});
		const popup = await openPopup(extension, tabId);
		await popup.waitForSelector('body[data-state="article"]');
		const look = (body: string) => `
			const p = root.querySelector('.cp-body p');
			await document.fonts.ready;
			await document.fonts.load('18px "Clearpage Atkinson Hyperlegible"', p.textContent);
			const style = getComputedStyle(p);
			return {
				family: style.fontFamily.split(',')[0].trim(),
				loaded: document.fonts.check('18px "Clearpage Atkinson Hyperlegible"', 'a'),
				faces: [...document.fonts].filter(face => face.family.includes('Atkinson') && face.status === 'loaded').length,
				lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
				letterSpacing: parseFloat(style.letterSpacing) / parseFloat(style.fontSize),
				align: style.textAlign,
				marginBottom: parseFloat(style.marginBottom) / parseFloat(style.fontSize),
			};${body}`;
		const expected = {family: '"Clearpage Atkinson Hyperlegible"', loaded: true, lineHeight: 2, letterSpacing: 0.05, align: 'justify', marginBottom: 1.5};
		const inPopup = await popup.evaluate(`(async () => { const root = document; ${look('')} })()`) as typeof expected & {faces: number};
		expect(inPopup).toMatchObject(expected);
		expect(inPopup.faces).toBeGreaterThan(0);
		await popup.close();

		await page.bringToFront();
		await openReadingMode();
		const inOverlayLook = await inOverlay<typeof expected & {faces: number}>(page, look(''));
		expect(inOverlayLook).toMatchObject(expected);
		expect(inOverlayLook.faces).toBeGreaterThan(0);
		expect(requested.filter(url => /woff|font/i.test(url))).toEqual([]);
		expect(server.requests.filter(request => /woff|font/i.test(request.url))).toEqual([]);

		// Leaving reading mode takes our faces out of the page's font set again.
		await closeReadingMode();
		expect(await page.evaluate(() => [...document.fonts].filter(face => face.family.startsWith('Clearpage')).length)).toBe(0);
	});

	it('switches to OpenDyslexic live in an open reading mode', async () => {
		await openReadingMode();
		await setOptions({font: 'opendyslexic'});
		await expect.poll(() => inOverlay<string>(page, `return getComputedStyle(root.querySelector('.cp-body p')).fontFamily`)).toMatch(/^"Clearpage OpenDyslexic"/);
		expect(await inOverlay<boolean>(page, `await document.fonts.load('18px "Clearpage OpenDyslexic"', 'a'); return document.fonts.check('18px "Clearpage OpenDyslexic"', 'a')`)).toBe(true);
		await closeReadingMode();
		await setOptions({});
	});

	const sections = ['Where the river begins', 'What the water carries', 'The people on its banks', 'What comes next'];
	const outlineState = () => inOverlay<{current: string | null; focused: string | null; headingTop: number}>(page, `
		const current = root.querySelector('nav a[aria-current="location"]');
		const heading = root.querySelectorAll('.cp-body h2')[2];
		return {current: current?.textContent ?? null, focused: root.activeElement?.textContent ?? null, headingTop: Math.round(heading.getBoundingClientRect().top)};`);

	it('shows an outline in reading mode that jumps from the keyboard and marks the section being read', async () => {
		await page.bringToFront();
		await openReadingMode();
		const nav = await inOverlay<{name: string; links: string[]}>(page, `
			const nav = root.querySelector('nav');
			return {name: root.getElementById(nav.getAttribute('aria-labelledby')).textContent, links: [...nav.querySelectorAll('a')].map(a => a.textContent)};`);
		expect(nav).toEqual({name: 'Contents', links: sections});
		expect(await outlineState()).toMatchObject({current: null});

		// Keyboard: focus the third entry, press Enter.
		await inOverlay(page, `root.querySelectorAll('nav a')[2].focus()`);
		await page.keyboard.press('Enter');
		await expect.poll(outlineState).toMatchObject({current: sections[2], focused: sections[2]});
		const {headingTop} = await outlineState();
		// Under the sticky bar, at the top of the view.
		expect(headingTop).toBeGreaterThan(20);
		expect(headingTop).toBeLessThan(120);
		// The page's address did not take the fragment.
		expect(page.url()).toBe(server.page('sections-article.html'));

		// Scrolling back up marks the first section.
		await inOverlay(page, `root.querySelector('.cp-overlay').scrollTop = root.querySelectorAll('.cp-body h2')[0].offsetTop - 50`);
		await expect.poll(outlineState).toMatchObject({current: sections[0]});
		expect(await overlayViolations(page)).toEqual([]);
		await closeReadingMode();
	});

	it('shows the same outline in the popup, where a link jumps to its heading', async () => {
		const popup = await openPopup(extension, tabId);
		const nav = popup.getByRole('navigation', {name: 'Contents'});
		expect(await nav.getByRole('link').allTextContents()).toEqual(sections);
		await nav.getByRole('link', {name: sections[3]}).click();
		await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe(sections[3]);
		await expect.poll(() => nav.locator('[aria-current="location"]').textContent()).toBe(sections[3]);
		await popup.close();
	});

	const progressState = () => inOverlay<{now: number; text: string; label: string; name: string; scrolled: number}>(page, `
		const bar = root.querySelector('[role="progressbar"]');
		const scroller = root.querySelector('.cp-overlay');
		return {
			now: Number(bar.getAttribute('aria-valuenow')),
			text: bar.getAttribute('aria-valuetext'),
			label: root.querySelector('.cp-time-left').textContent,
			name: bar.getAttribute('aria-label'),
			scrolled: scroller.scrollTop / (scroller.scrollHeight - scroller.clientHeight),
		};`);

	it('shows how far the reader is and the minutes left, and returns there when reading mode opens again', async () => {
		await page.bringToFront();
		const before = await page.evaluate(() => ({html: document.documentElement.outerHTML, y: window.scrollY}));
		// The outline test left a place to return to.
		await extension.worker.evaluate(() => chrome.storage.local.clear());
		await openReadingMode();
		await expect.poll(progressState).toMatchObject({now: 0, label: '4 minutes left', name: 'Reading progress'});
		await inOverlay(page, `
			const scroller = root.querySelector('.cp-overlay');
			const ended = new Promise(resolve => scroller.addEventListener('scrollend', resolve, {once: true}));
			scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
			await ended;`);
		await expect.poll(progressState).toMatchObject({now: 50, text: '50%, 2 minutes left', label: '2 minutes left'});
		await closeReadingMode();
		expect(await page.evaluate(() => ({html: document.documentElement.outerHTML, y: window.scrollY}))).toEqual(before);

		// The place is stored under a hash: no address, no title in the extension's storage. The write
		// lands a moment after reading mode closes.
		const storage = async () => JSON.stringify(await extension.worker.evaluate(() => chrome.storage.local.get(null)));
		await expect.poll(storage).toContain('readingPositions');
		const stored = await storage();
		expect(stored).not.toContain('127.0.0.1');
		expect(stored).not.toContain('river');

		await openReadingMode();
		// The bar follows the restored scroll a frame later: wait for both.
		await expect.poll(async () => {
			const state = await progressState();
			return [Math.round(state.scrolled * 100), state.now];
		}).toEqual([50, 50]);
		// Scrolled to the end, the place is forgotten: the next time starts at the top.
		await inOverlay(page, `
			const scroller = root.querySelector('.cp-overlay');
			const ended = new Promise(resolve => scroller.addEventListener('scrollend', resolve, {once: true}));
			scroller.scrollTop = scroller.scrollHeight;
			await ended;`);
		await expect.poll(progressState).toMatchObject({now: 100, label: 'End of the article'});
		await closeReadingMode();
		await openReadingMode();
		expect((await progressState()).scrolled).toBe(0);
		await closeReadingMode();
	});

	/** Clicks an overlay control with the mouse, as a reader does (a real click, with its user activation). */
	const clickInOverlay = async (selector: string) => {
		const box = await inOverlay<{x: number; y: number}>(page, `
			const rect = root.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
			return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2};`);
		await page.mouse.click(box.x, box.y);
	};

	it('prints the article alone from reading mode: no controls, no outline, the source address, and the page as it was after', async () => {
		await page.bringToFront();
		const before = await page.evaluate(() => document.documentElement.outerHTML);
		await openReadingMode();
		const printed = () => inOverlay<Record<string, string | number>>(page, `
			const host = document.querySelector('clearpage-reader');
			const shown = selector => getComputedStyle(root.querySelector(selector)).display !== 'none';
			return {
				bar: String(shown('.cp-overlay-bar')),
				buttons: [...root.querySelectorAll('button')].filter(button => button.checkVisibility()).length,
				outline: String(shown('.cp-outline')),
				source: shown('.cp-source') ? root.querySelector('.cp-source').textContent : 'hidden',
				position: getComputedStyle(host).position,
				grows: String(host.getBoundingClientRect().height > innerHeight * 2),
				body: getComputedStyle(document.body).display,
			};`);
		const printLayout = {
			bar: 'false', buttons: 0, outline: 'false', source: `Source: ${server.page('sections-article.html')}`,
			position: 'absolute', grows: 'true', body: 'none',
		};
		await page.emulateMedia({media: 'print'});
		await expect.poll(printed).toEqual(printLayout);
		// An option changed while printing (from another window, or synced) draws the article again: still for print.
		const lineHeight = () => inOverlay<number>(page, `
			const p = root.querySelector('.cp-body p');
			return Math.round(parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize) * 10) / 10;`);
		await setOptions({lineHeight: 220});
		await expect.poll(lineHeight).toBe(2.2);
		expect(await printed()).toEqual(printLayout);
		// Printed for real (to PDF): the article runs over several pages, where the fixed overlay would fill one.
		const pdf = (await page.pdf()).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(1);
		await page.emulateMedia({media: 'screen'});
		await expect.poll(printed).toMatchObject({bar: 'true', outline: 'true', source: 'hidden', position: 'fixed', body: 'block'});
		expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
		await closeReadingMode();
		await setOptions({});
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
	});

	it('prints the article alone from the popup', async () => {
		const popup = await openPopup(extension, tabId);
		await popup.emulateMedia({media: 'print'});
		expect(await popup.locator('.toolbar').isVisible()).toBe(false);
		expect(await popup.getByRole('navigation', {name: 'Contents'}).isVisible()).toBe(false);
		expect(await popup.locator('.cp-source').textContent()).toBe(`Source: ${server.page('sections-article.html')}`);
		expect(await popup.locator('.cp-source').isVisible()).toBe(true);
		expect(await popup.locator('.cp-body').isVisible()).toBe(true);
		await popup.close();
	});

	it('saves the article as Markdown and as HTML from reading mode, named after its title, pictures linked', async () => {
		await page.bringToFront();
		await openReadingMode();
		const title = 'Following the river from its spring to the sea';
		const saved = async (format: string) => {
			await inOverlay(page, `root.querySelector('.cp-save-format').value = ${JSON.stringify(format)}`);
			const [download] = await Promise.all([page.waitForEvent('download'), clickInOverlay('.cp-file-actions button:nth-of-type(2)')]);
			return {name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8')};
		};
		const markdown = await saved('markdown');
		expect(markdown.name).toBe(`${title}.md`);
		expect(markdown.text).toMatch(new RegExp(`^# ${title}\n`));
		expect(markdown.text).toContain('## What the water carries');
		expect(markdown.text).toContain('(Paragraph 24.)');
		expect(markdown.text).toContain(`](${server.origin}/pictures/spring.jpg)`);
		const html = await saved('html');
		expect(html.name).toBe(`${title}.html`);
		expect(html.text).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Following the river/);
		expect(html.text).toContain('<h2>The people on its banks</h2>');
		expect(html.text).toContain(`src="${server.origin}/pictures/spring.jpg"`);
		expect(html.text).not.toContain('data:');
		await closeReadingMode();
	});

	it('saves from the popup in the format chosen for the copy', async () => {
		const popup = await openPopup(extension, tabId);
		await popup.selectOption('#copy-format', 'markdown');
		const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', {name: 'Save'}).click()]);
		expect(download.suggestedFilename()).toBe('Following the river from its spring to the sea.md');
		expect(await readFile((await download.path())!, 'utf8')).toContain('(Paragraph 1.)');
		await popup.close();
	});

	it('puts a removed block back where it stood: in the popup, in an open reading mode and in the saved file', async () => {
		await page.bringToFront();
		const before = await page.evaluate(() => document.documentElement.outerHTML);
		const popup = await openPopup(extension, tabId);
		await popup.locator('#removed summary').click();
		const putBack = (text: string) => popup.locator('#removed-list .removed-item').filter({hasText: text}).getByRole('button', {name: 'Put back'}).click();
		const neighbours = `[...document.querySelectorAll('.cp-restored')].map(block => ({
			text: block.textContent.trim(),
			previous: block.previousElementSibling?.textContent.trim().slice(-15) ?? null,
			next: block.nextElementSibling?.textContent.trim() ?? null,
		}))`;
		const share = {text: 'Share on X Share on Facebook Share by email', previous: '(Paragraph 12.)', next: 'The people on its banks'};
		await putBack('Share on X');
		expect(await popup.evaluate(neighbours)).toEqual([share]);

		await popup.getByRole('button', {name: /Reading mode/}).click();
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		const inReadingMode = () => inOverlay(page, `const document = root; return ${neighbours};`);
		expect(await inReadingMode()).toEqual([share]);
		// Put back while reading mode is open: it shows there at once, in its place (the footer, after the last paragraph).
		await putBack('The Valley Courier');
		const footer = {text: '© The Valley Courier', previous: '(Paragraph 24.)', next: null};
		await expect.poll(inReadingMode).toEqual([share, footer]);

		await popup.selectOption('#copy-format', 'markdown');
		const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', {name: 'Save'}).click()]);
		const markdown = await readFile((await download.path())!, 'utf8');
		const at = (text: string) => markdown.indexOf(text);
		expect(at('Share on X')).toBeGreaterThan(at('(Paragraph 12.)'));
		expect(at('Share on X')).toBeLessThan(at('## The people on its banks'));
		expect(at('The Valley Courier')).toBeGreaterThan(at('(Paragraph 24.)'));
		await popup.close();
		await page.bringToFront();
		await closeReadingMode();
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
	});
});
