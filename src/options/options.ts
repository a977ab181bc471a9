/** Options page: every control saves at once; popup and overlay follow through storage.onChanged. */
import {localizePage, t} from '../i18n.js';
import {applyViewOptions} from '../view/apply-options.js';
import {loadOptions, onOptionsChanged, saveOptions} from './storage.js';
import type {ViewOptions} from './storage.js';

const form = document.querySelector<HTMLFormElement>('#options')!;

function showOptions(options: ViewOptions): void {
	for (const [name, value] of Object.entries(options)) {
		const field = form.elements.namedItem(name);
		if (field instanceof RadioNodeList) field.value = String(value);
		else if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = Boolean(value);
		else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
	}
	document.querySelector('#textSize-value')!.textContent = t('pixels', String(options.textSize));
	document.querySelector('#lineWidth-value')!.textContent = t('characters', String(options.lineWidth));
	applyViewOptions(document.body, options);
}

/** Reads one changed control into a partial change; storage.ts validates it. */
function changeFrom(target: EventTarget | null): Partial<ViewOptions> | undefined {
	if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return undefined;
	if (target instanceof HTMLInputElement && target.type === 'checkbox') return {[target.name]: target.checked};
	if (target instanceof HTMLInputElement && target.type === 'range') return {[target.name]: Number(target.value)};
	return {[target.name]: target.value};
}

localizePage();
form.addEventListener('submit', event => event.preventDefault());
form.addEventListener('input', event => {
	const change = changeFrom(event.target);
	if (!change) return;
	void saveOptions(change).then(saved => {
		showOptions(saved);
		document.querySelector('#saved')!.textContent = t('saved');
	});
});
onOptionsChanged(showOptions);
void loadOptions().then(showOptions);
