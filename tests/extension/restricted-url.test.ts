import {describe, expect, it} from 'vitest';
import {namedLikePdf, restrictionOf} from '../../src/restricted-url.js';

describe('restrictionOf', () => {
	it.each([
		['chrome://version/', 'restricted'],
		['about:blank', 'restricted'],
		['edge://settings', 'restricted'],
		['view-source:https://example.com/', 'restricted'],
		['chrome-extension://abc/popup.html', 'restricted'],
		['https://chromewebstore.google.com/detail/x', 'restricted'],
		['https://chrome.google.com/webstore/detail/x', 'restricted'],
		['https://addons.mozilla.org/en-US/firefox/', 'restricted'],
		['file:///home/me/page.html', 'file'],
	])('%s -> %s', (url, expected) => {
		expect(restrictionOf(url, false)).toBe(expected);
	});

	it('lets ordinary pages, and files once allowed, through', () => {
		expect(restrictionOf('https://news.example/2024/story', false)).toBeNull();
		expect(restrictionOf('https://chrome.google.com/search', false)).toBeNull();
		expect(restrictionOf('file:///home/me/page.html', true)).toBeNull();
		expect(restrictionOf(undefined, false)).toBeNull();
		// A PDF is known by its content type once the script runs; the name alone decides nothing.
		expect(restrictionOf('https://example.com/report.PDF', false)).toBeNull();
	});

	it('knows a PDF by its name when the browser keeps the script out of its viewer', () => {
		expect(namedLikePdf('https://example.com/report.PDF')).toBe(true);
		expect(namedLikePdf('https://example.com/report.pdf?download=1')).toBe(true);
		expect(namedLikePdf('https://example.com/pdf-tools/story')).toBe(false);
		expect(namedLikePdf(undefined)).toBe(false);
	});
});
