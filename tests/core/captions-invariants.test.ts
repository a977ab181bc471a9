// What every listed caption must be, on every golden fixture: the caption of a picture the
// reader sees (in the article, or the lead image shown above it), in words a sighted reader sees.
import {describe, expect, it} from 'vitest';
import {cleanFixture, fixtureSlugs, loadFixture} from '../helpers.js';

/** Words written for screen readers only, which no caption shows on screen. */
const SCREEN_READER_PHRASES = /\b(?:image caption|media caption|video caption|photo caption|image copyright|image source|media playback is (?:unsupported|not supported))\b/i;

describe.each(fixtureSlugs())('captions of %s', slug => {
	const fixture = loadFixture(slug);
	const result = cleanFixture(fixture, true);
	if (result.kind !== 'article') return;
	const shown = new Set([...result.html.matchAll(/<img [^>]*?src="([^"]+)"/g)].map(match => match[1]!.replaceAll('&amp;', '&')));
	if (result.leadImage) shown.add(result.leadImage.url);

	it('belong each to a picture the reader sees', () => {
		const orphans = result.captions.filter(caption => caption.imageSrc === null || !shown.has(caption.imageSrc));
		expect(orphans).toEqual([]);
	});

	it('hold no words written for screen readers only', () => {
		const spoken = result.captions.filter(caption => SCREEN_READER_PHRASES.test(`${caption.text} ${caption.credit ?? ''}`));
		expect(spoken).toEqual([]);
	});
});
