// `npm run screenshots`: PNGs of the popup (light and dark) and of the reading-mode overlay
// on the seed fixture, and of the popup and options page in Arabic, for the README (docs/screenshots/).
import {mkdir} from 'node:fs/promises';
import {launchExtension, openPage, openPopup} from '../tests/e2e/browser.js';
import {startServer} from '../tests/e2e/server.js';

const out = new URL('../docs/screenshots/', import.meta.url);
await mkdir(out, {recursive: true});
const server = await startServer();
const seed = server.fixture('seed-metro-wordpress-jetpack');

/** Fixture images live on their original hosts, offline here: draw a stand-in instead. */
const placeholder = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
	<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8aa4c8"/><stop offset="1" stop-color="#d8c9a8"/></linearGradient></defs>
	<rect width="1200" height="675" fill="url(#g)"/></svg>`;

async function launch(options: Parameters<typeof launchExtension>[0]) {
	const extension = await launchExtension(options);
	await extension.context.route(url => url.hostname !== '127.0.0.1' && /^https?:$/.test(url.protocol), route =>
		route.request().resourceType() === 'image'
			? route.fulfill({contentType: 'image/svg+xml', body: placeholder})
			: route.abort());
	return extension;
}

async function optionsShot(extension: Awaited<ReturnType<typeof launch>>, file: string): Promise<void> {
	const options = await extension.context.newPage();
	await options.setViewportSize({width: 600, height: 720});
	await options.goto(`chrome-extension://${extension.id}/options.html`);
	await options.waitForSelector('input[name="theme"]:checked');
	await options.screenshot({path: new URL(file, out).pathname});
}

for (const scheme of ['light', 'dark'] as const) {
	const extension = await launch({colorScheme: scheme});
	try {
		const {page, tabId} = await openPage(extension, seed);
		const popup = await openPopup(extension, tabId);
		await popup.screenshot({path: new URL(`popup-${scheme}.png`, out).pathname});
		if (scheme === 'light') {
			await popup.getByRole('button', {name: /Reading mode/}).click();
			await page.waitForSelector('clearpage-reader');
			await page.bringToFront();
			await page.screenshot({path: new URL('overlay.png', out).pathname});
			const rtl = await openPage(extension, server.fixture('arabic-rtl'));
			const rtlPopup = await openPopup(extension, rtl.tabId);
			await rtlPopup.screenshot({path: new URL('popup-rtl.png', out).pathname});
			await optionsShot(extension, 'options.png');
		}
	} finally {
		await extension.close();
	}
}

// The interface in Arabic (needs Debian's chromium-l10n): right to left around an English article.
const arabic = await launch({uiLanguage: 'ar'});
try {
	const {tabId} = await openPage(arabic, seed);
	const popup = await openPopup(arabic, tabId);
	await popup.screenshot({path: new URL('popup-ar.png', out).pathname});
	await optionsShot(arabic, 'options-ar.png');
} finally {
	await arabic.close();
}
await server.close();
console.log(`screenshots written to ${out.pathname}`);
