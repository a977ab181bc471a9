// One dev-set page through Clearpage and plain Readability: the scores of each set's metric,
// the header fields, and Clearpage's removals judged against the page's truth.
import {Readability} from '@mozilla/readability';
import {JSDOM} from 'jsdom';
import {cleanHtml, parseHtml} from '../../dist/lib/clearpage.mjs';
import {judgeRemovals, snippetJudge, truthJudge} from './audit.mjs';
import {scorePage} from './metric.mjs';
import {scoreSnippets} from './snippets.mjs';

function runClearpage(page) {
	const result = cleanHtml(page.html, {url: page.url});
	if (result.kind !== 'article') return {text: '', refused: result.code, removed: [], header: null};
	return {
		text: result.text,
		captions: result.captions.map(caption => [caption.text, caption.credit].filter(Boolean).join(' ')).join('\n'),
		removed: result.removed.map(block => ({rule: block.rule, reason: block.reason, html: block.html})),
		header: {title: result.title, byline: result.byline, publishedTime: result.publishedTime, siteName: result.siteName},
	};
}

function runReadability(page) {
	const parsed = new Readability(parseHtml(page.html, page.url)).parse();
	if (!parsed) return {text: '', refused: 'null', header: null};
	return {text: parsed.textContent ?? '', header: {title: parsed.title, byline: parsed.byline, publishedTime: parsed.publishedTime, siteName: parsed.siteName}};
}

const htmlText = html => new JSDOM(html).window.document.body.textContent ?? '';

/** The truth each set scores against, and a judge of removed blocks. */
const sets = {
	scrapinghub: {
		score: (page, out) => scorePage(page.truth, out.text),
		judge: page => truthJudge(page.truth),
	},
	trafilatura: {
		score: (page, out) => scoreSnippets(page, out.text),
		judge: page => snippetJudge(page),
	},
	readability: {
		score: (page, out) => {
			const expected = htmlText(page.expected);
			// Captions moved out of the body still reach the reader: they count as kept.
			return scorePage(expected, `${out.text}\n${out.captions ?? ''}`);
		},
		judge: page => truthJudge(htmlText(page.expected)),
	},
};

/** Runs `systems` on one page of `set`; returns plain data (it crosses a worker boundary). */
export function evaluatePage(set, page, systems) {
	const row = {id: page.id, url: page.url, readerable: page.metadata?.readerable};
	// The header's truth: trafilatura's annotated title / author / date, Readability's expected metadata.
	if (set === 'trafilatura') row.annotation = {id: page.id, url: page.url, title: page.title, author: page.author, date: page.date};
	if (set === 'readability') row.expectedMetadata = page.metadata;
	for (const system of systems) {
		let out;
		try {
			out = system === 'clearpage' ? runClearpage(page) : runReadability(page);
		} catch (error) {
			out = {text: '', refused: 'error', error: String(error), removed: [], header: null};
		}
		const scored = sets[set].score(page, out);
		row[system] = {...scored, refused: out.refused ?? null, empty: !out.text.trim(), error: out.error, header: out.header};
		if (system === 'clearpage') row[system].removed = judgeRemovals(out.removed, sets[set].judge(page));
	}
	return row;
}
