/** Tab helpers shared by popup and background: which pages we may not read, and injection. */
import browser from 'webextension-polyfill';

export {namedLikePdf, restrictionOf} from './restricted-url.js';
export type {Restriction} from './restricted-url.js';

/** Whether file:// pages may be scripted (a per-extension switch the user sets). */
export async function fileAccessAllowed(): Promise<boolean> {
	try {
		return await browser.extension.isAllowedFileSchemeAccess();
	} catch {
		return false;
	}
}

/** Injects the content script; it guards itself, so injecting again is harmless. */
export async function injectContent(tabId: number): Promise<void> {
	await browser.scripting.executeScript({target: {tabId}, files: ['content.js']});
}
