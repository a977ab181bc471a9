import {JSDOM, VirtualConsole} from 'jsdom';
import {cleanDocument} from '../core/clean.js';
import type {CleanOptions, CleanResult} from '../core/types.js';

export {cleanDocument};
export type * from '../core/types.js';

/** Parses HTML with jsdom (no scripts run, no resources fetched) and cleans it. */
export function cleanHtml(html: string, options: CleanOptions): CleanResult {
	const dom = new JSDOM(html, {url: options.url, virtualConsole: new VirtualConsole()});
	try {
		return cleanDocument(dom.window.document, options);
	} finally {
		dom.window.close();
	}
}
