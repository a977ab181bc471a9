// Copy in Chromium: the clipboard is read back and compared with the same article cleaned in
// Node (jsdom) and turned into text, Markdown and HTML by the same view code.
import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {cleanHtml} from '../../src/node/clean-html.js';
import {buildCopy} from '../../src/view/copy-content.js';
import type {Translate} from '../../src/view/translate.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';
import {loadFixture} from '../helpers.js';
import {openPage, openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import type {TestServer} from './server.js';

const messages = JSON.parse(readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, {message: string}>;
const t: Translate = (key, substitutions = []) => {
	const values = [substitutions].flat();
	return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
};

const fixture = loadFixture('seed-metro-wordpress-jetpack');

describe.skipIf(skipReason)('copy in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	let popup: Page;
	let expected: (format: 'text' | 'markdown' | 'html') => {text: string; html?: string};

	beforeAll(async () => {
		({server, extension} = await startSession({clipboard: true}));
		const url = server.fixture(fixture.slug);
		const {tabId} = await openPage(extension, url);
		popup = await openPopup(extension, tabId);
		const locale = await popup.evaluate(() => navigator.language);
		const article = cleanHtml(fixture.source, {url});
		if (article.kind !== 'article') throw new Error('the seed is an article');
		const doc = new JSDOM('').window.document;
		expected = format => buildCopy(doc, format, {article, restored: [], options: DEFAULT_VIEW_OPTIONS, t, locale});
	});
	afterAll(() => stopSession(server, extension));

	async function copyAs(format: string): Promise<void> {
		await popup.bringToFront();
		await popup.getByRole('combobox', {name: 'Copy format'}).selectOption(format);
		await popup.getByRole('button', {name: /^Copy/}).click();
		await expect.poll(() => popup.textContent('#copy-status')).toBe('Copied');
	}

	it('copies plain text: title, byline, body, captions with credits, source', async () => {
		await copyAs('text');
		const text = await popup.evaluate(() => navigator.clipboard.readText());
		expect(text).toBe(expected('text').text);
		expect(text.startsWith(`${fixture.expected.title}\n\nTom Hadley · The Newsroom · `)).toBe(true);
		for (const caption of fixture.expected.captions!) expect(text).toContain(`- ${caption.text} (Credit: ${caption.credit})`);
		expect(text.endsWith(`Source: ${server.fixture(fixture.slug)}`)).toBe(true);
	});

	it('copies Markdown', async () => {
		await copyAs('markdown');
		const markdown = await popup.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toBe(expected('markdown').text);
		expect(markdown.startsWith(`# ${fixture.expected.title}`)).toBe(true);
		expect(markdown).toContain('## Captions');
	});

	it('copies HTML as text/html with a plain-text fallback', async () => {
		await copyAs('html');
		const {html, text} = await popup.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return {
				html: await (await item!.getType('text/html')).text(),
				text: await (await item!.getType('text/plain')).text(),
			};
		});
		const want = expected('html');
		expect(text).toBe(want.text);
		// Chromium's clipboard wraps HTML in a <meta charset> prefix; compare the article itself.
		expect(html.slice(html.indexOf('<article'))).toBe(want.html);
	});

	it('adds a put-back block to the copy', async () => {
		await popup.locator('#removed summary').click();
		const first = popup.locator('#removed-list .removed-item').first();
		await first.getByRole('button', {name: 'Put back'}).click();
		await copyAs('text');
		const text = await popup.evaluate(() => navigator.clipboard.readText());
		const preview = ((await first.locator('.removed-text').textContent()) ?? '').slice(0, 40);
		expect(text).toContain(preview);
		expect(text).not.toBe(expected('text').text);
	});
});
