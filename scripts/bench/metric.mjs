// The article-extraction-benchmark metric (shared/corpus/README.md): 4-token shingles, per-page
// TP/FP/FN normalised, corpus precision and recall as means, F1 as their harmonic mean.

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokens(text) {
	return text.match(TOKEN) ?? [];
}

export function shingles(text) {
	const words = tokens(text);
	const counts = new Map();
	if (words.length === 0) return counts;
	if (words.length < 4) return new Map([[words.join(' '), 1]]);
	for (let i = 0; i + 4 <= words.length; i++) {
		const key = `${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

/** Per page: normalised tp/fp/fn, precision and recall (null where undefined), exact match. */
export function scorePage(truth, extracted) {
	const expected = shingles(truth);
	const got = shingles(extracted);
	let tp = 0;
	let gotTotal = 0;
	let expectedTotal = 0;
	for (const count of got.values()) gotTotal += count;
	for (const [key, count] of expected) {
		expectedTotal += count;
		tp += Math.min(count, got.get(key) ?? 0);
	}
	const fp = gotTotal - tp;
	const fn = expectedTotal - tp;
	const total = tp + fp + fn;
	if (total === 0) return {tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, exact: true};
	return {
		tp: tp / total,
		fp: fp / total,
		fn: fn / total,
		precision: tp + fp > 0 ? tp / (tp + fp) : null,
		recall: tp + fn > 0 ? tp / (tp + fn) : null,
		exact: tokens(truth).join(' ') === tokens(extracted).join(' '),
	};
}

/** Corpus precision, recall, F1 and exact share from per-page scores. */
export function aggregate(pages) {
	const mean = values => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
	const precision = mean(pages.map(p => p.precision).filter(v => v !== null));
	const recall = mean(pages.map(p => p.recall ?? 0));
	const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
	return {precision, recall, f1, exact: mean(pages.map(p => (p.exact ? 1 : 0)))};
}

/** Standard deviation of F1 over `rounds` bootstrap resamples of the pages (fixed seed). */
export function bootstrapF1(pages, rounds = 1000, seed = 42) {
	let state = seed >>> 0;
	const random = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const f1s = [];
	for (let round = 0; round < rounds; round++) {
		const sample = Array.from({length: pages.length}, () => pages[Math.floor(random() * pages.length)]);
		f1s.push(aggregate(sample).f1);
	}
	const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
	return Math.sqrt(f1s.reduce((sum, f) => sum + (f - mean) ** 2, 0) / f1s.length);
}
