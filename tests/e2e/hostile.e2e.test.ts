// Hostile pages in Chromium: for every payload page, open the popup, copy as HTML and
// toggle reading mode; no payload may fire because of it, in the page or in the popup. The page's
// own scripts run when it loads (that is the page, not us): they are the baseline, and only what
// fires after it counts. The unit side is tests/hostile.test.ts.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {htmlProblems} from '../hostile-checks.js';
import {openPopup, skipReason, startSession, stopSession} from './browser.js';
import type {Extension} from './browser.js';
import {evaluateInContentWorld} from './content-world.js';
import {fromExtension, openHostileTabs, runHostilePage, scanOverlay, scanPopup} from './hostile-harness.js';
import type {HostileRun, HostileTabs} from './hostile-harness.js';
import {hostilePage, hostilePageNames} from '../hostile-pages.js';
import type {LoggedRequest, TestServer} from './server.js';

/** HOSTILE_PAGES=a,b runs only those pages (while working on them). */
const only = process.env.HOSTILE_PAGES?.split(',');
const pages = hostilePageNames().filter(name => !only || only.includes(name));
const read = hostilePage;
const controlSource = readFileSync(new URL('./pages/hostile-control.html', import.meta.url), 'utf8');

/** Pages run side by side, each in its own tab: most of a run is waiting for the browser. */
const TABS = 4;
const describeHit = (request: LoggedRequest) => `${request.url} (${request.dest ?? '?'} from ${request.referer ?? request.origin ?? request.site ?? '?'})`;

describe.skipIf(skipReason)('hostile pages in Chromium', () => {
	let server: TestServer;
	let extension: Extension;
	let tabs: HostileTabs;
	let page: Page;

	beforeAll(async () => {
		({server, extension} = await startSession({clipboard: true}));
		tabs = await openHostileTabs(extension);
		page = tabs.page;
	});
	afterAll(() => stopSession(server, extension));

	it.skipIf(only)(`serves the whole corpus (${pages.length} pages)`, () => {
		expect(pages.length).toBeGreaterThanOrEqual(40);
	});

	// A detector that finds nothing proves nothing unless it finds what it is meant to.
	describe('the canary detection works', () => {
		it('sees a page script fire at load (baseline) and again once reading mode changed the page', async () => {
			const run = await runHostilePage(extension, server, tabs, server.page('hostile-control.html'), controlSource, 'hostile-control');
			expect(run.baseline.flag).toBe(true);
			expect(run.baseline.hits.map(hit => hit.url)).toContain('/canary?id=hostile-control&when=load');
			expect(run.pageFlag).toBe(true);
			expect(run.hits.map(hit => hit.url)).toContain('/canary?id=hostile-control&when=late');
			expect(run.hits.some(fromExtension)).toBe(false);
		});

		it('sees the popup set the global, call /canary, hold executable markup and have its CSP block a handler', async () => {
			await page.goto(server.page('hostile-control.html'));
			const tabId = await extension.worker.evaluate(async url => (await chrome.tabs.query({})).find(tab => tab.url === url)?.id, page.url());
			const {popup} = tabs;
			await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
			await popup.waitForSelector('body[data-state="article"]');
			const mark = server.requests.length;
			await popup.evaluate(async origin => {
				(window as {__clearpageCanary?: unknown}).__clearpageCanary = 1;
				await fetch(`${origin}/canary?id=popup-control`);
				document.querySelector('#article')!.insertAdjacentHTML('beforeend', '<a href=" javascript:void 0">x</a><img src="missing.png" onerror="x">');
			}, server.origin);
			const scan = await scanPopup(popup);
			expect(scan.canary).toBe('number');
			expect(scan.problems).toEqual(expect.arrayContaining(['script URL in <a href>', '<img onerror>']));
			expect(server.requests.slice(mark).filter(fromExtension).map(hit => hit.url)).toEqual(['/canary?id=popup-control']);
			await expect.poll(() => tabs.csp.length).toBeGreaterThan(0);
		});

		it('reads the overlay, and would see executable markup in it', async () => {
			await page.goto(server.page('hostile-control.html'));
			const tabId = await extension.worker.evaluate(async url => (await chrome.tabs.query({})).find(tab => tab.url === url)?.id, page.url());
			const popup = await openPopup(extension, tabId!);
			await popup.click('#toggle');
			await page.waitForSelector('clearpage-reader', {state: 'attached'});
			const clean = await scanOverlay(page);
			expect(clean.articleHtml).toContain('lighthouse');
			expect(clean.problems).toEqual([]);
			// Only the content script's world can write here: this stands for a leak in the view.
			await evaluateInContentWorld(page, `globalThis.__clearpageTest.shadowRoot().querySelector('.cp-body').insertAdjacentHTML('beforeend', '<iframe src="/x"></iframe><p onclick="x">y</p>')`);
			expect((await scanOverlay(page)).problems).toEqual(['<iframe>', '<p onclick>']);
			await popup.click('#toggle');
			await popup.close();
		});
	});

	describe('the corpus', () => {
		const runs = new Map<string, HostileRun | Error>();
		/** htmlProblems of the article HTML shown in the popup and the overlay, and copied. */
		const htmlChecks = new Map<string, {popup: string[]; overlay: string[]; copied: string[]}>();
		const sent: LoggedRequest[] = [];
		beforeAll(async () => {
			const mark = server.requests.length;
			const queue = [...pages];
			await Promise.all(Array.from({length: TABS}, async () => {
				const mine = await openHostileTabs(extension);
				for (let name = queue.shift(); name; name = queue.shift()) {
					const run = await runHostilePage(extension, server, mine, server.hostile(name), read(name), name).catch((error: unknown) => error as Error);
					runs.set(name, run);
					// Checked here, while the other tabs wait on the browser: the jsdom checks are the slow part.
					if (run instanceof Error) continue;
					htmlChecks.set(name, {popup: htmlProblems(run.popup.articleHtml), overlay: htmlProblems(run.overlay.articleHtml), copied: htmlProblems(run.copiedHtml)});
				}
				await mine.close();
			}));
			sent.push(...server.requests.slice(mark).filter(request => !['GET', 'HEAD'].includes(request.method)));
		}, 300_000);

		it('puts removed blocks back before the copy, so their HTML is shown and copied too', () => {
			const run = runs.get('removed-block-payload');
			if (only && !run) return;
			if (run instanceof Error) throw run;
			expect(run?.popup.restored).toBeGreaterThan(0);
		});

		it('runs the pages\' own payloads when they load: the page-side detectors see real payloads', () => {
			for (const name of ['script-inline', 'img-onerror', 'body-onload']) {
				const run = runs.get(name);
				if (only && !run) continue;
				if (run instanceof Error) throw run;
				expect(run?.baseline.flag, name).toBe(true);
				expect(run?.baseline.hits.length, name).toBeGreaterThan(0);
			}
		});

		it('sends nothing: no request with a body while the whole corpus ran', () => {
			expect(sent.map(describeHit)).toEqual([]);
		});

		describe.each(pages)('%s', name => {
			let run: HostileRun;
			beforeAll(() => {
				const result = runs.get(name);
				if (!result || result instanceof Error) throw result ?? new Error(`${name} did not run`);
				run = result;
			});

			it('is shown as an article in the popup', () => {
				expect(run.popup.state).toBe('article');
			});

			it('fires nothing in the page: the global stays unset, /canary is not called', () => {
				expect(run.pageFlag, 'window.__clearpageCanary set after the extension acted').toBe(false);
				expect(run.overlay.canary, 'set in the content script\'s world').toBe(false);
				expect(run.hits.filter(hit => !fromExtension(hit)).map(describeHit)).toEqual([]);
			});

			it('fires nothing in the popup: no global, no /canary call, nothing for its CSP to block', () => {
				expect(run.popup.canary).toBe('undefined');
				expect(run.hits.filter(fromExtension).map(describeHit)).toEqual([]);
				expect(run.popup.csp).toEqual([]);
			});

			it('puts no script, event handler, frame or script URL in the popup or the overlay', () => {
				expect(run.popup.problems).toEqual([]);
				expect(run.overlay.problems).toEqual([]);
			});

			it('shows and copies article HTML with nothing executable, styled or auto-loading', () => {
				expect(run.overlay.articleHtml).not.toBe('');
				// Running the copy in a scripted jsdom (firesCanary) is the unit suite's job: it costs too much here.
				expect(htmlChecks.get(name)).toEqual({popup: [], overlay: [], copied: []});
			});

			it('leaves the page exactly as it was after reading mode', () => {
				expect(run.pageAfter).toBe(run.pageBefore);
			});
		});
	});
});
