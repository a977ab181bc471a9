// Loads the dev corpora of ../shared/corpus (see its README): scrapinghub (hand-checked bodies),
// trafilatura (must-keep / must-drop snippets, title / author / date) and readability
// (Readability's own expected output and metadata).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {decodeHtml} from '../../dist/lib/clearpage.mjs';

// The one place the corpora are found, for the jsdom benches and bench:browser (tests/e2e/server.ts):
// ../shared/corpus beside the repository, or the folder CLEARPAGE_CORPUS names. That folder holds the
// three sets; a folder with ground-truth.json in it is the scrapinghub set, its siblings the others.
const given = process.env.CLEARPAGE_CORPUS?.replace(/\/$/, '');
const isScrapinghub = given !== undefined && existsSync(`${given}/ground-truth.json`);
const root = given ? (isScrapinghub ? `${given}/..` : given) : fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const corpusDir = `${isScrapinghub ? given : `${root}/scrapinghub`}/`;
export const trafilaturaDir = `${root}/trafilatura/`;
export const readabilityDir = `${root}/readability/`;

/** Ends the bench with a message saying where to get the corpus when it is not there. */
export function requireCorpus(dir = corpusDir, marker = 'ground-truth.json') {
	if (existsSync(`${dir}${marker}`)) return;
	console.error(`clearpage bench: no corpus at ${dir}: put the dev corpora of shared/corpus (see its README) beside the repository, or set CLEARPAGE_CORPUS to the folder holding them`);
	process.exit(2);
}

const gunzip = path => gunzipSync(readFileSync(path));

/** Every scrapinghub page, sorted by id: {id, url, html, truth}. `limit` keeps the first N. */
export function loadCorpus(limit = Infinity) {
	requireCorpus();
	const truth = JSON.parse(readFileSync(`${corpusDir}ground-truth.json`, 'utf8'));
	return readdirSync(`${corpusDir}html`)
		.filter(name => name.endsWith('.html.gz'))
		.sort()
		.slice(0, limit)
		.map(name => {
			const id = name.replace('.html.gz', '');
			const html = gunzip(`${corpusDir}html/${name}`).toString('utf8');
			return {id, url: truth[id]?.url ?? `https://corpus.invalid/${id}`, html, truth: truth[id]?.articleBody ?? ''};
		});
}

/**
 * Every trafilatura page: {id, url, html, with, without, title, author, date}. The pages are in
 * many encodings and are decoded as a browser would; `hard::` pages have no address and get a placeholder.
 */
export function loadTrafilatura(limit = Infinity) {
	requireCorpus(trafilaturaDir, 'annotations.json');
	const {pages} = JSON.parse(readFileSync(`${trafilaturaDir}annotations.json`, 'utf8'));
	return pages.slice(0, limit).map(page => ({
		...page,
		url: /^https?:/.test(page.url) ? page.url : `https://corpus.invalid/${page.id}`,
		html: decodeHtml(gunzip(`${trafilaturaDir}${page.file}`)) ?? '',
	}));
}

/** Every page of Readability's test suite: {id, url, html, expected, metadata}. */
export function loadReadability(limit = Infinity) {
	requireCorpus(readabilityDir, 'index.json');
	const index = JSON.parse(readFileSync(`${readabilityDir}index.json`, 'utf8'));
	return index.pages.slice(0, limit).map(page => ({
		id: page.id,
		url: index.url,
		html: gunzip(`${readabilityDir}${page.source}`).toString('utf8'),
		expected: gunzip(`${readabilityDir}${page.expected}`).toString('utf8'),
		metadata: JSON.parse(readFileSync(`${readabilityDir}${page.metadata}`, 'utf8')),
	}));
}
