/**
 * The options page's sliders, built from SLIDERS (view/view-options.ts): the range a control
 * offers is then the range storage keeps. What each is called and how its value reads are here.
 */
import {element} from '../view/dom.js';
import type {Translate} from '../view/translate.js';
import {SLIDER_OPTIONS, SLIDERS} from '../view/view-options.js';
import type {SliderOption, ViewOptions} from '../view/view-options.js';

interface Look {
	label: string;
	/** The value as the output beside the slider says it. */
	value: (value: number) => string;
}

function looks(t: Translate, language: string): Record<SliderOption, Look> {
	const number = (value: number) => new Intl.NumberFormat(language).format(value);
	// Hundredths of an em: a share of the text size, which a percentage says in any language.
	const percent = (value: number) => new Intl.NumberFormat(language, {style: 'percent'}).format(value / 100);
	return {
		textSize: {label: t('textSizeLabel'), value: value => t('pixels', number(value))},
		lineWidth: {label: t('lineWidthLabel'), value: value => t('characters', number(value))},
		lineHeight: {label: t('lineHeightLabel'), value: value => number(value / 100)},
		letterSpacing: {label: t('letterSpacingLabel'), value: percent},
		wordSpacing: {label: t('wordSpacingLabel'), value: percent},
		paragraphSpacing: {label: t('paragraphSpacingLabel'), value: percent},
	};
}

/** One `.range` row: the label, the slider (named for its option) and the output that reads it. */
function sliderRow(doc: Document, name: SliderOption, label: string): {row: HTMLDivElement; output: HTMLOutputElement} {
	const row = element(doc, 'div', 'range');
	const caption = element(doc, 'label', '', label);
	caption.htmlFor = name;
	const slider = element(doc, 'input');
	const {min, max, step} = SLIDERS[name];
	Object.assign(slider, {type: 'range', id: name, name, min: String(min), max: String(max), step: String(step)});
	const output = element(doc, 'output');
	output.htmlFor.value = name;
	output.id = `${name}-value`;
	row.append(caption, slider, output);
	return {row, output};
}

/**
 * Fills the page's `#sliders` with a row per slider, in SLIDERS' order; returns what writes an
 * options object's values into the outputs beside them.
 */
export function addSliders(doc: Document, t: Translate, language: string): (options: ViewOptions) => void {
	const look = looks(t, language);
	const rows = SLIDER_OPTIONS.map(name => ({name, ...sliderRow(doc, name, look[name].label)}));
	doc.querySelector('#sliders')!.append(...rows.map(({row}) => row));
	return options => {
		for (const {name, output} of rows) output.textContent = look[name].value(options[name]);
	};
}
