/**
 * The options page's choices among a few words (theme, font, text alignment, captions, copy
 * format), built from the lists storage keeps (view/view-options.ts): a value offered is then a
 * value stored. What each group and value is called is here.
 */
import {element} from '../view/dom.js';
import type {Translate} from '../view/translate.js';
import {CAPTION_PLACEMENTS, COPY_FORMATS, FONTS, TEXT_ALIGNS, THEMES} from '../view/view-options.js';
import type {ViewOptions} from '../view/view-options.js';

/** The options that take one of a few words: every string one, so a new one without names fails to compile. */
type ChoiceOption = {[K in keyof ViewOptions]: ViewOptions[K] extends string ? K : never}[keyof ViewOptions];
/** The choices shown as a fieldset of radios; the copy format is a list in the Copy fieldset. */
type RadioOption = Exclude<ChoiceOption, 'copyFormat'>;

const VALUES: {readonly [K in ChoiceOption]: readonly ViewOptions[K][]} = {
	theme: THEMES,
	font: FONTS,
	textAlign: TEXT_ALIGNS,
	copyFormat: COPY_FORMATS,
	captions: CAPTION_PLACEMENTS,
};

/** A value's name: a message, or a proper name (a typeface's) that reads the same in every language. */
type Name = string | {untranslated: string};
type Names = {[K in ChoiceOption]: Record<ViewOptions[K], Name>};

function names(t: Translate): Names {
	return {
		theme: {system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark'), sepia: t('themeSepia')},
		font: {serif: t('fontSerif'), sans: t('fontSans'), atkinson: {untranslated: 'Atkinson Hyperlegible'}, opendyslexic: {untranslated: 'OpenDyslexic'}},
		textAlign: {start: t('alignStart'), justify: t('alignJustify')},
		captions: {list: t('captionsList'), 'under-images': t('captionsUnder')},
		copyFormat: {text: t('formatText'), markdown: t('formatMarkdown'), html: t('formatHtml')},
	};
}

function legends(t: Translate): Record<RadioOption, string> {
	return {theme: t('themeLabel'), font: t('fontLabel'), textAlign: t('textAlignLabel'), captions: t('captionsLabel')};
}

/** The option's values in the order storage lists them, each with its name. */
function named<K extends ChoiceOption>(option: K, all: Names): {value: string; name: Name}[] {
	const own: Record<ViewOptions[K], Name> = all[option];
	return VALUES[option].map(value => ({value, name: own[value]}));
}

/** The name as text, in an element the browser's page translation leaves alone if it is a proper name. */
function nameIn<E extends HTMLElement>(el: E, name: Name): E {
	el.textContent = typeof name === 'string' ? name : name.untranslated;
	if (typeof name !== 'string') el.translate = false;
	return el;
}

function radio(doc: Document, option: RadioOption, {value, name}: {value: string; name: Name}): HTMLLabelElement {
	const input = element(doc, 'input');
	Object.assign(input, {type: 'radio', name: option, value});
	const label = element(doc, 'label');
	label.append(input, ' ', nameIn(element(doc, 'span'), name));
	return label;
}

/**
 * Fills each `fieldset[data-choices="<option>"]` of the page with its legend and a labelled radio
 * per value, and the `#copyFormat` list with an entry per format.
 */
export function addChoices(doc: Document, t: Translate): void {
	const all = names(t);
	for (const [option, legend] of Object.entries(legends(t)) as [RadioOption, string][]) {
		const fieldset = doc.querySelector(`fieldset[data-choices="${option}"]`)!;
		fieldset.append(element(doc, 'legend', '', legend), ...named(option, all).map(choice => radio(doc, option, choice)));
	}
	const formats = named('copyFormat', all).map(({value, name}) => Object.assign(nameIn(element(doc, 'option'), name), {value}));
	doc.querySelector('#copyFormat')!.append(...formats);
}
