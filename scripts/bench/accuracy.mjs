// npm run bench:accuracy — Clearpage against plain Readability on the three dev sets of
// ../shared/corpus, each with its own metric, side by side; then the removal audit (every rule's
// removals judged against each set's truth). Per-page results: bench-results/accuracy-<set>.json (a build wipes dist/).
//   SETS=scrapinghub,trafilatura   only these sets      LIMIT=20   the first 20 pages of each
//   --removals (npm run bench:removals)   Clearpage only: body scores and the audit, half the time
import {mkdirSync, writeFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import {countByRule, printAudit} from './audit.mjs';
import {loadCorpus, loadReadability, loadTrafilatura} from './corpus.mjs';
import {printTables} from './accuracy-tables.mjs';

const removalsOnly = process.argv.includes('--removals');
const systems = removalsOnly ? ['clearpage'] : ['clearpage', 'readability'];
const limit = Number(process.env.LIMIT ?? Infinity);
const loaders = {scrapinghub: loadCorpus, trafilatura: loadTrafilatura, readability: loadReadability};
const chosen = (process.env.SETS ?? Object.keys(loaders).join(',')).split(',');

// A pool of workers for every set (jsdom is single-threaded; the machines have cores to spare).
// They load the built library once, at the start, so a build during the run does not reach them.
const workers = Array.from({length: Math.max(1, Number(process.env.JOBS ?? availableParallelism()))}, () => new Worker(new URL('./accuracy-worker.mjs', import.meta.url)));

async function evaluateAll(set, pages) {
	const rows = new Array(pages.length);
	let next = 0;
	await Promise.all(
		workers.map(worker => new Promise((resolve, reject) => {
			const send = () => {
				if (next >= pages.length) return void (worker.off('error', reject), resolve());
				const index = next++;
				worker.once('message', row => {
					rows[index] = row;
					send();
				});
				worker.postMessage({set, page: pages[index], systems});
			};
			worker.on('error', reject);
			send();
		})),
	);
	return rows;
}

const audit = {};
for (const set of chosen) {
	const started = performance.now();
	const rows = await evaluateAll(set, loaders[set](limit));
	mkdirSync('bench-results', {recursive: true});
	writeFileSync(`bench-results/accuracy-${set}.json`, `${JSON.stringify(rows, null, 1)}\n`);
	printTables(set, rows, systems);
	const rules = (audit[set] = {});
	for (const row of rows) countByRule(rules, row.id, row.clearpage.removed);
	console.log(`\n(${rows.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; per page: bench-results/accuracy-${set}.json)`);
}

const units = {scrapinghub: 'body shingles', trafilatura: 'must-keep snippets', readability: 'expected.html shingles'};
await Promise.all(workers.map(worker => worker.terminate()));
for (const [set, rules] of Object.entries(audit)) printAudit(`Removal audit, ${set}: what each rule removed, and how much of it was article text`, rules, units[set]);
