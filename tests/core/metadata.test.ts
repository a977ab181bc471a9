import {describe, expect, it} from 'vitest';
import {directionOf, readMetadata} from '../../src/core/metadata.js';
import {parseHtml} from '../../src/node/clean-html.js';

const page = (head: string, body = '', attrs = '') => parseHtml(`<!doctype html><html ${attrs}><head>${head}</head><body>${body}</body></html>`, 'https://news.example/a');

describe('readMetadata', () => {
	it('reads the date from meta tags, JSON-LD or <time>, in the time zone the page gives', () => {
		expect(readMetadata(page('<meta property="article:published_time" content="2020-01-08T22:45:12+01:00">'), 'https://news.example/a').publishedTime).toBe('2020-01-08T22:45:12+01:00');
		expect(readMetadata(page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-03T10:00:00Z"}</script>'), 'https://news.example/a').publishedTime).toBe('2021-05-03T10:00:00Z');
		expect(readMetadata(page('', '<h1>Story</h1><time datetime="2019-11-19">19 Nov</time>'), 'https://news.example/a').publishedTime).toBe('2019-11-19');
		expect(readMetadata(page('<meta name="date" content="not a date">'), 'https://news.example/a').publishedTime).toBeNull();
	});

	it('reads language, direction, site name and an absolute lead image', () => {
		const meta = readMetadata(page('<meta property="og:site_name" content="The Ledger"><meta property="og:image" content="/img/lead.jpg">', '', 'lang="ar" dir="rtl"'), 'https://news.example/a');
		expect(meta).toMatchObject({lang: 'ar', dir: 'rtl', siteName: 'The Ledger', leadImage: {url: 'https://news.example/img/lead.jpg', alt: null}});
	});

	it('infers right-to-left from the language when the page does not say', () => {
		expect(directionOf('he-IL')).toBe('rtl');
		expect(directionOf('fa')).toBe('rtl');
		expect(directionOf('de')).toBe('ltr');
		expect(directionOf(null)).toBe('ltr');
	});
});
