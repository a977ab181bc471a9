import {describe, expect, it} from 'vitest';
import {readMetadata} from '../../src/core/metadata.js';
import {dayInText, toPageDate} from '../../src/core/header/date-text.js';
import {articleDate} from '../../src/core/header/index.js';
import {parseHtml} from '../../src/node/clean-html.js';
import {formatDate} from '../../src/view/render-article.js';

const url = 'https://news.example/a';
const dateOf = (head: string, body = '', lang = 'en') => readMetadata(parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, url), url).publishedTime;

describe('publication date', () => {
	it("keeps the page's own offset, so a story of 00:30 in Berlin stays on its day", () => {
		expect(toPageDate('2020-01-02T00:30:00+01:00')).toBe('2020-01-02T00:30:00+01:00');
		expect(toPageDate('2020-01-02T00:30:00.000+0100')).toBe('2020-01-02T00:30:00+01:00');
		expect(toPageDate('2021-05-03T10:00:00Z')).toBe('2021-05-03T10:00:00Z');
		expect(toPageDate('Wed, 08 Jan 2020 00:15:12 +0100')).toBe('2020-01-08T00:15:12+01:00');
	});

	it('keeps a day a day, and a time without an offset as the page wrote it', () => {
		expect(toPageDate('2019-11-19')).toBe('2019-11-19');
		expect(toPageDate('2019-11-19 14:05')).toBe('2019-11-19T14:05:00');
		expect(toPageDate('not a date')).toBeNull();
		expect(toPageDate('2019-02-30')).toBeNull();
	});

	it('reads meta tags, then JSON-LD inside @graph or arrays, then dateCreated', () => {
		expect(dateOf('<meta property="article:published_time" content="2020-01-08T22:45:12+01:00">')).toBe('2020-01-08T22:45:12+01:00');
		const graph = '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"N"},{"@type":"BlogPosting","datePublished":"2021-03-12T08:00:00+01:00"}]}';
		expect(dateOf(`<script type="application/ld+json">${graph}</script>`)).toBe('2021-03-12T08:00:00+01:00');
		expect(dateOf('<script type="application/ld+json">[{"@type":"NewsArticle","dateCreated":"2018-06-01"}]</script>')).toBe('2018-06-01');
	});

	it('reads marked-up dates in the page (itemprop, <time pubdate>)', () => {
		expect(dateOf('', '<article><span itemprop="datePublished" content="2017-04-05">5 April</span></article>')).toBe('2017-04-05');
		expect(dateOf('', '<time pubdate datetime="2016-09-30T09:00:00+02:00">30 Sept</time>')).toBe('2016-09-30T09:00:00+02:00');
	});

	it('shows the day the page shows by its headline when the data wrote the time in UTC', () => {
		const utc = '<meta property="article:published_time" content="2020-01-01T23:30:00Z">';
		expect(dateOf(utc, '<h1>Story</h1><p class="date">2. Januar 2020</p><p>Text.</p>', 'de')).toBe('2020-01-02');
		expect(dateOf(utc, '<h1>Story</h1><time datetime="2020-01-02T00:30:00+01:00">2. Januar 2020</time><p>Text.</p>', 'de')).toBe('2020-01-02T00:30:00+01:00');
		// The same day, or a day further away (another date on the page), leaves the data's time as it is.
		expect(dateOf(utc, '<h1>Story</h1><p class="date">1. Januar 2020</p>', 'de')).toBe('2020-01-01T23:30:00Z');
		expect(dateOf(utc, '<h1>Story</h1><p class="date">5. Januar 2020</p>', 'de')).toBe('2020-01-01T23:30:00Z');
		expect(dateOf('<meta property="article:published_time" content="2020-01-01T23:30:00+01:00">', '<h1>Story</h1><p class="date">2. Januar 2020</p>', 'de')).toBe('2020-01-01T23:30:00+01:00');
		const dated = 'https://news.example/2019/01/01/new-year/';
		const inAddress = (time: string) => readMetadata(parseHtml(`<!doctype html><html><head><meta property="article:published_time" content="${time}"></head><body><h1>New year</h1><p>Text.</p></body></html>`, dated), dated).publishedTime;
		expect(inAddress('2018-12-31T23:11:59+00:00')).toBe('2019-01-01');
		expect(inAddress('2018-12-31T10:00:00+01:00')).toBe('2018-12-31T10:00:00+01:00');
	});

	it("reads the story's RDFa date, not a comment's", () => {
		const rdfa = (time: string) => `<span property="schema:dateCreated" content="${time}" class="hidden"></span>`;
		const page = `<h1>Story</h1><div class="node__submitted"><span>28.01.22</span>${rdfa('2022-01-28T12:45:46+00:00')}</div><p>Text.</p>`;
		expect(dateOf('', page)).toBe('2022-01-28T12:45:46+00:00');
		expect(dateOf('', `<h1>Story</h1><p>Text.</p><div class="comment"><footer>${rdfa('2020-04-21T14:40:07+00:00')}</footer></div>`)).toBeNull();
	});

	it('reads "Veröffentlichung:" as a publication label, and an "Aktualisiert:" date only when the page shows no other', () => {
		expect(dateOf('', '<h1>Brave New Woman</h1><br> Veröffentlichung: <a href="/music/">04.02.2022</a><br>Label: House', 'de')).toBe('2022-02-04');
		const updated = (body: string) => readMetadata(parseHtml(`<!doctype html><html lang="de"><head></head><body>${body}</body></html>`, url), url).header;
		const only = updated('<h1>Kinder und Arbeit</h1><p>Text.</p><p class="info">Aktualisiert: 30.12.2016</p>');
		expect(articleDate(only, null)).toBe('2016-12-30');
		expect(articleDate(updated('<h1>Penny</h1><p>Text.</p><div id="footer"><ul><li id="footer-info-lastmod">This page was last modified on 4 November 2020.</li></ul></div>'), null)).toBeNull();
		expect(articleDate(updated('<h1>Kinder</h1><p>Veröffentlicht am 02.03.2015</p><p class="info">Aktualisiert: 30.12.2016</p>'), null)).toBe('2015-03-02');
	});

	it('reads the machine date a blog engine keeps in the title of an <abbr> that shows only the time', () => {
		const post = '<h3 class="post-title">A walk</h3><p>Text.</p><span class="post-timestamp">at <abbr class="published" itemprop="datePublished" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr></span>';
		expect(dateOf('', post)).toBe('2019-10-16T14:33:00-07:00');
	});

	it('reads the dateline under the headline, in the words of the page', () => {
		expect(dateOf('', '<h1>Neue Brücke beschlossen</h1><p class="meta">Veröffentlicht am 12. März 2021</p><p>Text.</p>', 'de')).toBe('2021-03-12');
		expect(dateOf('', '<article><h1>Ferry fares rise</h1><div class="byline">By Ann Lee · March 12, 2021</div><p>Text.</p></article>')).toBe('2021-03-12');
		expect(dateOf('', '<header><time datetime="2021-03-12">12 March</time><h1>Ferry fares rise</h1></header><p>Text.</p>')).toBe('2021-03-12');
	});

	it('reads a labelled date away from the headline, then the day in the address', () => {
		const end = `<h1>Mit Digitaler Mündigkeit die Welt retten</h1><p>${'Text. '.repeat(200)}</p><p>Leena Simon Veröffentlicht am 06.10.2023 (Letztes Update: 07.10.2023)</p>`;
		expect(dateOf('', end, 'de')).toBe('2023-10-06');
		const page = (address: string) => readMetadata(parseHtml('<!doctype html><html><body><h1>Story</h1></body></html>', address), address).publishedTime;
		expect(page('https://blog.example/2014/05/18/alles-neue/')).toBe('2014-05-18');
		expect(page('https://news.example/detail/20200102/1000200033.html')).toBe('2020-01-02');
		expect(page('https://shop.example/item/2014/99/99/')).toBeNull();
	});

	it("lets the page's language decide whether 12/03/2021 is March or December", () => {
		expect(dayInText('12/03/2021', 'en-GB')).toBe('2021-03-12');
		expect(dayInText('12/03/2021', 'de')).toBe('2021-03-12');
		expect(dayInText('12/03/2021', 'en-US')).toBe('2021-12-03');
		expect(dayInText('25/03/2021', 'en-US')).toBe('2021-03-25');
		expect(dayInText('12.03.2021', 'en-US')).toBe('2021-03-12');
		expect(dayInText('le 1er avril 2020', 'fr')).toBe('2020-04-01');
		expect(dayInText('12 de marzo de 2021', 'es')).toBe('2021-03-12');
		expect(dayInText('2020年1月2日', 'zh')).toBe('2020-01-02');
	});

	it("does not take a comment's or a related story's date for the page's", () => {
		const comments = '<h1>Ferry fares rise</h1><p>Text of the story.</p><div id="comments"><p class="meta">March 14, 2021</p></div>';
		expect(dateOf('', comments)).toBeNull();
		const related = '<h1>Ferry fares rise</h1><aside><ul><li>Older story, 3 March 2021</li></ul></aside>';
		expect(dateOf('', related)).toBeNull();
		const prose = `<h1>Ferry fares rise</h1><p>${'The story goes on. '.repeat(40)}</p><p>On 3 March 2021 the board met.</p>`;
		expect(dateOf('', prose)).toBeNull();
	});

	it("shows the page's calendar day to a reader in any time zone", () => {
		const zone = process.env.TZ;
		try {
			for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
				process.env.TZ = tz;
				expect(formatDate('2020-01-02', 'en-GB'), tz).toBe('2 January 2020');
				expect(formatDate('2020-01-02T00:30:00+01:00', 'en-GB'), tz).toBe('2 January 2020');
				expect(formatDate('2020-01-02T23:30:00-05:00', 'de'), tz).toBe('2. Januar 2020');
			}
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});
});
