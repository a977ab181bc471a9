import browser from 'webextension-polyfill';

/** The extension's own address of a font file build.mjs copied to fonts/ (see view/fonts.ts). */
export function bundledFontUrl(file: string): string {
	return browser.runtime.getURL(`fonts/${file}`);
}
