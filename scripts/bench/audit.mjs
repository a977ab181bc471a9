// The removal audit: every block a rule removed, judged against a dev set's truth, counted per rule.
// A rule that removes article text shows up here by name, with its worst examples.
import {JSDOM} from 'jsdom';
import {shingles} from './metric.mjs';

const {document} = new JSDOM('').window;

/** The text of a removed block, from its sanitized HTML (the log keeps a short preview only). */
export function blockText(block) {
	const template = document.createElement('template');
	template.innerHTML = block.html;
	return template.content.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * A judge for a body of truth text (a scrapinghub body, Readability's expected article): the
 * truth shingles a block holds. Blocks shorter than a shingle are judged by the whole block
 * appearing in the truth, so a lost subheading still counts.
 */
export function truthJudge(truth) {
	const known = shingles(truth);
	const flat = truth.replace(/\s+/g, ' ');
	return text => {
		const own = shingles(text);
		let hits = 0;
		for (const [key, count] of own) hits += Math.min(count, known.get(key) ?? 0);
		if (own.size === 1 && [...own.keys()][0].split(' ').length < 4) return text.length >= 4 && flat.includes(text) ? 1 : 0;
		return hits;
	};
}

/** A judge for the trafilatura snippets: 1 per `with` snippet the block holds or is part of. */
export function snippetJudge(page) {
	const collapse = text => text.replace(/\s+/g, ' ').trim();
	const snippets = page.with.map(collapse);
	return text => snippets.filter(snippet => text.includes(snippet) || (text.length >= 25 && snippet.includes(text))).length;
}

/** Each removed block's rule, reason, text preview and the truth units it held. */
export function judgeRemovals(removed, judge) {
	return removed.map(block => {
		const text = blockText(block);
		return {rule: block.rule, reason: block.reason, hits: judge(text), text: text.slice(0, 140)};
	});
}

/** Adds one page's judged removals to the per-rule tally: blocks, blocks holding truth, truth units lost. */
export function countByRule(rules, pageId, judged) {
	for (const block of judged) {
		const rule = (rules[block.rule] ??= {blocks: 0, withTruth: 0, truthLost: 0, examples: []});
		rule.blocks++;
		if (block.hits === 0) continue;
		rule.withTruth++;
		rule.truthLost += block.hits;
		rule.examples.push({page: pageId, hits: block.hits, text: block.text});
	}
}

/** Prints the per-rule table, worst rules first, with each rule's worst examples. */
export function printAudit(title, rules, unit, examples = 3) {
	console.log(`\n${title}\n`);
	console.log(`| rule | blocks removed | holding truth | ${unit} lost |`);
	console.log('|---|---|---|---|');
	const order = Object.entries(rules).sort(([, a], [, b]) => b.truthLost - a.truthLost || b.blocks - a.blocks);
	for (const [id, rule] of order) console.log(`| ${id} | ${rule.blocks} | ${rule.withTruth} | ${rule.truthLost} |`);
	for (const [id, rule] of order.filter(([, rule]) => rule.examples.length).slice(0, 8)) {
		console.log(`\n  ${id}:`);
		for (const example of [...rule.examples].sort((a, b) => b.hits - a.hits).slice(0, examples)) {
			console.log(`    ${example.page.slice(0, 12)} (${example.hits}): ${example.text}`);
		}
	}
}
