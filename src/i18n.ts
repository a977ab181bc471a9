/** Every visible string goes through browser.i18n (_locales/<lang>/messages.json). */
import browser from 'webextension-polyfill';
import type {Translate} from './view/translate.js';

/** The message for `key`; the key itself when missing, so a gap shows up instead of a blank. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

/** The UI language, for dates and the lang attribute of extension pages. */
export function uiLanguage(): string {
	return browser.i18n.getUILanguage();
}

/**
 * Fills static markup: `data-i18n` sets text, `data-i18n-label` sets aria-label,
 * `data-i18n-title` sets title. HTML files hold no English of their own.
 */
export function localizePage(root: ParentNode = document): void {
	for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
	for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel!));
	for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle!);
	document.documentElement.lang = uiLanguage();
	document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
