/** Every visible string goes through browser.i18n (_locales/<lang>/messages.json). */
import browser from 'webextension-polyfill';
import {uiDirection} from './view/translate.js';
import type {Translate} from './view/translate.js';

/**
 * The message for `key`. A message missing from the reader's locale comes from the default
 * locale (en) in both browsers; a key missing from en too gives '' rather than the key, which
 * would read as broken English in any language (tests/locales.test.ts keeps en complete).
 */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || '';

/** The UI language, for dates and the lang attribute of extension pages. */
export function uiLanguage(): string {
	return browser.i18n.getUILanguage();
}

/** A count in the UI language's digits and grouping. */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat(uiLanguage()).format(value);
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
	document.documentElement.dir = uiDirection(t);
}
