import {describe, expect, it} from 'vitest';
import {restrictionOf} from '../../src/restricted-url.js';

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
		['https://example.com/report.PDF', 'pdf'],
		['file:///home/me/page.html', 'file'],
	])('%s -> %s', (url, expected) => {
		expect(restrictionOf(url, false)).toBe(expected);
	});

	it('lets ordinary pages, and files once allowed, through', () => {
		expect(restrictionOf('https://news.example/2024/story', false)).toBeNull();
		expect(restrictionOf('https://chrome.google.com/search', false)).toBeNull();
		expect(restrictionOf('file:///home/me/page.html', true)).toBeNull();
		expect(restrictionOf(undefined, false)).toBeNull();
	});
});
