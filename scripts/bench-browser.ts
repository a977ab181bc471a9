// `npm run bench:browser`: in real Chromium, median and p95 over 20 runs of
// (a) popup navigation start -> article shown, (b) reading mode on and off (toggle click ->
// overlay in / out of the page), timed inside the browser, on the seed fixture and the 3 largest pages of the shared corpus.
import {readdirSync, readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import type {Page} from 'playwright-core';
import {launchExtension, openPage, skipReason} from '../tests/e2e/browser.js';
import {requireCorpus} from './bench/corpus.mjs';
import {corpusPages, startServer} from '../tests/e2e/server.js';

const RUNS = Number(process.env.RUNS ?? 20);

function largestCorpusPages(count: number): string[] {
	requireCorpus();
	return readdirSync(corpusPages)
		.filter(name => name.endsWith('.html.gz'))
		.map(name => ({name: name.replace('.html.gz', ''), size: gunzipSync(readFileSync(new URL(name, corpusPages))).length}))
		.sort((a, b) => b.size - a.size)
		.slice(0, count)
		.map(page => page.name);
}

function stats(samples: number[]): {median: number; p95: number} {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
	return {median: at(0.5), p95: at(0.95)};
}

/**
 * Click on the popup's toggle -> overlay host added to / removed from the page, both
 * stamped inside the browser (same clock), so driver round trips do not count.
 */
async function toggleTime(page: Page, popup: Page): Promise<number> {
	const changed = page.evaluate(() => new Promise<number>(resolve => {
		const observer = new MutationObserver(() => {
			observer.disconnect();
			resolve(performance.timeOrigin + performance.now());
		});
		observer.observe(document.documentElement, {childList: true});
	}));
	await page.evaluate(() => 0); // the observer is in place before the click
	const clicked = await popup.evaluate(() => {
		const at = performance.timeOrigin + performance.now();
		document.querySelector<HTMLButtonElement>('#toggle')!.click();
		return at;
	});
	return (await changed) - clicked;
}

if (skipReason) throw new Error(skipReason);
const server = await startServer();
const extension = await launchExtension();
const pages = [
	{label: 'seed fixture', url: server.fixture('seed-metro-wordpress-jetpack')},
	...largestCorpusPages(3).map(name => ({label: `corpus ${name.slice(0, 12)}`, url: server.corpus(name)})),
];
const rows: string[] = [];
try {
	const {page, tabId} = await openPage(extension, pages[0]!.url);
	const popup: Page = await extension.context.newPage();
	await popup.setViewportSize({width: 420, height: 600});
	const popupUrl = `chrome-extension://${extension.id}/popup.html?tabId=${tabId}`;
	for (const {label, url} of pages) {
		await page.goto(url);
		const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
		const shown: number[] = [];
		const on: number[] = [];
		const off: number[] = [];
		let state = '';
		for (let run = 0; run < RUNS; run++) {
			// A fresh page each run: the content script is injected and the page cleaned from cold.
			await page.reload();
			await popup.goto(popupUrl);
			await popup.waitForSelector('body:not([data-state="loading"]):not([data-state="page-loading"])');
			state = (await popup.getAttribute('body', 'data-state')) ?? '';
			if (state !== 'article') continue;
			// From popup navigation start (what a toolbar click starts) to the article on screen.
			shown.push(await popup.evaluate(() => performance.getEntriesByName('clearpage:article-shown')[0]!.startTime));
			on.push(await toggleTime(page, popup));
			off.push(await toggleTime(page, popup));
		}
		const format = (samples: number[]) => {
			if (samples.length === 0) return 'n/a';
			const {median, p95} = stats(samples);
			return `${median.toFixed(0)} / ${p95.toFixed(0)}`;
		};
		rows.push(`| ${label} | ${elements} | ${state} | ${format(shown)} | ${format(on)} | ${format(off)} |`);
		console.log(rows.at(-1));
	}
} finally {
	await extension.close();
	await server.close();
}
console.log(`\nChromium, ${RUNS} runs each, milliseconds as median / p95 (stamped in the browser)\n`);
console.log('| page | elements | popup state | popup opened -> article shown | reading mode on | reading mode off |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
