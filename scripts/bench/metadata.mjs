// npm run bench:metadata — the article header (title, byline, date) of Clearpage and of plain
// Readability on the trafilatura dev set (human annotations), side by side, and Clearpage's
// agreement with Readability's expected metadata on Readability's own test pages.
//   --list title|author|junk|date|readability   also print Clearpage's misses of that kind
//   LIMIT=50   the first 50 pages of each set      JOBS=2   workers
//   CLEARPAGE_LIB=/path/clearpage.mjs   score another build (a copy of dist/lib made before a change)
// Per-page results: dist/bench/metadata.json.
import {mkdirSync, writeFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {compareWithReadability, metadataTable, readabilityAgreementTable, scoreMetadata} from './metadata-metric.mjs';

if (isMainThread) await main();
else await serve();

async function main() {
	const {loadReadability, loadTrafilatura} = await import('./corpus.mjs');
	const list = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : null;
	const limit = Number(process.env.LIMIT ?? Infinity);
	const annotated = loadTrafilatura(limit).filter(page => page.title !== undefined);
	const traf = await inWorkers(annotated.map(page => ({page, systems: ['clearpage', 'readability']})));
	const scores = {clearpage: [], readability: []};
	const leadImages = {shown: 0, sameAsBody: 0, logoLike: 0};
	for (const [i, page] of annotated.entries()) {
		scores.clearpage.push(scoreMetadata(page, traf[i].clearpage));
		scores.readability.push(scoreMetadata(page, traf[i].readability));
		countLeadImage(leadImages, traf[i].clearpage);
	}
	console.log(`\nHeader on the ${annotated.length} annotated pages of shared/corpus/trafilatura (Clearpage forced: Show anyway)\n`);
	for (const line of metadataTable(scores)) console.log(line);
	console.log(`\nClearpage lead image: shown on ${leadImages.shown} pages; the body's first picture again on ${leadImages.sameAsBody}; a logo or default by its address on ${leadImages.logoLike}`);

	const readabilityPages = loadReadability(limit);
	const outputs = await inWorkers(readabilityPages.map(page => ({page: {id: page.id, url: page.url, html: page.html}, systems: ['clearpage']})));
	const comparisons = readabilityPages.map((page, i) => ({id: page.id, expected: page.metadata, got: outputs[i].clearpage, ...compareWithReadability(page.metadata, outputs[i].clearpage, page.url)}));
	console.log(`\nAgreement with Readability's expected metadata on its ${readabilityPages.length} test pages (a regression check, not a human truth)\n`);
	for (const line of readabilityAgreementTable(comparisons)) console.log(line);

	if (list) printMisses(list, scores.clearpage, comparisons);
	mkdirSync('dist/bench', {recursive: true});
	writeFileSync('dist/bench/metadata.json', `${JSON.stringify({trafilatura: scores, readability: comparisons}, null, 1)}\n`);
	console.log('\nPer-page results: dist/bench/metadata.json');
}

/**
 * Runs the jobs on a pool of workers, each replaced after a few dozen pages: jsdom leaves
 * garbage a worker's heap keeps, and 700 parsed pages in one process ran out of memory.
 */
async function inWorkers(jobs) {
	const results = new Array(jobs.length);
	let next = 0;
	const lib = process.env.CLEARPAGE_LIB ?? new URL('../../dist/lib/clearpage.mjs', import.meta.url).href;
	const runner = async () => {
		while (next < jobs.length) {
			const batch = [];
			while (batch.length < 40 && next < jobs.length) batch.push(next++);
			const worker = new Worker(new URL(import.meta.url), {workerData: {lib}});
			for (const index of batch) {
				results[index] = await new Promise((resolve, reject) => {
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.postMessage(jobs[index]);
				});
				worker.removeAllListeners('error');
			}
			await worker.terminate();
		}
	};
	await Promise.all(Array.from({length: Math.max(1, Number(process.env.JOBS ?? availableParallelism()))}, runner));
	return results;
}

/** A worker: answers each {page, systems} with each system's header fields. */
async function serve() {
	const {Readability} = await import('@mozilla/readability');
	const {cleanDocument, parseHtml} = await import(workerData.lib);
	const withDocument = (page, read) => {
		const doc = parseHtml(page.html, page.url);
		try {
			return read(doc);
		} catch (error) {
			console.error(`${page.id}: ${error}`);
			return null;
		} finally {
			doc.defaultView?.close();
		}
	};
	// Forced, so the header is measured on every page: a page wrongly called "no article" is the
	// body bench's failure, and Show anyway still shows this header.
	const systems = {
		clearpage: page => withDocument(page, doc => {
			const result = cleanDocument(doc, {url: page.url, force: true});
			if (result.kind !== 'article') return null;
			const firstImage = /<img\b[^>]*\ssrc="([^"]+)"/.exec(result.html)?.[1]?.replaceAll('&amp;', '&') ?? null;
			return {title: result.title, byline: result.byline, publishedTime: result.publishedTime, siteName: result.siteName, leadImage: result.leadImage?.url ?? null, firstImage};
		}),
		readability: page => withDocument(page, doc => {
			const parsed = new Readability(doc).parse();
			return parsed && {title: parsed.title, byline: parsed.byline, publishedTime: parsed.publishedTime, siteName: parsed.siteName};
		}),
	};
	parentPort.on('message', ({page, systems: names}) => {
		parentPort.postMessage(Object.fromEntries(names.map(name => [name, systems[name](page)])));
	});
}

function countLeadImage(counts, article) {
	if (!article?.leadImage) return;
	counts.shown++;
	const stem = url => url?.split(/[?#]/)[0].split('/').pop().replace(/[-_]?\d+x\d+(?=\.)|\.\w+$/g, '');
	if (article.firstImage && stem(article.firstImage) === stem(article.leadImage)) counts.sameAsBody++;
	if (/logo|default|placeholder|fallback/i.test(article.leadImage)) counts.logoLike++;
}

function printMisses(kind, scores, comparisons) {
	if (kind === 'readability') {
		for (const c of comparisons) {
			if (c.title !== 'same' || c.byline === 'differs' || c.date === 'differs') console.log(JSON.stringify({id: c.id, title: c.title, byline: c.byline, date: c.date, expected: c.expected, got: c.got}));
		}
		return;
	}
	console.log(`\nClearpage, ${kind} not right:\n`);
	const bad = {title: s => s.title === 'extra' || s.title === 'wrong', author: s => s.author === 'wrong' || s.author === 'missing' || s.author === 'false', junk: s => s.junk, date: s => s.date && s.date !== 'exact'};
	const field = kind === 'junk' ? 'author' : kind;
	for (const s of scores.filter(bad[kind])) {
		const want = {title: s.want.title, author: s.want.author, date: s.want.date}[field];
		const got = {title: s.got.title, author: s.got.byline, date: s.got.publishedTime}[field];
		console.log(`${s.id} ${s[field]}${s.junk ? ` (${s.junk})` : ''} | want ${JSON.stringify(want)} | got ${JSON.stringify(got)} | ${s.url}`);
	}
}
