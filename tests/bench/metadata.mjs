// npm run bench:metadata — the article header (title, byline, date) of Clearpage and of plain
// Readability on the trafilatura dev set (human annotations), side by side, and Clearpage's
// agreement with Readability's expected metadata on Readability's own test pages.
// `--list title|author|junk|date|readability` also prints Clearpage's misses of that kind.
// Per-page results: dist/bench/metadata.json.
import {mkdirSync, writeFileSync} from 'node:fs';
import {Readability} from '@mozilla/readability';
import {cleanHtml, parseHtml} from '../../dist/lib/clearpage.mjs';
import {loadReadability, loadTrafilatura} from './corpus.mjs';
import {compareWithReadability, metadataTable, readabilityAgreementTable, scoreMetadata} from './metadata-metric.mjs';

const list = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : null;
const limit = Number(process.env.LIMIT ?? Infinity);

// Forced, so the header is measured on every page: a page wrongly called "no article" is the body
// bench's failure, and Show anyway still shows this header.
function clearpage(page) {
	const result = cleanHtml(page.html, {url: page.url, force: true});
	return result.kind === 'article' ? result : null;
}

function readability(page) {
	const parsed = new Readability(parseHtml(page.html, page.url)).parse();
	return parsed && {title: parsed.title, byline: parsed.byline, publishedTime: parsed.publishedTime, siteName: parsed.siteName};
}

const annotated = loadTrafilatura(limit).filter(page => page.title !== undefined);
const scores = {clearpage: [], readability: []};
const leadImages = {shown: 0, sameAsBody: 0, logoLike: 0};
for (const page of annotated) {
	const ours = safely(() => clearpage(page));
	scores.clearpage.push(scoreMetadata(page, ours));
	scores.readability.push(scoreMetadata(page, safely(() => readability(page))));
	if (ours?.leadImage) countLeadImage(ours);
}

console.log(`\nHeader on the ${annotated.length} annotated pages of shared/corpus/trafilatura (Clearpage forced: Show anyway)\n`);
for (const line of metadataTable(scores)) console.log(line);
console.log(`\nClearpage lead image: shown on ${leadImages.shown} pages; the body's first picture again on ${leadImages.sameAsBody}; a logo or default by its address on ${leadImages.logoLike}`);

const readabilityPages = loadReadability(limit);
const comparisons = readabilityPages.map(page => {
	const ours = safely(() => clearpage(page));
	return {id: page.id, expected: page.metadata, got: ours && pick(ours), ...compareWithReadability(page.metadata, ours)};
});
console.log(`\nAgreement with Readability's expected metadata on its ${readabilityPages.length} test pages (a regression check, not a human truth)\n`);
for (const line of readabilityAgreementTable(comparisons)) console.log(line);

if (list) printMisses(list);

mkdirSync('dist/bench', {recursive: true});
writeFileSync('dist/bench/metadata.json', `${JSON.stringify({trafilatura: scores, readability: comparisons}, null, 1)}\n`);
console.log('\nPer-page results: dist/bench/metadata.json');

function safely(run) {
	try {
		return run();
	} catch (error) {
		console.error(`error: ${error}`);
		return null;
	}
}

function pick(article) {
	return {title: article.title, byline: article.byline, publishedTime: article.publishedTime, siteName: article.siteName};
}

function countLeadImage(article) {
	leadImages.shown++;
	const first = /<img\b[^>]*\ssrc="([^"]+)"/.exec(article.html)?.[1]?.replaceAll('&amp;', '&');
	const stem = url => url?.split(/[?#]/)[0].split('/').pop().replace(/[-_]?\d+x\d+(?=\.)|\.\w+$/g, '');
	if (first && stem(first) === stem(article.leadImage.url)) leadImages.sameAsBody++;
	if (/logo|default|placeholder|fallback/i.test(article.leadImage.url)) leadImages.logoLike++;
}

function printMisses(kind) {
	if (kind === 'readability') {
		for (const c of comparisons) {
			if (c.title === 'differs' || c.byline === 'differs' || c.date === 'differs') console.log(JSON.stringify({id: c.id, title: c.title, byline: c.byline, date: c.date, expected: c.expected, got: c.got}));
		}
		return;
	}
	console.log(`\nClearpage, ${kind} not right:\n`);
	const bad = {title: s => s.title === 'extra' || s.title === 'wrong', author: s => s.author === 'wrong' || s.author === 'missing' || s.author === 'false', junk: s => s.junk, date: s => s.date && s.date !== 'exact'};
	for (const s of scores.clearpage.filter(bad[kind])) {
		const field = kind === 'junk' ? 'author' : kind;
		const want = s.want[{title: 'title', author: 'author', date: 'date'}[field]];
		const got = {title: s.got.title, author: s.got.byline, date: s.got.publishedTime}[field];
		console.log(`${s.id} ${s[field]}${s.junk ? ` (${s.junk})` : ''} | want ${JSON.stringify(want)} | got ${JSON.stringify(got)} | ${s.url}`);
	}
}
