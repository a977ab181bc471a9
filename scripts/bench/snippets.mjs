// The trafilatura dev set's metric (shared/corpus/README.md): a must-keep (`with`) snippet is found
// when the body text holds it, a must-drop (`without`) snippet is clutter kept when the body holds it;
// whitespace collapsed, case kept.

const collapse = text => text.replace(/\s+/g, ' ').trim();

/** Per page: how many `with` snippets the text holds, and how many `without`. */
export function scoreSnippets(page, text) {
	const body = collapse(text);
	const holds = snippet => body.includes(collapse(snippet));
	const found = page.with.filter(holds);
	const kept = page.without.filter(holds);
	return {
		found: found.length,
		withTotal: page.with.length,
		kept: kept.length,
		withoutTotal: page.without.length,
		missing: page.with.filter(snippet => !holds(snippet)),
		clutter: kept,
	};
}

/** Corpus figures: share of `with` found, share of `without` kept, their F1, and page counts. */
export function aggregateSnippets(pages) {
	const sum = key => pages.reduce((total, page) => total + page[key], 0);
	const recall = sum('found') / Math.max(1, sum('withTotal'));
	const clutter = sum('kept') / Math.max(1, sum('withoutTotal'));
	const precision = sum('found') / Math.max(1, sum('found') + sum('kept'));
	return {
		recall,
		clutter,
		f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
		allFound: pages.filter(page => page.found === page.withTotal).length,
		noClutter: pages.filter(page => page.kept === 0).length,
		refused: pages.filter(page => page.refused).length,
	};
}
