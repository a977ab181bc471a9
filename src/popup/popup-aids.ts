/**
 * The popup's reading aids around the rendered article: the outline follows the reader's
 * scrolling; Print prints the article alone; Save writes it as a file in the format chosen for the copy.
 */
import {t} from '../i18n.js';
import type {CopyInput} from '../view/copy-content.js';
import {trackOutline} from '../view/outline.js';
import {downloadFile, savedFile} from '../view/save-file.js';
import type {CopyFormat} from '../view/view-options.js';

let stopOutline: (() => void) | undefined;
const actions: HTMLButtonElement[] = [];

/** Call after each render of the article view: follows the new view's outline, stops following the old one. */
export function followArticleView(view: HTMLElement): void {
	stopOutline?.();
	const nav = view.querySelector<HTMLElement>('.cp-outline');
	stopOutline = nav ? trackOutline(nav, document) : undefined;
	for (const action of actions) action.disabled = false;
}

/**
 * Adds Print and Save to the toolbar, before `before`; `input` is what the copy would take now
 * (undefined while no article is shown), `format` the copy menu's choice.
 */
export function addFileActions(before: Element, input: () => CopyInput | undefined, format: () => CopyFormat): void {
	const print = button('print', t('print'));
	print.addEventListener('click', () => window.print());
	const save = button('save', t('save'));
	save.addEventListener('click', () => {
		const current = input();
		if (current) downloadFile(savedFile(document, format(), current), document.body);
	});
	before.before(print, save);
	actions.push(print, save);
}

function button(id: string, text: string): HTMLButtonElement {
	const el = document.createElement('button');
	el.type = 'button';
	el.id = id;
	el.className = 'cp-control';
	el.textContent = text;
	el.disabled = true;
	return el;
}
