/**
 * Options page: a control saves when its change is committed (a slider when let go), one write at
 * a time; popup and overlay follow through storage.onChanged. storage.sync takes 120 writes a
 * minute, so a slider being dragged only moves this page's own preview.
 */
import {bundledFontUrl} from '../bundled-fonts.js';
import {localizePage, t, uiLanguage} from '../i18n.js';
import {applyViewOptions} from '../view/apply-options.js';
import {normalizeViewOptions} from '../view/view-options.js';
import {addChoices} from './choices.js';
import {addSliders} from './sliders.js';
import {DEFAULTS, loadOptions, onOptionsChanged, saveOptions} from './storage.js';
import type {ViewOptions} from './storage.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const status = document.querySelector('#saved')!;
addChoices(document, t);
const showSliders = addSliders(document, t, uiLanguage());
let shown: ViewOptions = {...DEFAULTS};
let saving: Promise<unknown> = Promise.resolve();

function showOptions(options: ViewOptions): void {
	shown = options;
	for (const [name, value] of Object.entries(options)) {
		const field = form.elements.namedItem(name);
		if (field instanceof RadioNodeList) field.value = String(value);
		else if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = Boolean(value);
		else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
	}
	showSliders(options);
	applyViewOptions(document.body, options, bundledFontUrl);
}

/** Reads one changed control into a partial change; storage.ts validates it. */
function changeFrom(target: EventTarget | null): Partial<ViewOptions> | undefined {
	if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return undefined;
	if (target instanceof HTMLInputElement && target.type === 'checkbox') return {[target.name]: target.checked};
	if (target instanceof HTMLInputElement && target.type === 'range') return {[target.name]: Number(target.value)};
	return {[target.name]: target.value};
}

function isSlider(target: EventTarget | null): target is HTMLInputElement {
	return target instanceof HTMLInputElement && target.type === 'range';
}

/** `options` with a slider's current position in place of its stored value. */
function withSlider(options: ViewOptions, slider: HTMLInputElement): ViewOptions {
	return normalizeViewOptions({...options, ...changeFrom(slider)});
}

localizePage();
form.addEventListener('submit', event => event.preventDefault());
form.addEventListener('input', event => {
	if (isSlider(event.target)) showOptions(withSlider(shown, event.target));
});
form.addEventListener('change', event => {
	const change = changeFrom(event.target);
	if (!change) return;
	saving = saving
		.then(() => saveOptions(change))
		.then(
			() => (status.textContent = t('saved')),
			() => (status.textContent = t('notSaved')),
		);
});
/** The slider under the pointer: a save landing mid-drag must not pull its thumb back. */
let held: HTMLInputElement | undefined;
form.addEventListener('pointerdown', event => {
	if (isSlider(event.target)) held = event.target;
});
window.addEventListener('pointerup', () => (held = undefined));
window.addEventListener('pointercancel', () => (held = undefined));
onOptionsChanged(stored => showOptions(held ? withSlider(stored, held) : stored));
void loadOptions().then(showOptions);
