// Loads the public dev corpus (../shared/corpus/scrapinghub): pages and their hand-checked bodies.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

// The one place the corpus is found, for the jsdom benches and bench:browser (tests/e2e/server.ts):
// beside the repository, or where CLEARPAGE_CORPUS points.
export const corpusDir = `${process.env.CLEARPAGE_CORPUS?.replace(/\/$/, '') ?? fileURLToPath(new URL('../../../shared/corpus/scrapinghub', import.meta.url))}/`;

/** Ends the bench with a message saying where to get the corpus when it is not there. */
export function requireCorpus() {
	if (existsSync(`${corpusDir}ground-truth.json`)) return;
	console.error(`clearpage bench: no corpus at ${corpusDir}: put ScrapingHub's article-extraction-benchmark (html/ and ground-truth.json) there, or set CLEARPAGE_CORPUS to its folder`);
	process.exit(2);
}

/** Every page of the corpus, sorted by id: {id, url, html, truth}. `limit` keeps the first N. */
export function loadCorpus(limit = Infinity) {
	requireCorpus();
	const truth = JSON.parse(readFileSync(`${corpusDir}ground-truth.json`, 'utf8'));
	return readdirSync(`${corpusDir}html`)
		.filter(name => name.endsWith('.html.gz'))
		.sort()
		.slice(0, limit)
		.map(name => {
			const id = name.replace('.html.gz', '');
			const html = gunzipSync(readFileSync(`${corpusDir}html/${name}`)).toString('utf8');
			return {id, url: truth[id]?.url ?? `https://corpus.invalid/${id}`, html, truth: truth[id]?.articleBody ?? ''};
		});
}
