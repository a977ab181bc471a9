// The tables of npm run bench:accuracy, one kind per dev set.
import {compareWithReadability, metadataTable, readabilityAgreementTable, scoreMetadata} from './metadata-metric.mjs';
import {aggregate, bootstrapF1} from './metric.mjs';
import {aggregateSnippets} from './snippets.mjs';

const f = n => (n ?? 0).toFixed(3);
const pageF1 = p => (p.precision && p.recall ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0);

function scrapinghub(rows, systems) {
	console.log(`\nscrapinghub: ${rows.length} news pages, hand-checked bodies (4-token shingles)\n`);
	console.log('| system | precision | recall | F1 | ± (F1, bootstrap sd) | exact | errors | empty |');
	console.log('|---|---|---|---|---|---|---|---|');
	for (const system of systems) {
		const scored = rows.map(row => row[system]);
		const total = aggregate(scored);
		const count = key => scored.filter(p => p[key]).length;
		console.log(`| ${system} | ${f(total.precision)} | ${f(total.recall)} | ${f(total.f1)} | ${f(bootstrapF1(scored))} | ${f(total.exact)} | ${count('error')} | ${count('empty')} |`);
	}
	console.log('\n10 worst pages for Clearpage (per-page F1):\n');
	console.log('| id | precision | recall | F1 | url |');
	console.log('|---|---|---|---|---|');
	for (const row of [...rows].sort((a, b) => pageF1(a.clearpage) - pageF1(b.clearpage)).slice(0, 10)) {
		const p = row.clearpage;
		console.log(`| ${row.id.slice(0, 12)} | ${f(p.precision)} | ${f(p.recall)} | ${f(pageF1(p))} | ${row.url} |`);
	}
}

function trafilatura(rows, systems) {
	console.log(`\ntrafilatura: ${rows.length} pages, must-keep / must-drop snippets\n`);
	console.log('| system | must-keep found | must-drop kept | snippet F1 | pages all kept | pages no clutter | "not an article" or empty |');
	console.log('|---|---|---|---|---|---|---|');
	for (const system of systems) {
		const scored = rows.map(row => ({...row[system], refused: row[system].refused || row[system].empty}));
		const total = aggregateSnippets(scored);
		console.log(`| ${system} | ${f(total.recall)} | ${f(total.clutter)} | ${f(total.f1)} | ${total.allFound} | ${total.noClutter} | ${total.refused} |`);
	}
	const annotated = rows.filter(row => row.annotation?.title !== undefined);
	console.log(`\ntrafilatura header, ${annotated.length} annotated pages (title / author / date as a reader sees them)\n`);
	const scores = Object.fromEntries(systems.map(system => [system, annotated.map(row => scoreMetadata(row.annotation, row[system].header))]));
	for (const line of metadataTable(scores)) console.log(line);
	const refused = rows.filter(row => row.clearpage.refused || row.clearpage.empty);
	if (refused.length) console.log(`\nClearpage refused or empty: ${refused.map(row => `${row.id} (${row.clearpage.refused ?? 'empty'})`).join(', ')}`);
	const lossy = rows.filter(row => row.clearpage.found < row.clearpage.withTotal && !row.clearpage.refused);
	const lostByUs = lossy.filter(row => row.readability && row.readability.found > row.clearpage.found);
	console.log(`\nPages missing must-keep text: ${lossy.length}; of them Readability keeps more on ${lostByUs.length}:`);
	for (const row of lostByUs.slice(0, 12)) console.log(`  ${row.id} ${row.clearpage.found}/${row.clearpage.withTotal} (Readability ${row.readability.found}): ${row.clearpage.missing[0]?.slice(0, 90)}`);
}

function readability(rows, systems) {
	console.log(`\nreadability: ${rows.length} pages of Readability's test suite (its expected.html; captions count as kept)\n`);
	console.log('| system | share of expected kept (shingle recall) | precision | readerable pages refused | not-readerable pages refused |');
	console.log('|---|---|---|---|---|');
	for (const system of systems) {
		const readerable = rows.filter(row => row.readerable !== false);
		const total = aggregate(readerable.map(row => row[system]));
		const refusedOf = list => list.filter(row => row[system].refused).length;
		const notReaderable = rows.filter(row => row.readerable === false);
		console.log(`| ${system} | ${f(total.recall)} | ${f(total.precision)} | ${refusedOf(readerable)} of ${readerable.length} | ${refusedOf(notReaderable)} of ${notReaderable.length} |`);
	}
	console.log('\nClearpage\'s header against Readability\'s expected metadata (a regression check, not a human truth):\n');
	for (const line of readabilityAgreementTable(rows.map(row => compareWithReadability(row.expectedMetadata, row.clearpage.header)))) console.log(line);
	const refused = rows.filter(row => row.readerable !== false && row.clearpage.refused);
	if (refused.length) console.log(`\nReaderable pages Clearpage refused: ${refused.map(row => `${row.id} (${row.clearpage.refused})`).join(', ')}`);
}

const tables = {scrapinghub, trafilatura, readability};

export function printTables(set, rows, systems) {
	tables[set](rows, systems);
}
