// A text file (.txt served as text/plain) in Chromium: the browser shows it as one <pre> in a
// page with no title. The popup and reading mode name it and wrap its lines to their width.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import type {TestServer} from './server.js';

const file = 'harbour-log.txt';
const lines = readFileSync(new URL(`./pages/${file}`, import.meta.url), 'utf8').trim().split('\n');


describe.skipIf(skipReason)('a text file in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	beforeAll(async () => {
		({server, extension} = await startSession());
	});
	afterAll(() => stopSession(server, extension));

	it('shows it in the popup under its file name, every line wrapped to the popup', async () => {
		const {page, tabId} = await openPage(extension, server.page(file));
		expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('article');
		expect(await popup.textContent('.cp-title')).toBe(file);
		const body = (await popup.textContent('.cp-body')) ?? '';
		for (const line of lines) expect(body).toContain(line);
		// How far the widest box reaches past its own width: nothing is cut off or scrolls sideways.
		const overflow = await popup.$$eval('body, .cp-body, .cp-body pre', els => Math.max(...els.map(el => el.scrollWidth - el.clientWidth)));
		expect(overflow).toBeLessThanOrEqual(0);
		await popup.close();
	});

	it('shows it in reading mode under its file name, wrapped to the page', async () => {
		const {page, tabId} = await openPage(extension, server.page(file));
		const popup = await openPopup(extension, tabId);
		await popup.getByRole('button', {name: /Reading mode/}).click();
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		const shown = await inOverlay<{title: string; text: string; overflow: number}>(page, `
			const boxes = [...root.querySelectorAll('.cp-article, .cp-body, .cp-body pre')];
			return {
				title: root.querySelector('.cp-title').textContent,
				text: root.querySelector('.cp-body').textContent,
				overflow: Math.max(...boxes.map(el => el.scrollWidth - el.clientWidth)),
			};`);
		expect(shown.title).toBe(file);
		for (const line of lines) expect(shown.text).toContain(line);
		expect(shown.overflow).toBeLessThanOrEqual(0);
		await popup.close();
	});
});
