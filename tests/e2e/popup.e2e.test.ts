// The popup on real pages in Chromium: the seed article with its captions, the other states.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadFixture} from '../helpers.js';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import type {TestServer} from './server.js';

const seed = loadFixture('seed-metro-wordpress-jetpack').expected;

describe.skipIf(skipReason)('popup in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	beforeAll(async () => {
		({server, extension} = await startSession());
	});
	afterAll(() => stopSession(server, extension));

	it('shows the seed article: title, body, the three captions with their credits, no clutter', async () => {
		const {tabId} = await openPage(extension, server.fixture('seed-metro-wordpress-jetpack'));
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('article');
		expect(await popup.textContent('.cp-title')).toBe(seed.title);
		expect(await popup.textContent('.cp-byline')).toBe(seed.byline);
		const body = (await popup.textContent('.cp-body')) ?? '';
		for (const sentence of seed.mustContain ?? []) expect(body).toContain(sentence);
		const captions = await popup.$$eval('.cp-captions .cp-caption', items => items.map(item => ({
			text: item.querySelector('.cp-caption-text')?.textContent,
			credit: item.querySelector('.cp-credit')?.textContent,
		})));
		expect(captions).toEqual(seed.captions!.map(caption => ({text: caption.text, credit: `Credit: ${caption.credit}`})));
		// Caption texts and credits are clutter in the body (they are listed apart), so only the
		// captions section may hold them; the rest of the popup holds no clutter at all.
		const outsideCaptions = await popup.evaluate(() => {
			const copy = document.querySelector('#article')!.cloneNode(true) as HTMLElement;
			copy.querySelector('.cp-captions')?.remove();
			return copy.textContent ?? '';
		});
		for (const clutter of seed.mustNotContain ?? []) expect(outsideCaptions).not.toContain(clutter);
		await popup.close();
	});

	it('names its controls for what they do', async () => {
		const {tabId} = await openPage(extension, server.fixture('seed-metro-wordpress-jetpack'));
		const popup = await openPopup(extension, tabId);
		await expect(popup.getByRole('button', {name: /Reading mode/}).getAttribute('aria-pressed')).resolves.toBe('false');
		expect(await popup.getByRole('button', {name: /^Copy/}).isEnabled()).toBe(true);
		expect(await popup.getByRole('combobox', {name: 'Copy format'}).inputValue()).toBe('text');
		await popup.close();
	});

	it('renders a right-to-left article right to left', async () => {
		const {tabId} = await openPage(extension, server.fixture('arabic-rtl'));
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('.cp-article', 'dir')).toBe('rtl');
		expect(await popup.$eval('.cp-body p', p => getComputedStyle(p).direction)).toBe('rtl');
		await popup.close();
	});

	it('says a browser page cannot be read', async () => {
		const {tabId} = await openPage(extension, 'chrome://version/');
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('restricted');
		expect(await popup.textContent('#screen-title')).toBe('Clearpage cannot read this page');
		await popup.close();
	});

	it('says a listing is no article, and shows it anyway when asked', async () => {
		const {tabId} = await openPage(extension, server.fixture('homepage-listing'));
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('not-article');
		await popup.getByRole('button', {name: 'Show anyway'}).click();
		await popup.waitForSelector('body[data-state="article"]');
		expect((await popup.textContent('.cp-body'))?.length).toBeGreaterThan(100);
		await popup.close();
	});

	it('puts a removed block back into the view', async () => {
		const {tabId} = await openPage(extension, server.fixture('seed-metro-wordpress-jetpack'));
		const popup = await openPopup(extension, tabId);
		const first = popup.locator('#removed-list .removed-item').first();
		const preview = (await first.locator('.removed-text').textContent()) ?? '';
		expect(preview.length).toBeGreaterThan(0);
		expect(await popup.locator('.cp-restored').count()).toBe(0);
		await popup.locator('#removed summary').click();
		await first.getByRole('button', {name: 'Put back'}).click();
		expect(await popup.locator('.cp-restored').count()).toBe(1);
		expect(await popup.getByRole('button', {name: 'Put back'}).first().getAttribute('aria-pressed')).toBe('true');
		await popup.close();
	});
});
