// npm run bench:accuracy — Clearpage against plain Readability on the dev corpus, with the
// benchmark's metric; writes per-page results to dist/bench/accuracy.json.
import {mkdirSync, writeFileSync} from 'node:fs';
import {Readability} from '@mozilla/readability';
import {cleanHtml, parseHtml} from '../../dist/lib/clearpage.mjs';
import {loadCorpus} from './corpus.mjs';
import {aggregate, bootstrapF1, scorePage} from './metric.mjs';

const pages = loadCorpus(Number(process.env.LIMIT ?? Infinity));
const systems = {
	clearpage(page) {
		const result = cleanHtml(page.html, {url: page.url});
		return result.kind === 'article' ? result.text : '';
	},
	readability(page) {
		return new Readability(parseHtml(page.html, page.url)).parse()?.textContent ?? '';
	},
};

const results = {};
for (const [name, extract] of Object.entries(systems)) {
	results[name] = pages.map(page => {
		try {
			const text = extract(page);
			return {id: page.id, url: page.url, empty: !text.trim(), ...scorePage(page.truth, text)};
		} catch (error) {
			return {id: page.id, url: page.url, error: String(error), ...scorePage(page.truth, '')};
		}
	});
}

const f = n => n.toFixed(3);
console.log(`\nAccuracy on ${pages.length} pages of shared/corpus/scrapinghub (4-token shingles)\n`);
console.log('| system | precision | recall | F1 | ± (F1, bootstrap sd) | exact | errors | empty |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, scored] of Object.entries(results)) {
	const total = aggregate(scored);
	const errors = scored.filter(p => p.error).length;
	const empty = scored.filter(p => p.empty).length;
	console.log(`| ${name} | ${f(total.precision)} | ${f(total.recall)} | ${f(total.f1)} | ${f(bootstrapF1(scored))} | ${f(total.exact)} | ${errors} | ${empty} |`);
}

const pageF1 = p => (p.precision && p.recall ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0);
console.log('\n10 worst pages for Clearpage (per-page F1):\n');
console.log('| id | url | precision | recall | F1 |');
console.log('|---|---|---|---|---|');
for (const p of [...results.clearpage].sort((a, b) => pageF1(a) - pageF1(b)).slice(0, 10)) {
	console.log(`| ${p.id.slice(0, 12)} | ${p.url} | ${f(p.precision ?? 0)} | ${f(p.recall ?? 0)} | ${f(pageF1(p))} |`);
}

mkdirSync('dist/bench', {recursive: true});
writeFileSync('dist/bench/accuracy.json', `${JSON.stringify(results, null, 1)}\n`);
console.log('\nPer-page results: dist/bench/accuracy.json');
