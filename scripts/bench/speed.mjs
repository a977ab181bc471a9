// npm run bench — per-page extraction time in jsdom for Clearpage and plain Readability
// (on a deep clone, as an extension must run it, and on the parsed document itself),
// each on its own parse of the same page; then the size of every built bundle.
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

const times = Object.fromEntries(Object.keys(peers).map(name => [name, []]));
// One warm-up page so JIT and jsdom's selector caches are not billed to the first peer.
for (const run of Object.values(peers)) run(parse(pages[0]).document, pages[0].url);
for (const page of pages) {
	for (const [name, run] of Object.entries(peers)) {
		const window = parse(page);
		const start = performance.now();
		try {
			run(window.document, page.url);
		} catch {
			// A page that throws is timed to the throw, for every peer alike.
		}
		times[name].push(performance.now() - start);
		window.close();
		// jsdom frees a closed window only once the event loop turns (its load tasks hold it): in one
		// synchronous loop every page stays on the heap, and the growing heap's collections are billed
		// at random to whichever peer runs when they fall.
		await new Promise(resolve => setImmediate(resolve));
	}
}

const quantile = (values, q) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = n => `${n.toFixed(1)} ms`;
const base = quantile(times['readability (clone)'], 0.5);
const inPlace = quantile(times['readability (in place)'], 0.5);

console.log(`\nExtraction time in jsdom over ${pages.length} pages (Node ${process.version})\n`);
console.log('| peer | median | p95 | max | median / Readability (clone) | median / Readability (in place) |');
console.log('|---|---|---|---|---|---|');
for (const [name, values] of Object.entries(times)) {
	const median = quantile(values, 0.5);
	console.log(`| ${name} | ${ms(median)} | ${ms(quantile(values, 0.95))} | ${ms(Math.max(...values))} | ${(median / base).toFixed(2)} | ${(median / inPlace).toFixed(2)} |`);
}

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
