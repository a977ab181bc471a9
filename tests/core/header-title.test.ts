import {describe, expect, it} from 'vitest';
import {readMetadata} from '../../src/core/metadata.js';
import {articleTitle} from '../../src/core/header/index.js';
import {isIdLike, stripSite} from '../../src/core/header/title.js';
import {hostForms} from '../../src/core/header/compare.js';
import {cleanHtml, parseHtml} from '../../src/node/clean-html.js';

const titleOf = (head: string, body = '', url = 'https://www.harbour-times.example/2024/story') => {
	const doc = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
	return articleTitle(readMetadata(doc, url).header, null);
};

describe('article title', () => {
	it('cuts the site name when the page names its site (og:site_name)', () => {
		expect(titleOf('<title>Ferry fares rise again - The Harbour Times</title><meta property="og:site_name" content="The Harbour Times">')).toBe('Ferry fares rise again');
		expect(titleOf('<title>The Harbour Times | Ferry fares rise again</title><meta property="og:site_name" content="The Harbour Times">')).toBe('Ferry fares rise again');
	});

	it('cuts a part that is the site address, in any separator style', () => {
		expect(titleOf('<title>Ferry fares rise again › Harbour-Times.example</title>')).toBe('Ferry fares rise again');
		expect(titleOf('<title>Ferry fares rise again :: Harbour Times</title>')).toBe('Ferry fares rise again');
	});

	it('keeps a section it cannot tell from the headline, but not the site', () => {
		expect(titleOf('<title>Ferry fares rise again | Local | The Harbour Times</title><meta property="og:site_name" content="The Harbour Times">')).toBe('Ferry fares rise again | Local');
	});

	it('takes the headline from the h1 when the h1 is one part of the title', () => {
		expect(titleOf('<title>Ferry fares rise again | Local | Daily Paper</title>', '<h1>Ferry fares rise again</h1>')).toBe('Ferry fares rise again');
		expect(titleOf('<title>Ferry fares rise again: what it costs | Weekly</title>', '<h1>Ferry fares rise again</h1>')).toBe('Ferry fares rise again');
	});

	it('prefers the h1 the title speaks of over an og:title that carries the site', () => {
		expect(titleOf('<meta property="og:title" content="Ferry fares rise - Daily Paper"><title>Ferry fares rise - Daily Paper</title>', '<h1>Ferry fares rise for the third time this year</h1>')).toBe('Ferry fares rise for the third time this year');
	});

	it('ignores an h1 that says something else (a section label, a menu)', () => {
		expect(titleOf('<title>Ferry fares rise again for island commuters</title>', '<h1>Opinion</h1>')).toBe('Ferry fares rise again for island commuters');
	});

	it('takes the entry title when the h1 and the title hold only the blog name', () => {
		const body = '<header><h1>Quiet Harbour Notes</h1></header><article><h2 class="entry-title">Learning to sail at fifty</h2><p>Text.</p></article>';
		expect(titleOf('<title>Quiet Harbour Notes</title><meta property="og:site_name" content="Quiet Harbour Notes">', body)).toBe('Learning to sail at fifty');
	});

	it('takes the entry heading under a blog-name h1 that matches the title better', () => {
		const title = '<title>Learning to sail at fifty | Quiet Harbour Notes</title>';
		expect(titleOf(title, '<h1>Quiet Harbour Notes</h1><article><h2>Learning to sail at fifty</h2></article>')).toBe('Learning to sail at fifty');
		// The blog's name links home: it is the site, even where the entry title comes first.
		expect(titleOf(title, '<h1><a href="/">Quiet Harbour Notes</a></h1><div><h2>Learning to sail at fifty</h2></div>')).toBe('Learning to sail at fifty');
		expect(titleOf(title, '<h1 class="site-title">Quiet Harbour Notes</h1>')).toBe('Learning to sail at fifty');
	});

	it('never shows a structured-data id as the title', () => {
		expect(isIdLike('d-161500790')).toBe(true);
		expect(isIdLike('Ferry fares rise')).toBe(false);
		expect(isIdLike('Nebelsuppe.')).toBe(false);
		const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"d-161500790"}</script>';
		expect(titleOf(`${jsonLd}<title>Ferry fares rise again - The Harbour Times</title><meta property="og:site_name" content="The Harbour Times">`)).toBe('Ferry fares rise again');
	});

	it('leaves a title with no site part alone', () => {
		expect(stripSite('Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.', {siteNames: [], hosts: []})).toBe('Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.');
		expect(stripSite('Studen BE - A6 nach tödlichem Unfall gesperrt', {siteNames: ['Polizeiticker'], hosts: []})).toBe('Studen BE - A6 nach tödlichem Unfall gesperrt');
	});

	it('reads the forms of a site address', () => {
		expect(hostForms('https://www.battery-news.de/x')).toEqual(expect.arrayContaining(['batterynewsde', 'batterynews']));
		expect(hostForms('https://blog.example.co.uk/')).toEqual(expect.arrayContaining(['example']));
	});

	it('leaves out a kicker set before the headline in the h1', () => {
		const head = '<meta property="og:title" content="Autohäuser rechnen mit langsamem Anlaufen des Geschäfts">';
		expect(titleOf(head, '<h1><span class="kicker">Nach Corona-Lockerungen</span> Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</h1>')).toBe('Autohäuser rechnen mit langsamem Anlaufen des Geschäfts');
		// A longer h1 that only goes on with the headline is the fuller headline.
		expect(titleOf('<title>Ultium Cells erhöht Gigafactory-Kapazität - Battery-News.de</title>', '<h1>Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1>', 'https://battery-news.de/a')).toBe('Ultium Cells erhöht Gigafactory-Kapazität in Tennessee');
	});

	it('prefers the h1 to a marked h2 when both are the title', () => {
		const head = '<title>Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung | MZ</title><meta property="og:title" content="Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung">';
		expect(titleOf(head, '<h1>Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung</h1><h2 class="article-headline">Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung</h2>')).toBe('Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung');
	});

	it('takes the h1 for a title that names no page ("Home")', () => {
		expect(titleOf('<title>Home</title>', '<h1>Time to say goodbye.</h1>')).toBe('Time to say goodbye.');
	});

	it('reads « and » as separators, not as quotes', () => {
		expect(titleOf('<title>Small loans » money the same day | Lendly</title>', '<h1>Small loans</h1>')).toBe('Small loans');
	});

	it('leaves out a subtitle set in its own element of the h1, whatever h2 repeats part of the title', () => {
		const body = '<h1><span>Dezuka Suisan: Fish Cakes, Hot and Fresh</span> <small>Welcome to the flavour capital</small></h1><article><h2>Dezuka Suisan</h2></article>';
		expect(titleOf('<meta property="og:title" content="Dezuka Suisan: Fish Cakes, Hot and Fresh">', body)).toBe('Dezuka Suisan: Fish Cakes, Hot and Fresh');
	});
});

describe('the headline in the body', () => {
	const PROSE = '<p>The ferry company raised its fares for the third time this year, and commuters who cross twice a day say the rise costs them a week of wages.</p>'.repeat(3);
	const bodyText = (article: string) => {
		const html = `<!doctype html><html><head><title>Harbour Times</title></head><body><article>${article}</article></body></html>`;
		const result = cleanHtml(html, {url: 'https://www.harbour-times.example/2024/story'});
		if (result.kind !== 'article') throw new Error(result.reason);
		return {title: result.title, text: result.text};
	};

	it('is shown once, in the header, when a section label stands above the copy in the body', () => {
		const {title, text} = bodyText(`<h2>Breaking</h2><h1>Ferry fares rise again</h1>${PROSE}`);
		expect(title).toBe('Ferry fares rise again');
		expect(text.split('Ferry fares rise again').length - 1).toBe(0);
	});
});
