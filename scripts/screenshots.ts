// `npm run screenshots` (this, then screenshots-listen.ts): PNGs of the popup (light and dark) and
// of the reading-mode overlay on the seed fixture, of the outline in reading mode, and of the popup
// and options page in Arabic, for the README (docs/screenshots/).
import {openPage, openPopup} from '../tests/e2e/browser.js';
import type {Extension} from '../tests/e2e/browser.js';
import {inOverlay} from '../tests/e2e/content-world.js';
import {startServer} from '../tests/e2e/server.js';
import {launch, openReadingMode, screenshotsDir, shot} from './screenshot-kit.js';

const server = await startServer();
const seed = server.fixture('seed-metro-wordpress-jetpack');

async function optionsShot(extension: Extension, file: string): Promise<void> {
	const options = await extension.context.newPage();
	await options.setViewportSize({width: 600, height: 720});
	await options.goto(`chrome-extension://${extension.id}/options.html`);
	await options.waitForSelector('input[name="theme"]:checked');
	await shot(options, file);
}

/** Reading mode on an article with four subheadings, scrolled so the outline shows the first section marked. */
async function outlineShot(extension: Extension): Promise<void> {
	const {page, tabId} = await openPage(extension, server.page('sections-article.html'));
	await openReadingMode(extension, page, tabId);
	// The outline marks the last heading above a third of the view: bring the first one just above that line.
	await inOverlay(page, `
		const scroller = root.querySelector('.cp-overlay');
		const heading = root.querySelector('.cp-body h2');
		scroller.scrollTop += heading.getBoundingClientRect().top - innerHeight / 3 + 30;`);
	for (let tries = 0; !await inOverlay<boolean>(page, `return Boolean(root.querySelector('.cp-outline a[aria-current]'))`); tries++) {
		if (tries > 100) throw new Error('the outline marked no section');
		await page.waitForTimeout(50);
	}
	await shot(page, 'outline.png');
}

for (const scheme of ['light', 'dark'] as const) {
	const extension = await launch({colorScheme: scheme});
	try {
		const {page, tabId} = await openPage(extension, seed);
		const popup = await openPopup(extension, tabId);
		await shot(popup, `popup-${scheme}.png`);
		if (scheme === 'light') {
			await popup.getByRole('button', {name: /Reading mode/}).click();
			await page.waitForSelector('clearpage-reader');
			await page.bringToFront();
			await shot(page, 'overlay.png');
			const rtl = await openPage(extension, server.fixture('arabic-rtl'));
			const rtlPopup = await openPopup(extension, rtl.tabId);
			await shot(rtlPopup, 'popup-rtl.png');
			await optionsShot(extension, 'options.png');
			await outlineShot(extension);
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
	await shot(popup, 'popup-ar.png');
	await optionsShot(arabic, 'options-ar.png');
} finally {
	await arabic.close();
}
await server.close();
console.log(`screenshots written to ${screenshotsDir.pathname}`);
