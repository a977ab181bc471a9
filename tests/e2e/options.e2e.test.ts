// Options in Chromium: changes reach an open popup and overlay at once and survive a reload;
// axe-core finds no serious or critical violation on popup, options and overlay.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations, overlayViolations} from './axe.js';
import {openPage, openPopup, optionsPage, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import type {TestServer} from './server.js';

describe.skipIf(skipReason)('options and accessibility in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	let page: Page;
	let popup: Page;

	beforeAll(async () => {
		({server, extension} = await startSession());
		const opened = await openPage(extension, server.fixture('seed-metro-wordpress-jetpack'));
		page = opened.page;
		popup = await openPopup(extension, opened.tabId);
	});
	afterAll(() => stopSession(server, extension));

	const overlayLook = () => inOverlay<{theme: string; size: string; background: string}>(page, `
		const overlay = root.querySelector('.cp-overlay');
		return {
			theme: overlay.dataset.theme,
			size: getComputedStyle(root.querySelector('.cp-article')).fontSize,
			background: getComputedStyle(overlay).backgroundColor,
		};`);

	it('has no serious accessibility violations in the popup, options page and overlay', async () => {
		expect(await axeViolations(popup)).toEqual([]);
		const options = await optionsPage(extension);
		expect(await axeViolations(options)).toEqual([]);
		await options.close();
		await popup.getByRole('button', {name: /Reading mode/}).click();
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		expect(await overlayViolations(page)).toEqual([]);
	});

	it('applies theme and text size live to the open popup and overlay', async () => {
		expect(await overlayLook()).toEqual({theme: 'system', size: '18px', background: 'rgb(253, 253, 252)'});
		// "Follow the system" follows a change of the system's scheme while open.
		await page.emulateMedia({colorScheme: 'dark'});
		await expect.poll(overlayLook).toMatchObject({theme: 'system', background: 'rgb(27, 28, 31)'});
		await page.emulateMedia({colorScheme: 'light'});
		const options = await optionsPage(extension);
		await options.getByRole('radio', {name: 'Dark'}).check();
		await options.getByRole('slider', {name: 'Text size'}).fill('24');
		await expect.poll(() => options.textContent('#saved')).toBe('Saved');

		await expect.poll(() => popup.getAttribute('body', 'data-theme')).toBe('dark');
		// Theme and size are two storage writes; the size may reach the popup after the theme.
		await expect.poll(() => popup.$eval('.cp-article', el => getComputedStyle(el).fontSize)).toBe('24px');
		await expect.poll(overlayLook).toEqual({theme: 'dark', size: '24px', background: 'rgb(27, 28, 31)'});

		await options.getByRole('radio', {name: 'Sepia'}).check();
		await expect.poll(overlayLook).toMatchObject({theme: 'sepia', background: 'rgb(246, 239, 223)'});
		await options.close();
	});

	it('keeps the options after a reload', async () => {
		const options = await optionsPage(extension);
		expect(await options.getByRole('radio', {name: 'Sepia'}).isChecked()).toBe(true);
		expect(await options.getByRole('slider', {name: 'Text size'}).inputValue()).toBe('24');
		await options.reload();
		await options.waitForSelector('input[name="theme"]:checked');
		expect(await options.getByRole('radio', {name: 'Sepia'}).isChecked()).toBe(true);
		await popup.reload();
		await popup.waitForSelector('body[data-state="article"]');
		expect(await popup.getAttribute('body', 'data-theme')).toBe('sepia');
		expect(await popup.$eval('.cp-article', el => getComputedStyle(el).fontSize)).toBe('24px');
		await options.close();
	});

	it('saves where a slider is let go after a long drag (storage.sync takes 120 writes a minute)', async () => {
		const options = await optionsPage(extension);
		// A drag: one input event per step, back and forth over the whole range three times, then the release.
		await options.$eval('input[name="lineWidth"]', slider => {
			const input = slider as HTMLInputElement;
			for (let pass = 0; pass < 3; pass++) {
				for (let step = 40; step <= 100; step++) {
					input.value = String(pass % 2 ? 140 - step : step);
					input.dispatchEvent(new Event('input', {bubbles: true}));
				}
			}
			input.value = '76';
			input.dispatchEvent(new Event('input', {bubbles: true}));
			input.dispatchEvent(new Event('change', {bubbles: true}));
		});
		await expect.poll(() => options.textContent('#lineWidth-value')).toContain('76');
		await expect.poll(() => options.textContent('#saved')).toBe('Saved');
		await options.reload();
		await options.waitForSelector('input[name="theme"]:checked');
		expect(await options.inputValue('input[name="lineWidth"]')).toBe('76');
		await options.close();
	});

	it('keeps a slider where the pointer holds it when a change from elsewhere lands mid-drag', async () => {
		const options = await optionsPage(extension);
		const slider = options.locator('input[name="textSize"]');
		const box = (await slider.boundingBox())!;
		const y = box.y + box.height / 2;
		const thumb = await slider.evaluate(input => (Number((input as HTMLInputElement).value) - 12) / 20);
		await options.mouse.move(box.x + 8 + thumb * (box.width - 16), y);
		await options.mouse.down();
		await options.mouse.move(box.x + box.width - 4, y, {steps: 5});
		const dragged = await slider.inputValue();
		expect(Number(dragged)).toBeGreaterThan(28);
		// Another window changes the theme while the pointer is still down.
		await extension.worker.evaluate(async () => {
			const {options: stored} = await chrome.storage.sync.get('options');
			await chrome.storage.sync.set({options: {...(stored as object), theme: 'dark'}});
		});
		await expect.poll(() => options.getAttribute('body', 'data-theme')).toBe('dark');
		expect(await slider.inputValue()).toBe(dragged);
		await options.mouse.up();
		await expect.poll(() => popup.$eval('.cp-article', el => getComputedStyle(el).fontSize)).toBe(`${dragged}px`);
		await options.close();
	});
});
