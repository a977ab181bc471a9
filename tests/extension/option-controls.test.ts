// The option pages' controls are written in HTML; the values they may take live in
// src/view/view-options.ts. A value added to one and not the other fails here, not in a user's storage.
import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {CAPTION_PLACEMENTS, COPY_FORMATS, DEFAULT_VIEW_OPTIONS, FONTS, LETTER_SPACING, LINE_HEIGHT, LINE_WIDTH, PARAGRAPH_SPACING, TEXT_ALIGNS, TEXT_SIZE, THEMES, WORD_SPACING} from '../../src/view/view-options.js';

const page = (path: string) => new JSDOM(readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8')).window.document;
const values = (nodes: NodeListOf<HTMLInputElement | HTMLOptionElement>) => [...nodes].map(node => node.value);

describe('option controls match the options they store', () => {
	const options = page('options/options.html');

	it('offers every theme, font, caption placement and copy format, and nothing else', () => {
		expect(values(options.querySelectorAll('input[name="theme"]'))).toEqual(THEMES);
		expect(values(options.querySelectorAll('input[name="font"]'))).toEqual(FONTS);
		expect(values(options.querySelectorAll('input[name="captions"]'))).toEqual(CAPTION_PLACEMENTS);
		expect(values(options.querySelectorAll('input[name="textAlign"]'))).toEqual(TEXT_ALIGNS);
		expect(values(options.querySelectorAll('select[name="copyFormat"] option'))).toEqual(COPY_FORMATS);
		expect(values(page('popup/popup.html').querySelectorAll('#copy-format option'))).toEqual(COPY_FORMATS);
	});

	it('lets the sliders reach exactly the stored range, defaults included', () => {
		const sliders = [['textSize', TEXT_SIZE], ['lineWidth', LINE_WIDTH], ['lineHeight', LINE_HEIGHT], ['letterSpacing', LETTER_SPACING], ['wordSpacing', WORD_SPACING], ['paragraphSpacing', PARAGRAPH_SPACING]] as const;
		for (const [name, range] of sliders) {
			const slider = options.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
			expect({min: Number(slider.min), max: Number(slider.max)}, name).toEqual(range);
			expect((DEFAULT_VIEW_OPTIONS[name] - range.min) % Number(slider.step), `${name} default on a step`).toBe(0);
		}
	});

	it('has a control for every stored option', () => {
		for (const name of Object.keys(DEFAULT_VIEW_OPTIONS)) expect(options.querySelector(`[name="${name}"]`), name).not.toBeNull();
	});
});
