// Page scripts against the extension, in Chromium: the overlay's closed shadow root
// cannot be reached, read or restyled from the page, even by a page that patched the DOM first;
// messages a page script can send are ignored; nothing of the page is stored or sent.
// Page CSS hiding the overlay and painting the page red is in reading-mode.e2e.test.ts.
// Not closed: window.find() and Selection.modify() read the overlay's rendered text in Chromium (a
// closed shadow root hides nodes, not text from find). That text is the page's own article and
// the UI labels, nothing the page does not have already.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import type {TestServer} from './server.js';

const TITLE = 'Night trains return to the coast line';
/** A sentence of the article body: it must not leave the page except through the copy. */
const SENTENCE = 'six sleeping cars and a lounge car';
const RED = 'rgb(255, 0, 0)';

interface Seen {
	roots: unknown[];
	inserted: string[];
	upgraded: number;
}

describe.skipIf(skipReason)('page scripts against the extension, in Chromium', () => {
	let server: TestServer;
	let extension: Extension;

	beforeAll(async () => {
		({server, extension} = await startSession({clipboard: true}));
	});
	afterAll(() => stopSession(server, extension));

	/** The isolation page with reading mode on, opened from the popup. */
	async function readingMode(query = ''): Promise<{page: Page; popup: Page; tabId: number}> {
		const {page, tabId} = await openPage(extension, server.page(`isolation-article.html${query}`));
		const popup = await openPopup(extension, tabId);
		await popup.click('#toggle');
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		return {page, popup, tabId};
	}

	const overlayTitle = (page: Page) => inOverlay<{text: string; color: string; font: string; background: string}>(page, `
		const title = root.querySelector('.cp-title');
		const style = getComputedStyle(title);
		return {text: title.textContent, color: style.color, font: style.fontFamily,
			background: getComputedStyle(root.querySelector('.cp-overlay')).backgroundColor};`);

	it('keeps the shadow root closed to page scripts, and the overlay out of their DOM queries', async () => {
		const {page, popup} = await readingMode();
		const seen = await page.evaluate(() => {
			const host = document.querySelector('clearpage-reader')!;
			let attached = 'no error';
			try {
				host.attachShadow({mode: 'open'});
			} catch (error) {
				attached = (error as Error).name;
			}
			return {
				shadowRoot: host.shadowRoot,
				childNodes: host.childNodes.length,
				hostText: host.textContent,
				pageText: document.documentElement.innerText,
				found: document.querySelectorAll('.cp-title, .cp-overlay, .cp-exit').length,
				attached,
			};
		});
		expect(seen).toEqual({shadowRoot: null, childNodes: 0, hostText: '', pageText: expect.any(String), found: 0, attached: 'NotSupportedError'});
		expect(seen.pageText).not.toContain('Exit reading mode');
		await popup.close();
	});

	it('hands no shadow root and no node to a page that patched the DOM methods before the extension ran', async () => {
		const {page, popup} = await readingMode();
		const seen = await page.evaluate(() => (window as unknown as {__seen: Seen}).__seen);
		expect(seen).toEqual({roots: [], inserted: [], upgraded: 0});
		// The traps work: the page's own calls are caught.
		const caught = await page.evaluate(() => {
			document.createElement('div').attachShadow({mode: 'closed'});
			document.body.append('');
			const {roots, inserted} = (window as unknown as {__seen: Seen}).__seen;
			return {roots: roots.length, inserted};
		});
		expect(caught).toEqual({roots: 1, inserted: ['append']});
		await popup.close();
	});

	it('gives no shadow root to a page that took the overlay\'s element name as its own custom element', async () => {
		const {page, popup} = await readingMode('?define');
		const seen = await page.evaluate(() => (window as unknown as {__seen: Seen}).__seen);
		expect(seen.roots).toEqual([]);
		expect((await overlayTitle(page)).text).toBe(TITLE);
		await popup.close();
	});

	it('installs its content script on a page whose elements are named like its install guard', async () => {
		// Named elements show through on the global object in the content script's world too.
		const {page, tabId} = await openPage(extension, server.page('isolation-article.html'));
		await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img id="__clearpageInstalled"><form name="__clearpageInstalled"></form>'));
		const popup = await openPopup(extension, tabId);
		expect(await popup.getAttribute('body', 'data-state')).toBe('article');
		await popup.close();
	});

	it('ignores page CSS custom properties, the only page styles that inherit into a shadow tree', async () => {
		const {page, popup} = await readingMode();
		const title = await overlayTitle(page);
		expect(title.text).toBe(TITLE);
		expect(title.color).not.toBe(RED);
		expect(title.background).not.toBe(RED);
		expect(title.font).not.toBe('monospace');
		await popup.close();
	});

	it('shows nothing a page script puts into the host element', async () => {
		const {page, popup} = await readingMode();
		await page.evaluate(() => {
			const host = document.querySelector('clearpage-reader')!;
			host.innerHTML = '<p id="fake">Fake article text</p><slot></slot>';
		});
		expect(await page.locator('#fake').isVisible()).toBe(false);
		expect(await inOverlay<number>(page, `return root.querySelectorAll('slot').length;`)).toBe(0);
		expect((await overlayTitle(page)).text).toBe(TITLE);
		await popup.close();
	});

	it('ignores window.postMessage and events shaped like its own messages', async () => {
		const {page, popup, tabId} = await readingMode();
		const readingModeIn = (id: number) => extension.worker.evaluate(async tab => (
			await chrome.tabs.sendMessage(tab, {clearpage: 'getReadingMode', request: {}}) as {value: unknown}
		).value, id);
		const runtime = await page.evaluate(async () => {
			const envelope = {clearpage: 'setReadingMode', request: {open: false}};
			window.postMessage(envelope, '*');
			window.postMessage(JSON.stringify(envelope), '*');
			window.postMessage({clearpage: 'getArticle', request: {force: true}}, '*');
			document.dispatchEvent(new CustomEvent('clearpage', {detail: envelope}));
			window.dispatchEvent(new MessageEvent('message', {data: envelope, origin: location.origin}));
			// Messages arrive in order: once this one is here, every listener had the ones before.
			await new Promise<void>(resolve => {
				addEventListener('message', event => event.data === 'fence' && resolve());
				window.postMessage('fence', '*');
			});
			return typeof (globalThis as {chrome?: {runtime?: {sendMessage?: unknown}}}).chrome?.runtime?.sendMessage;
		});
		// No externally_connectable: a web page has no channel into the extension at all.
		expect(runtime).toBe('undefined');
		// Asked after those messages, the content script answers after anything they set off.
		expect(await readingModeIn(tabId)).toEqual({open: true});
		expect(await page.locator('clearpage-reader').count()).toBe(1);
		expect((await overlayTitle(page)).text).toBe(TITLE);
		expect(await popup.evaluate(() => document.querySelector('#toggle')!.getAttribute('aria-pressed'))).toBe('true');

		// And with reading mode off, a message asking to open it does not.
		await popup.click('#toggle');
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
		await page.evaluate(async () => {
			window.postMessage({clearpage: 'setReadingMode', request: {open: true}}, '*');
			await new Promise<void>(resolve => {
				addEventListener('message', event => event.data === 'fence' && resolve());
				window.postMessage('fence', '*');
			});
		});
		expect(await readingModeIn(tabId)).toEqual({open: false});
		expect(await page.locator('clearpage-reader').count()).toBe(0);
		await popup.close();
	});

	it('ignores key presses a page script makes up: a synthetic Esc does not close reading mode', async () => {
		const {page, popup} = await readingMode();
		await page.evaluate(() => {
			const escape = {key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, composed: true};
			for (const target of [window, document, document.body, document.querySelector('clearpage-reader')!]) target.dispatchEvent(new KeyboardEvent('keydown', escape));
		});
		expect(await page.locator('clearpage-reader').count()).toBe(1);
		// A real Esc still closes it.
		await page.bringToFront();
		await page.keyboard.press('Escape');
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
		await popup.close();
	});

	it('stores and sends nothing of the page after the popup, every copy format and reading mode', async () => {
		const {page, tabId} = await openPage(extension, server.page('isolation-article.html'));
		const mark = server.requests.length;
		const popup = await openPopup(extension, tabId);
		// Only the Copy button writes the clipboard: not opening the popup, not reading mode.
		await popup.evaluate(() => navigator.clipboard.writeText('before'));
		await popup.click('#toggle');
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await popup.click('#toggle');
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
		expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('before');
		for (const format of ['text', 'markdown', 'html']) {
			await popup.selectOption('#copy-format', format);
			await popup.click('#copy');
			await popup.waitForFunction(() => document.querySelector('#copy-status')?.textContent === 'Copied');
		}
		expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain(SENTENCE);
		// Web storage of the extension's origin, which the service worker cannot see.
		const webStorage = await popup.evaluate(() => JSON.stringify([{...localStorage}, {...sessionStorage}]));
		await popup.close();

		expect(webStorage).toBe('[{},{}]');
		const stored = await extension.worker.evaluate(async () => ({
			local: await chrome.storage.local.get(null),
			sync: await chrome.storage.sync.get(null),
			session: await chrome.storage.session.get(null),
			caches: await caches.keys(),
			databases: (await indexedDB.databases()).map(db => db.name),
		}));
		const dump = JSON.stringify(stored);
		expect(dump).not.toContain(SENTENCE);
		expect(dump).not.toContain(TITLE);
		expect(stored.caches).toEqual([]);
		expect(stored.databases).toEqual([]);
		// The page has no images: anything the server saw after it loaded came from the extension.
		expect(server.requests.slice(mark)).toEqual([]);
	});

	it('the storage check would see page text stored by the extension', async () => {
		await extension.worker.evaluate(async sentence => chrome.storage.session.set({probe: sentence}), SENTENCE);
		const dump = JSON.stringify(await extension.worker.evaluate(() => chrome.storage.session.get(null)));
		expect(dump).toContain(SENTENCE);
		await extension.worker.evaluate(() => chrome.storage.session.remove('probe'));
	});
});
