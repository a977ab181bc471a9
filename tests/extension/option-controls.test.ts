// The options page as a user meets it: its HTML with the slider rows the page builds into it. The
// values its controls may take must be the values storage keeps (src/view/view-options.ts): a value
// added to one and not the other fails here, not in a user's storage.
import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {addSliders} from '../../src/options/sliders.js';
import type {Translate} from '../../src/view/translate.js';
import {CAPTION_PLACEMENTS, COPY_FORMATS, DEFAULT_VIEW_OPTIONS, FONTS, normalizeViewOptions, SLIDER_OPTIONS, TEXT_ALIGNS, THEMES} from '../../src/view/view-options.js';

const source = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');
const page = (path: string) => new JSDOM(source(path)).window.document;
const values = (nodes: NodeListOf<HTMLInputElement | HTMLOptionElement>) => [...nodes].map(node => node.value);

const messages = JSON.parse(source('_locales/en/messages.json')) as Record<string, {message: string}>;
const english: Translate = (key, substitutions) =>
	[substitutions ?? []].flat().reduce((message, value, i) => message.replace(`$${i + 1}`, value), messages[key]?.message ?? '');

/** The options page after its script built the sliders, in English, showing `options`. */
function optionsPage(options = DEFAULT_VIEW_OPTIONS) {
	const doc = page('options/options.html');
	addSliders(doc, english, 'en')(options);
	return doc;
}

describe('option controls match the options they store', () => {
	const options = optionsPage();
	const slider = (name: string) => options.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

	it('offers every theme, font, caption placement and copy format, and nothing else', () => {
		expect(values(options.querySelectorAll('input[name="theme"]'))).toEqual(THEMES);
		expect(values(options.querySelectorAll('input[name="font"]'))).toEqual(FONTS);
		expect(values(options.querySelectorAll('input[name="captions"]'))).toEqual(CAPTION_PLACEMENTS);
		expect(values(options.querySelectorAll('input[name="textAlign"]'))).toEqual(TEXT_ALIGNS);
		expect(values(options.querySelectorAll('select[name="copyFormat"] option'))).toEqual(COPY_FORMATS);
		expect(values(page('popup/popup.html').querySelectorAll('#copy-format option'))).toEqual(COPY_FORMATS);
	});

	it('shows the sliders between the font and the text alignment, in one form', () => {
		const form = options.querySelector<HTMLFormElement>('#options')!;
		const names = [...form.elements].map(control => (control as HTMLInputElement).name).filter(Boolean);
		const unique = names.filter((name, i) => names[i - 1] !== name);
		expect(unique.slice(0, 9)).toEqual(['theme', 'font', 'textSize', 'lineWidth', 'lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'textAlign']);
		expect(form.querySelectorAll('.range input[type="range"]')).toHaveLength(SLIDER_OPTIONS.length);
	});

	it('lets each slider reach exactly the range storage keeps, defaults on a step', () => {
		for (const name of SLIDER_OPTIONS) {
			const {min, max, step} = slider(name);
			expect(slider(name).type, name).toBe('range');
			// What storage makes of a value far out of range on either side is where the slider stops.
			expect(normalizeViewOptions({[name]: -1e9})[name], `${name} min`).toBe(Number(min));
			expect(normalizeViewOptions({[name]: 1e9})[name], `${name} max`).toBe(Number(max));
			expect((Number(max) - Number(min)) % Number(step), `${name} max on a step`).toBe(0);
			expect((DEFAULT_VIEW_OPTIONS[name] - Number(min)) % Number(step), `${name} default on a step`).toBe(0);
		}
	});

	it('labels each slider and reads its value out beside it', () => {
		for (const name of SLIDER_OPTIONS) {
			const label = options.querySelector<HTMLLabelElement>(`.range label[for="${name}"]`)!;
			expect(label.control, name).toBe(slider(name));
			expect(label.textContent, name).toBe(messages[`${name}Label`]!.message);
			const output = options.querySelector<HTMLOutputElement>(`#${name}-value`)!;
			expect(output.htmlFor.value, name).toBe(name);
			expect(output.parentElement, name).toBe(slider(name).parentElement);
		}
		const shown = (doc: Document) => SLIDER_OPTIONS.map(name => doc.querySelector(`#${name}-value`)!.textContent);
		expect(shown(options)).toEqual(['18 px', '68 characters', '1.6', '0%', '0%', '100%']);
		const changed = {...DEFAULT_VIEW_OPTIONS, textSize: 24, lineWidth: 76, lineHeight: 200, letterSpacing: 5, wordSpacing: 15, paragraphSpacing: 250};
		expect(shown(optionsPage(changed))).toEqual(['24 px', '76 characters', '2', '5%', '15%', '250%']);
	});

	it('has a control for every stored option', () => {
		for (const name of Object.keys(DEFAULT_VIEW_OPTIONS)) expect(options.querySelector(`[name="${name}"]`), name).not.toBeNull();
	});
});
