/**
 * The view gets its strings from the caller (browser.i18n in the extension), so view/
 * stays free of extension APIs and renders the same in tests.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;
