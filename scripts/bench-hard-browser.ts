// The Chromium half of `npm run bench:hard`: for each hard page (tests/hard-pages.ts), served
// from 127.0.0.1 and loaded fresh for every run, median over RUNS (default 5) of
// - Clearpage's core, cleanDocument(document) timed inside the content script's isolated world
//   (the test build's hook, src/content/test-hooks.ts), without a budget, so the true time shows;
// - plain Readability on document.cloneNode(true), its own file injected into the page;
// - on another fresh load, the getArticle round trip the popup waits for once the script is in
//   (core with the real 2 s budget and size limit, Markdown, message), timed in the service
//   worker, and what it answered: what the popup of the shipped extension shows for the page.
// Every run is a fresh page and a fresh content script: cold, as a reader's click is.
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {hardPages} from '../tests/hard-pages.js';
import {launchExtension, openPage, skipReason} from '../tests/e2e/browser.js';
import type {Extension} from '../tests/e2e/browser.js';
import {evaluateInContentWorld} from '../tests/e2e/content-world.js';
import {serveGenerated} from '../tests/e2e/generated-pages.js';
import {startServer} from '../tests/e2e/server.js';

const RUNS = Number(process.env.RUNS ?? 5);
const only = process.env.ONLY?.split(',');
const readabilityJs = readFileSync(new URL('../node_modules/@mozilla/readability/Readability.js', import.meta.url), 'utf8');

interface Run {
	coreMs: number;
	readabilityMs: number;
	kind: string;
	budgetMs: number;
}

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeReadability(page: Page): Promise<number> {
	await page.addScriptTag({content: readabilityJs});
	return page.evaluate(() => {
		const start = performance.now();
		new (window as unknown as {Readability: new (doc: Document) => {parse(): unknown}}).Readability(document.cloneNode(true) as Document).parse();
		return performance.now() - start;
	});
}

/** A fresh load of the page with the content script in it. */
async function freshLoad(extension: Extension, page: Page, tabId: number, url: string): Promise<void> {
	await page.goto(url, {timeout: 120_000});
	await extension.worker.evaluate(id => chrome.scripting.executeScript({target: {tabId: id}, files: ['content.js']}), tabId);
	// The budget the shipped extension has (the test build's own is longer).
	await evaluateInContentWorld(page, 'globalThis.__clearpageTest.setTimeBudget()');
}

async function oneRun(extension: Extension, page: Page, tabId: number, url: string, readabilityFirst: boolean): Promise<Run> {
	await freshLoad(extension, page, tabId, url);
	const ours = () => evaluateInContentWorld<{coreMs: number; kind: string; budgetMs: number}>(page, 'globalThis.__clearpageTest.time()');
	// Alternate which goes first, so neither always gets the warmer page.
	if (readabilityFirst) {
		const readabilityMs = await timeReadability(page);
		return {...await ours(), readabilityMs};
	}
	const clearpage = await ours();
	return {...clearpage, readabilityMs: await timeReadability(page)};
}

/** The popup's getArticle, from the service worker: milliseconds and what came back (kind, code). */
async function getArticle(extension: Extension, tabId: number): Promise<{ms: number; shows: string}> {
	const {ms, reply} = await extension.worker.evaluate(async id => {
		const start = performance.now();
		const reply = await chrome.tabs.sendMessage(id, {clearpage: 'getArticle', request: {}}) as
			{ok: boolean; value?: {kind: string; code?: string}; error?: string};
		return {ms: performance.now() - start, reply};
	}, tabId);
	if (!reply.ok) return {ms, shows: `error: ${reply.error}`};
	return {ms, shows: reply.value!.code ? `${reply.value!.kind} (${reply.value!.code})` : reply.value!.kind};
}

if (skipReason) throw new Error(skipReason);
const server = await startServer();
const extension = await launchExtension();
const rows: string[] = [];
let budgetMs = 0;
try {
	const {page, tabId} = await openPage(extension, server.page('form-article.html'));
	for (const make of hardPages) {
		const hard = make();
		if (only && !only.includes(hard.name)) continue;
		const url = await serveGenerated(extension.context, server.origin, `${hard.name}.html`, hard.html);
		const runs: Run[] = [];
		for (let run = 0; run < RUNS; run++) runs.push(await oneRun(extension, page, tabId, url, run % 2 === 1));
		const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
		const answers: Array<{ms: number; shows: string}> = [];
		for (let run = 0; run < Math.ceil(RUNS / 2); run++) {
			await freshLoad(extension, page, tabId, url);
			answers.push(await getArticle(extension, tabId));
		}
		const shows = [...new Set(answers.map(answer => answer.shows))].join(' / ');
		budgetMs = runs[0]!.budgetMs;
		const core = median(runs.map(run => run.coreMs));
		const answer = median(answers.map(one => one.ms));
		const readability = median(runs.map(run => run.readabilityMs));
		const flags = [core > budgetMs ? 'over budget' : '', core > 1.5 * readability ? 'over 1.5× Readability' : ''].filter(Boolean).join(', ');
		const size = hard.html.length >= 1048576 ? `${(hard.html.length / 1048576).toFixed(1)} MB` : `${(hard.html.length / 1024).toFixed(0)} KB`;
		rows.push(`| ${hard.what} | ${size} | ${elements.toLocaleString('en')} | ${ms(core)} | ${ms(readability)} | ${(core / readability).toFixed(2)} | ${runs[0]!.kind} | ${ms(answer)} | ${shows} | ${flags || 'ok'} |`);
		console.error(`${hard.name}: core ${ms(core)}, Readability ${ms(readability)}, shows ${shows}`);
	}
} finally {
	await extension.close();
	await server.close();
}

function ms(n: number): string {
	return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`;
}

console.log(`\nHard pages in Chromium (median of ${RUNS} cold runs, getArticle of ${Math.ceil(RUNS / 2)}; timed in the browser; budget ${ms(budgetMs)}, target: core within it and ≤ 1.5× Readability)\n`);
console.log('| page | size | elements | Clearpage core | Readability (clone) | time ratio | core result | popup\'s getArticle | it answers | target |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
