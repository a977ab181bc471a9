// npm run bench:hard — per hard page (tests/hard-pages.ts): extraction time and memory in jsdom
// for Clearpage (dist/lib/clearpage.mjs) and for plain Readability on a clone of the same page,
// each on its own parse, with the ratio (see measure() for what the memory columns mean). The
// Chromium column belongs to scripts/bench-hard-browser.ts and is left as "—" here.
// ONLY=10mb-html,deep-nesting runs some pages. tests/hard-pages.ts is TypeScript, so package.json
// runs this file with `node --import tsx`.
import {performance} from 'node:perf_hooks';
import {Readability} from '@mozilla/readability';
import {cleanDocument, parseHtml} from '../../dist/lib/clearpage.mjs';
import {hardPages} from '../../tests/hard-pages.js';

const only = process.env.ONLY?.split(',');
const gc = globalThis.gc ?? (() => {});
const peers = {
	clearpage: (doc, url) => cleanDocument(doc, {url}),
	readability: doc => new Readability(doc.cloneNode(true)).parse(),
};

/**
 * Time and memory of one peer on a fresh parse of the page; a throw is timed to the throw and named.
 * heap: heapUsed growth over the run (nothing is collected in between, so it counts all that the
 * run allocated and still held at its end); rss: growth of the process's peak RSS (maxRSS), the
 * true peak, which only shows when a run goes past every earlier one.
 */
function measure(run, page) {
	const window = parseHtml(page.html, page.url).defaultView;
	gc();
	const heapBefore = process.memoryUsage().heapUsed;
	const peakBefore = process.resourceUsage().maxRSS;
	const start = performance.now();
	let outcome;
	try {
		const result = run(window.document, page.url);
		outcome = result?.kind ?? (result ? 'article' : 'null');
	} catch (error) {
		outcome = `throws ${error.name}`;
	}
	const ms = performance.now() - start;
	const heap = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
	const rss = (process.resourceUsage().maxRSS - peakBefore) / 1024;
	try {
		window.close();
	} catch {
		// jsdom detaches nodes recursively: closing the 5,000-deep page overflows the stack too.
	}
	return {ms, heap, rss, outcome};
}

const rows = [];
// Warm-up on a small page so JIT and jsdom's caches are not billed to the first row.
const warm = hardPages[0]();
for (const run of Object.values(peers)) measure(run, warm);
for (const make of hardPages) {
	const page = make();
	if (only && !only.includes(page.name)) continue;
	const [ours, theirs] = Object.values(peers).map(run => measure(run, page));
	rows.push({page, ours, theirs});
	console.error(`${page.name}: ${ours.ms.toFixed(0)} ms / ${theirs.ms.toFixed(0)} ms`);
}

const mb = n => `${n.toFixed(0)} MB`;
const ms = n => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
console.log(`\nHard pages in jsdom (Node ${process.version}); memory: heapUsed growth / peak-RSS growth\n`);
console.log('| page | size | Clearpage | Readability (clone) | time ratio | Clearpage heap / rss | Readability heap / rss | Clearpage result | Chromium (e2e) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const {page, ours, theirs} of rows) {
	const size = page.html.length >= 1048576 ? `${(page.html.length / 1048576).toFixed(1)} MB` : `${(page.html.length / 1024).toFixed(0)} KB`;
	const ratio = ours.outcome.startsWith('throws') || theirs.outcome.startsWith('throws') ? '—' : (ours.ms / theirs.ms).toFixed(2);
	console.log(`| ${page.what} | ${size} | ${ms(ours.ms)} | ${ms(theirs.ms)}${theirs.outcome.startsWith('throws') ? ` (${theirs.outcome})` : ''} | ${ratio} | ${mb(ours.heap)} / ${mb(ours.rss)} | ${mb(theirs.heap)} / ${mb(theirs.rss)} | ${ours.outcome} | — |`);
}
