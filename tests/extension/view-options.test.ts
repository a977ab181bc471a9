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
});
