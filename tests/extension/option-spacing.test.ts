// Fonts and spacing reach the reader root as the attributes and custom properties reader.css reads,
// and the bundled fonts are the files build.mjs ships.
import {existsSync, readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {applyViewOptions} from '../../src/view/apply-options.js';
import {BUNDLED_FONTS, faceSpecs, isBundled} from '../../src/view/fonts.js';
import {DEFAULT_VIEW_OPTIONS, FONTS, normalizeViewOptions} from '../../src/view/view-options.js';

const css = readFileSync(new URL('../../src/view/reader.css', import.meta.url), 'utf8');

describe('applyViewOptions', () => {
	it('sets line height, letter, word and paragraph spacing and alignment on the root', () => {
		const {document} = new JSDOM('<div id="root"></div>').window;
		const root = document.querySelector<HTMLElement>('#root')!;
		applyViewOptions(root, {...DEFAULT_VIEW_OPTIONS, font: 'opendyslexic', lineHeight: 200, letterSpacing: 5, wordSpacing: 30, paragraphSpacing: 150, textAlign: 'justify'});
		expect(root.dataset.font).toBe('opendyslexic');
		expect(root.dataset.align).toBe('justify');
		expect(root.style.getPropertyValue('--cp-line-height')).toBe('2');
		expect(root.style.getPropertyValue('--cp-letter-spacing')).toBe('0.05em');
		expect(root.style.getPropertyValue('--cp-word-spacing')).toBe('0.3em');
		expect(root.style.getPropertyValue('--cp-paragraph-spacing')).toBe('1.5em');
	});

	it('keeps the look of the defaults: line height 1.6, paragraphs 1em apart, no extra spacing', () => {
		expect(DEFAULT_VIEW_OPTIONS).toMatchObject({lineHeight: 160, letterSpacing: 0, wordSpacing: 0, paragraphSpacing: 100, textAlign: 'start'});
	});

	it('clamps spacing read from storage into its range and rejects unknown alignments', () => {
		expect(normalizeViewOptions({lineHeight: 999, letterSpacing: -4, wordSpacing: 12.4, paragraphSpacing: '2', textAlign: 'center'}))
			.toMatchObject({lineHeight: 240, letterSpacing: 0, wordSpacing: 12, paragraphSpacing: 100, textAlign: 'start'});
	});
});

describe('bundled fonts', () => {
	it('gives every font reader.css a family, and each bundled one its own family name', () => {
		for (const font of FONTS) expect(css, font).toMatch(font === 'serif' ? /--cp-font:/ : new RegExp(`data-font='${font}'`));
		for (const font of FONTS.filter(isBundled)) expect(css).toContain(`'${BUNDLED_FONTS[font].family}'`);
	});

	it('names only files the @fontsource packages hold, regular to bold italic, latin first', () => {
		for (const font of FONTS.filter(isBundled)) {
			const specs = faceSpecs(font);
			expect(specs.map(spec => `${spec.descriptors.weight} ${spec.descriptors.style}`).slice(0, 4)).toEqual(['400 normal', '400 italic', '700 normal', '700 italic']);
			for (const spec of specs) {
				expect(existsSync(new URL(`../../node_modules/@fontsource/${BUNDLED_FONTS[font].package}/files/${spec.file}`, import.meta.url)), spec.file).toBe(true);
				expect(spec.descriptors.unicodeRange).toMatch(/^U\+0/);
			}
		}
	});
});
