import {describe, expect, it} from 'vitest';
import {DEFAULT_VIEW_OPTIONS, normalizeViewOptions} from '../../src/view/view-options.js';

describe('normalizeViewOptions (what storage.ts reads back)', () => {
	it('falls back to the defaults for missing or corrupt storage', () => {
		for (const stored of [undefined, null, 'dark', 42, [], {}]) expect(normalizeViewOptions(stored)).toEqual(DEFAULT_VIEW_OPTIONS);
	});

	it('keeps valid fields and replaces each bad one with its default', () => {
		expect(normalizeViewOptions({theme: 'sepia', font: 'comic', textSize: 99, lineWidth: Number.NaN, copyCaptions: false, captions: 'under-images'}))
			.toEqual({...DEFAULT_VIEW_OPTIONS, theme: 'sepia', textSize: 32, copyCaptions: false, captions: 'under-images'});
	});

	it('survives garbage a broken sync or another extension version could leave', () => {
		const garbage = [
			'x'.repeat(8000),
			{theme: 7, font: null, textSize: '18', lineWidth: Infinity, copyFormat: {}, copyCaptions: 'yes', copyCitation: 1, captions: ['list']},
			{textSize: 1e308, lineWidth: -1e308},
			{theme: {toString: () => 'dark'}, nested: {deep: {deeper: [1, 2, 3]}}},
			Object.create(null),
			new Date(0),
		];
		for (const stored of garbage) {
			const options = normalizeViewOptions(stored);
			expect(Object.keys(options).sort()).toEqual(Object.keys(DEFAULT_VIEW_OPTIONS).sort());
			expect(options.textSize).toBeGreaterThanOrEqual(12);
			expect(options.textSize).toBeLessThanOrEqual(32);
		}
		expect(normalizeViewOptions(garbage[1])).toEqual(DEFAULT_VIEW_OPTIONS);
		expect(normalizeViewOptions(garbage[2])).toEqual({...DEFAULT_VIEW_OPTIONS, textSize: 32, lineWidth: 40});
		expect(normalizeViewOptions(garbage[3])).toEqual(DEFAULT_VIEW_OPTIONS);
	});
});
