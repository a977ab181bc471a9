// What the screenshot scripts share: the README's image folder, Chromium with the test build whose
// pictures on other hosts (offline here) are drawn as a stand-in, and reading mode opened on a tab.
import {mkdir} from 'node:fs/promises';
import type {Page} from 'playwright-core';
import {launchExtension} from '../tests/e2e/browser.js';
import type {Extension} from '../tests/e2e/browser.js';

export const screenshotsDir = new URL('../docs/screenshots/', import.meta.url);

/** Writes `page` as it is now to docs/screenshots/`file`. */
export async function shot(page: Page, file: string): Promise<void> {
	await mkdir(screenshotsDir, {recursive: true});
	await page.screenshot({path: new URL(file, screenshotsDir).pathname});
}

/** Fixture images live on their original hosts, offline here: draw a stand-in instead. */
const placeholder = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
	<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8aa4c8"/><stop offset="1" stop-color="#d8c9a8"/></linearGradient></defs>
	<rect width="1200" height="675" fill="url(#g)"/></svg>`;

export async function launch(options: Parameters<typeof launchExtension>[0] = {}): Promise<Extension> {
	const extension = await launchExtension(options);
	await extension.context.route(url => url.hostname !== '127.0.0.1' && /^https?:$/.test(url.protocol), route =>
		route.request().resourceType() === 'image'
			? route.fulfill({contentType: 'image/svg+xml', body: placeholder})
			: route.abort());
	return extension;
}

/** Reading mode on tab `tabId`, as the keyboard command opens it. */
export async function openReadingMode(extension: Extension, page: Page, tabId: number): Promise<void> {
	await extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);
	await page.waitForSelector('clearpage-reader');
}
