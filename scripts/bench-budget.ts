// Part of `npm run bench:hard`: how long the extension holds a tab, in Chromium, where the tests
// only check what the reader sees (tests/e2e/robustness-pages.e2e.test.ts). Median over RUNS
// (default 5), each on a fresh load of a 1 MB article:
// - a read cut short by the budget (set to 1 ms: the core stops at its first check, after the
//   clone), against the same page read in full: the longest the page's main thread was held,
//   and the time from the "takes too long" screen to the page answering again;
// - a tab frozen by its own script (a request the test server holds): the time from opening
//   the popup to "not responding".
import type {Page} from 'playwright-core';
import {launchExtension, openPage, skipReason} from '../tests/e2e/browser.js';
import type {Extension} from '../tests/e2e/browser.js';
import {evaluateInContentWorld} from '../tests/e2e/content-world.js';
import {bigArticle, serveGenerated} from '../tests/e2e/generated-pages.js';
import {startServer} from '../tests/e2e/server.js';

const RUNS = Number(process.env.RUNS ?? 5);

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Measures, in the page, the longest time its main thread is held from now on (a 10 ms
 * timer that fires late). Call the returned function to read it.
 */
async function holdMeter(page: Page): Promise<() => Promise<number>> {
	await page.evaluate(() => {
		const meter = {last: performance.now(), longest: 0};
		(window as unknown as {__hold: typeof meter}).__hold = meter;
		setInterval(() => {
			meter.longest = Math.max(meter.longest, performance.now() - meter.last);
			meter.last = performance.now();
		}, 10);
	});
	// The timer that fired late runs before the read: 50 ms of page time later.
	return () => page.evaluate(() => new Promise<number>(resolve => setTimeout(() => {
		resolve((window as unknown as {__hold: {longest: number}}).__hold.longest);
	}, 50)));
}

async function popupState(extension: Extension, tabId: number, popup: Page): Promise<string> {
	await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
	await popup.waitForSelector('body:not([data-state="loading"])', {timeout: 60_000});
	return (await popup.getAttribute('body', 'data-state')) ?? '';
}

/** One fresh load, read with `budgetMs`: the longest hold, and how soon after the popup's answer the page answers. */
async function oneRead(extension: Extension, page: Page, tabId: number, popup: Page, url: string, budgetMs: number) {
	await page.goto(url);
	await extension.worker.evaluate(id => chrome.scripting.executeScript({target: {tabId: id}, files: ['content.js']}), tabId);
	await evaluateInContentWorld(page, `globalThis.__clearpageTest.setTimeBudget(${budgetMs})`);
	const held = await holdMeter(page);
	const state = await popupState(extension, tabId, popup);
	const answered = Date.now();
	await page.evaluate(() => document.title);
	const answerMs = Date.now() - answered;
	return {state, heldMs: await held(), answerMs};
}

/** A tab whose own script waits on a request the server holds: frozen until the popup gave its answer. */
async function frozenTab(extension: Extension, page: Page, tabId: number, popup: Page, run: number): Promise<{state: string; ms: number}> {
	await page.goto(server.page('form-article.html'));
	const freeze = server.hold(`bench-frozen-${run}`);
	await page.evaluate(holdUrl => void setTimeout(() => {
		const request = new XMLHttpRequest();
		request.open('GET', holdUrl, false);
		request.send();
	}), freeze.url);
	await freeze.arrived;
	const started = Date.now();
	const state = await popupState(extension, tabId, popup);
	const ms = Date.now() - started;
	freeze.release();
	return {state, ms};
}

if (skipReason) throw new Error(skipReason);
const server = await startServer();
const extension = await launchExtension();
const rows: string[] = [];
try {
	const url = await serveGenerated(extension.context, server.origin, 'big-article.html', bigArticle(1024 * 1024));
	const {page, tabId} = await openPage(extension, server.page('form-article.html'));
	const popup = await extension.context.newPage();
	for (const [label, budgetMs] of [['cut short by the budget (1 ms)', 1], ['read in full (60 s budget)', 60_000]] as const) {
		const runs = [];
		for (let run = 0; run < RUNS; run++) runs.push(await oneRead(extension, page, tabId, popup, url, budgetMs));
		const states = [...new Set(runs.map(run => run.state))].join(' / ');
		rows.push(`| 1 MB article, ${label} | ${states} | ${median(runs.map(run => run.heldMs)).toFixed(0)} ms | ${median(runs.map(run => run.answerMs)).toFixed(0)} ms |`);
		console.error(rows.at(-1));
	}
	const frozen = [];
	for (let run = 0; run < Math.ceil(RUNS / 2); run++) frozen.push(await frozenTab(extension, page, tabId, popup, run));
	rows.push(`| page frozen by its own script | ${[...new Set(frozen.map(run => run.state))].join(' / ')} | - | ${median(frozen.map(run => run.ms)).toFixed(0)} ms to the screen |`);
} finally {
	await extension.close();
	await server.close();
}

console.log(`\nHow long Clearpage holds a tab in Chromium (median of ${RUNS} fresh loads; the frozen tab: of ${Math.ceil(RUNS / 2)})\n`);
console.log('| case | popup shows | longest hold of the page | page answers after the popup\'s answer |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
