/**
 * The view gets its strings from the caller (browser.i18n in the extension), so view/
 * stays free of extension APIs and renders the same in tests.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * The direction of the interface's language, from the predefined `@@bidi_dir` message
 * (Chrome and Firefox both have it). The article keeps its own direction.
 */
export function uiDirection(t: Translate): 'ltr' | 'rtl' {
	return t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
