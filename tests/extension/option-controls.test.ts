// The options page as a user meets it: its HTML with the choices and slider rows its script builds. The
// values its controls may take must be the values storage keeps (src/view/view-options.ts): a value
// added to one and not the other fails here, not in a user's storage.
import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {addChoices} from '../../src/options/choices.js';
import {addSliders} from '../../src/options/sliders.js';
import type {Translate} from '../../src/view/translate.js';
import {CAPTION_PLACEMENTS, COPY_FORMATS, DEFAULT_VIEW_OPTIONS, FONTS, normalizeViewOptions, SLIDER_OPTIONS, TEXT_ALIGNS, THEMES} from '../../src/view/view-options.js';

const source = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');
const page = (path: string) => new JSDOM(source(path)).window.document;
const values = (nodes: NodeListOf<HTMLInputElement | HTMLOptionElement>) => [...nodes].map(node => node.value);

type Messages = Record<string, {message: string}>;
const load = (locale: string) => JSON.parse(source(`_locales/${locale}/messages.json`)) as Messages;
const translator = (messages: Messages): Translate => (key, substitutions) =>
	[substitutions ?? []].flat().reduce((message, value, i) => message.replace(`$${i + 1}`, value), messages[key]?.message ?? '');
const messages = load('en');
const english = translator(messages);

/** The options page after its script built the choices and sliders, in English, showing `options`. */
function optionsPage(options = DEFAULT_VIEW_OPTIONS, t = english) {
	const doc = page('options/options.html');
	addChoices(doc, t);
	addSliders(doc, t, 'en')(options);
	return doc;
}

/** Each group of radios as a user reads it: its legend, then what each radio is labelled. */
function radioGroups(doc: Document): Record<string, string[]> {
	const fieldsets = [...doc.querySelectorAll('fieldset')].filter(fieldset => fieldset.querySelector('input[type="radio"]'));
	return Object.fromEntries(fieldsets.map(fieldset => {
		const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
		// A legend names its fieldset only as the fieldset's first child.
		const legend = fieldset.firstElementChild instanceof doc.defaultView!.HTMLLegendElement ? fieldset.firstElementChild.textContent : '(no legend)';
		const labels = radios.map(radio => [...(radio.labels ?? [])]).map(own => (own.length === 1 ? own[0]!.textContent.trim() : `(${own.length} labels)`));
		return [radios[0]!.name, [legend, ...labels]];
	}));
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

	it('names each group of radios and labels each radio, in English', () => {
		expect(radioGroups(options)).toEqual({
			theme: ['Theme', 'Follow the system', 'Light', 'Dark', 'Sepia'],
			font: ['Font', 'Serif', 'Sans-serif', 'Atkinson Hyperlegible', 'OpenDyslexic'],
			textAlign: ['Text alignment', 'Aligned to one side', 'Justified'],
			captions: ['Captions', 'Listed after the article', 'Under their images'],
		});
		expect([...options.querySelectorAll('#copyFormat option')].map(option => option.textContent)).toEqual(['Plain text', 'Markdown', 'HTML']);
	});

	it('shows the typefaces by their own names in every language, and translates every other name', () => {
		const untranslated = (doc: Document) => [...doc.querySelectorAll('#options [translate="no"]')].map(el => el.textContent);
		expect(untranslated(options)).toEqual(['Atkinson Hyperlegible', 'OpenDyslexic']);
		const de = load('de');
		const german = optionsPage(DEFAULT_VIEW_OPTIONS, translator(de));
		expect(untranslated(german)).toEqual(untranslated(options));
		const names = (doc: Document) => [...Object.values(radioGroups(doc)).flat(), ...[...doc.querySelectorAll('#copyFormat option')].map(option => option.textContent)];
		const inGerman = names(german);
		expect(inGerman).toHaveLength(names(options).length);
		for (const [i, text] of names(options).entries()) {
			// The German page says, where the English one says a message, that message in German.
			const keys = Object.keys(messages).filter(key => messages[key]!.message === text);
			const expected = untranslated(options).includes(text) ? [text] : keys.map(key => de[key]!.message);
			expect(expected, text).toContain(inGerman[i]);
		}
	});

	it('shows the choices and sliders in the order the form always had, in one form', () => {
		const form = options.querySelector<HTMLFormElement>('#options')!;
		const names = [...form.elements].map(control => (control as HTMLInputElement).name).filter(Boolean);
		const unique = names.filter((name, i) => names[i - 1] !== name);
		expect(unique).toEqual(['theme', 'font', 'textSize', 'lineWidth', 'lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'textAlign', 'captions', 'copyFormat', 'copyCaptions', 'copyCitation']);
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
