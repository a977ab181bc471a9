// npm run bench — per-page extraction time in jsdom for Clearpage and plain Readability
// (on a deep clone, as an extension must run it, and on the parsed document itself),
// each on its own parse of the same page, the peers taking turns; then the size of every
// built bundle. ROUNDS (default 3) sets how many times each page is timed; LIMIT, how many pages.
import {readdirSync, statSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {Readability} from '@mozilla/readability';
import {cleanDocument, parseHtml} from '../../dist/lib/clearpage.mjs';
import {loadCorpus} from './corpus.mjs';

const pages = loadCorpus(Number(process.env.LIMIT ?? Infinity));
const peers = {
	clearpage: (doc, url) => cleanDocument(doc, {url}),
	'readability (clone)': doc => new Readability(doc.cloneNode(true)).parse(),
	'readability (in place)': doc => new Readability(doc).parse(),
};

function parse(page) {
	return parseHtml(page.html, page.url).defaultView;
}

const names = Object.keys(peers);
/** Every page is timed this many times for each peer; a page's time is its median. */
const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 3));
const runs = Object.fromEntries(names.map(name => [name, pages.map(() => [])]));
// One warm-up page so JIT and jsdom's selector caches are not billed to the first peer.
for (const run of Object.values(peers)) run(parse(pages[0]).document, pages[0].url);
for (let round = 0; round < ROUNDS; round++) {
	for (const [index, page] of pages.entries()) {
		// Each peer goes first on every other page and round: no peer always runs on a warmer cache.
		const shift = (index + round) % names.length;
		for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
			const window = parse(page);
			const start = performance.now();
			try {
				peers[name](window.document, page.url);
			} catch {
				// A page that throws is timed to the throw, for every peer alike.
			}
			runs[name][index].push(performance.now() - start);
			window.close();
			// jsdom frees a closed window only once the event loop turns (its load tasks hold it): in one
			// synchronous loop every page stays on the heap, and the growing heap's collections are billed
			// at random to whichever peer runs when they fall.
			await new Promise(resolve => setImmediate(resolve));
		}
	}
}

const quantile = (values, q) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const times = Object.fromEntries(names.map(name => [name, runs[name].map(page => quantile(page, 0.5))]));
/** The median over pages of one round's times: how far the budget's ratio moves from round to round. */
const roundRatios = Array.from({length: ROUNDS}, (_, round) => {
	const median = name => quantile(runs[name].map(page => page[round]), 0.5);
	return median('clearpage') / median('readability (clone)');
});
const ms = n => `${n.toFixed(1)} ms`;
const base = quantile(times['readability (clone)'], 0.5);
const inPlace = quantile(times['readability (in place)'], 0.5);

console.log(`\nExtraction time in jsdom over ${pages.length} pages, each the median of ${ROUNDS} runs (Node ${process.version})\n`);
console.log('| peer | median | p95 | max | median / Readability (clone) | median / Readability (in place) |');
console.log('|---|---|---|---|---|---|');
for (const [name, values] of Object.entries(times)) {
	const median = quantile(values, 0.5);
	console.log(`| ${name} | ${ms(median)} | ${ms(quantile(values, 0.95))} | ${ms(Math.max(...values))} | ${(median / base).toFixed(2)} | ${(median / inPlace).toFixed(2)} |`);
}
// The same page for both peers: a ratio that does not depend on which pages sit at the median.
const pageRatio = quantile(times.clearpage.map((time, index) => time / times['readability (clone)'][index]), 0.5);
console.log(`\nclearpage / Readability (clone), each round alone: ${roundRatios.map(ratio => ratio.toFixed(2)).join(', ')}; page by page, median: ${pageRatio.toFixed(2)}`);

console.log('\nBuilt bundles\n');
console.log('| file | bytes | KB |');
console.log('|---|---|---|');
for (const dir of ['dist/lib', 'dist', 'dist/chrome', 'dist/firefox']) {
	let names;
	try {
		names = readdirSync(dir).filter(name => /\.(m?js)$/.test(name));
	} catch {
		continue;
	}
	for (const name of names) {
		const {size} = statSync(`${dir}/${name}`);
		console.log(`| ${dir}/${name} | ${size} | ${(size / 1024).toFixed(1)} |`);
	}
}
