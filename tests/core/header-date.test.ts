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

	it('reads a day stored as midnight in Central Europe and written in UTC as that day, on a page of those languages only', () => {
		const stored = (time: string) => `<meta property="article:published_time" content="${time}">`;
		expect(dateOf(stored('2022-11-06T23:00:00.000Z'), '<h1>Provence</h1><p>Text.</p>', 'de')).toBe('2022-11-07');
		expect(dateOf(stored('2022-07-06T22:00:00Z'), '<h1>Provence</h1><p>Text.</p>', 'fr-BE')).toBe('2022-07-07');
		// A story of 23:14, a page written in New York or Quebec, keeps the data's time.
		expect(dateOf(stored('2022-11-06T23:14:00Z'), '<h1>Provence</h1><p>Text.</p>', 'de')).toBe('2022-11-06T23:14:00Z');
		expect(dateOf(stored('2022-11-06T23:00:00Z'), '<h1>Provence</h1><p>Text.</p>', 'en-US')).toBe('2022-11-06T23:00:00Z');
		expect(dateOf(stored('2022-11-06T23:00:00Z'), '<h1>Provence</h1><p>Text.</p>', 'fr-CA')).toBe('2022-11-06T23:00:00Z');
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

	it('reads through a lede or lead picture the page names a teaser, and stops at a teaser box of links', () => {
		const lede = '<h1>Habeck in München</h1><div class="teaser-text"><p>Der BUND bedauert das Gespräch.</p></div><div class="field--name-field-news-bild-teaser"><img src="/a.jpg" alt=""></div><span class="date">20.01.2022</span><p>Text.</p>';
		expect(dateOf('', lede, 'de')).toBe('2022-01-20');
		const box = '<h1>Habeck in München</h1><div class="teaser"><a href="/older">Ältere Meldung</a><span class="date">03.03.2021</span></div><p>Text.</p>';
		expect(dateOf('', box, 'de')).toBeNull();
	});

	it('reads the published <time> of a post header, not the updated one beside it', () => {
		const header = '<header><div class="entry-meta"><time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019</time><time class="updated" datetime="2019-02-09T23:00:55+01:00">9. Februar 2019</time></div><h1 class="entry-title">Laufen im Winter</h1></header><p>Text.</p>';
		expect(dateOf('', header, 'de')).toBe('2019-02-10T09:30:10+01:00');
	});

	it('reads a two-digit year where a dateline stands, and only a whole date so written', () => {
		expect(dateOf('', '<h1>Frei erfunden</h1><div class="meta">Von: Björn Jahner <span>|</span> <span>31.10.23</span></div><p>Text.</p>', 'de')).toBe('2023-10-31');
		expect(dateOf('', '<h1>Release notes</h1><div class="meta"><span>1.10.23</span></div><p>Text.</p>')).toBeNull();
		expect(dateOf('', '<h1>Release notes</h1><div class="meta"><span>Version 10.10.23 is out</span></div><p>Text.</p>')).toBeNull();
	});

	it("reads a date before the headline anywhere in the story's <article>, and beside a lesser heading that reads as the title", () => {
		const article = '<title>Neue Nachweise</title><article><div class="meta"><div><time datetime="2022-01-26">26. Januar 2022</time></div></div><div><div><h1>Neue Nachweise</h1></div></div><p>Text.</p></article>';
		expect(dateOf('', article, 'de')).toBe('2022-01-26');
		expect(dateOf('<title>Effiziente Hybridbatterie</title>', '<p><em>01.11.2023 11:35</em></p><h4>Effiziente Hybridbatterie</h4><p>Text.</p>', 'de')).toBe('2023-11-01');
	});

	it("reads the date line in the <footer> of the story's <article>, not in a comment's", () => {
		const story = '<h1>LVMH mit Wachstum</h1><article class="node"><footer class="node__meta"><span class="post-created">28.01.22</span> / <span class="post-comment">0 Kommentare</span></footer><p>Text.</p></article>';
		expect(dateOf('', story, 'de')).toBe('2022-01-28');
		const comment = '<h1>LVMH mit Wachstum</h1><p>Text.</p><article class="comment"><footer><span>29.01.22</span></footer><p>Schön.</p></article>';
		expect(dateOf('', comment, 'de')).toBeNull();
	});

	it('reads a labelled date on its own line of a box that holds much else', () => {
		const box = '<div class="text-wrap"><h2>Leslie Clio</h2><hr><br> Veröffentlichung: <a href="/music/">04.02.2022</a> <br> Label: House of Clio <br> Album: Brave New Woman <br><img src="/c.jpg" alt=""><span>Wertung</span><table><tr><td>1</td></tr></table><div>Am 4. Februar 2022 erscheint das Album.</div></div>';
		expect(dateOf('<title>Leslie Clio präsentiert das Album</title>', box, 'de')).toBe('2022-02-04');
	});

	it('reads the line the theme names a date on a page whose headline is not a heading, but not a comment\'s or a last change', () => {
		const table = (line: string) => `<table><tr><td class="itemHead"><span>Presse: Eintracht stellt Weichen</span></td></tr><tr><td class="itemInfo">${line}</td></tr></table><p>Text.</p>`;
		const head = '<title>Fanclub - Eintracht stellt Weichen - News</title>';
		expect(dateOf(head, table('<span class="itemPostDate">am 25.08.2015 22:30</span>'), 'de')).toBe('2015-08-25');
		expect(dateOf(head, table('<span class="lastUpdate">am 25.08.2015 22:30</span>'), 'de')).toBeNull();
		expect(dateOf(head, `${table('')}<div class="comments"><span class="post-date">26.08.2015</span></div>`, 'de')).toBeNull();
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
