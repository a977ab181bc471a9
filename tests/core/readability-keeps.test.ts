import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';

/**
 * What Readability drops by a name alone, before it reads what the element holds, and Clearpage
 * keeps because its shape is the article's: a photo with its caption in a box named "media" or
 * "meta", a hero figure above the text column. Each has a twin of clutter that still goes.
 */

const PROSE = [
	'The council met on Tuesday to discuss the budget, and members agreed to fund the new library after a long debate about costs and staffing.',
	'Residents who spoke at the meeting said the old building had been closed for two years, and that children had nowhere quiet to study after school.',
	'The library will open next spring, the council said, with longer hours on weekdays and a reading room for students preparing for exams.',
].map(text => `<p>${text}</p>`).join('');

function clean(body: string) {
	const html = `<!doctype html><html lang="en"><head><title>Council funds library</title></head><body>${body}</body></html>`;
	const result = cleanHtml(html, {url: 'https://news.example/council-library'});
	if (result.kind !== 'article') throw new Error(`not an article: ${result.reason}`);
	return result;
}

const PHOTO = '<img src="https://img.news.example/2024/library-reading-room.jpg" alt="The reading room" width="900" height="600">';

describe('pictures Readability drops by their box name', () => {
	it.each(['media', 'meta-photo', 'image-hidden-xs'])('keeps a photo and its caption in a box named "%s"', name => {
		const figure = `<div class="${name}">${PHOTO}<p class="media-caption">The old reading room before it closed. Credit: Jane Roe</p></div>`;
		const result = clean(`<article><h1>Council funds library</h1>${PROSE}${figure}${PROSE}</article>`);
		expect(result.html).toContain('library-reading-room.jpg');
		expect(result.captions).toEqual([expect.objectContaining({text: 'The old reading room before it closed.', credit: 'Jane Roe'})]);
	});

	it('still drops a related story teaser with its thumbnail', () => {
		const teaser = `<div class="related-media"><a href="/other-story">${PHOTO}</a><p class="caption"><a href="/other-story">Read more: the mayor's new plan for the libraries</a></p></div>`;
		const result = clean(`<article><h1>Council funds library</h1>${PROSE}${teaser}${PROSE}</article>`);
		expect(result.text).not.toContain("the mayor's new plan");
		expect(result.captions).toEqual([]);
	});

	it('heads the article with the lead figure above the text when the page has no share image', () => {
		const hero = `<div class="lead"><figure>${PHOTO}<figcaption>The reading room (Photo: Jane Roe)</figcaption></figure></div>`;
		const result = clean(`<main><h1>Council funds library</h1>${hero}<div class="story-body">${PROSE}${PROSE}</div></main>`);
		expect(result.leadImage?.url).toBe('https://img.news.example/2024/library-reading-room.jpg');
		expect(result.captions.map(caption => caption.credit)).toEqual(['Jane Roe']);
	});

	it('reads the article, not a longer consent dialog whose box Readability would skip by its name', () => {
		const service = (name: string) => `<div><p>${name} processes personal data to show you content from other sites, to measure how the site is used, and to improve it over time.</p><p><label><span>Switch to allow or refuse ${name}</span></label></p></div>`;
		const dialog = `<div class="privacy-popup-overlay"><div class="popup-top"><p>The controller responsible for this site would like to process your personal data with the following services. This is not needed to use the site, but it lets us stay in closer touch with you.</p></div>${['Analytics', 'Video', 'Maps', 'Social', 'Fonts', 'Captcha'].map(service).join('')}</div>`;
		const result = clean(`<div id="page"><main><article><h1>Council funds library</h1>${PROSE}${PROSE}</article></main></div>${dialog}`);
		expect(result.text).toContain('reading room for students');
		expect(result.text).not.toContain('processes personal data');
	});
});

describe('a lede Readability leaves behind', () => {
	const LEDE = 'The council has agreed to fund a new library in the old town, ending a two-year closure that left students without a quiet place to study.';
	const row = (inner: string, name = 'vc_row') => `<div class="${name}"><div class="vc_column"><div class="wpb_wrapper">${inner}</div></div></div>`;
	const page = (between: string) =>
		`<div class="td-main-content"><article>${row('<h1>Council funds library</h1>')}${between}${row(`<div class="td-post-content">${PROSE}${PROSE}</div>`)}</article></div>`;

	it('puts back a lede set in its own row between the headline and the body, above the body', () => {
		const result = clean(page(row(`<h2>${LEDE}</h2>`)));
		expect(result.text).toContain(LEDE);
		expect(result.text.indexOf(LEDE)).toBeLessThan(result.text.indexOf('The council met on Tuesday'));
	});

	it('leaves out a teaser of another story standing there', () => {
		const teaser = row(`<h2><a href="/city-parks">The mayor has also announced a new plan for the city's parks, with more trees and benches along the river promenade.</a></h2>`, 'vc_row teaser');
		const result = clean(page(teaser));
		expect(result.text).not.toContain('new plan for the city');
		expect(result.text).toContain('The council met on Tuesday');
	});

	it('puts back a standfirst in a box a CMS names "teaser" when nothing in it links elsewhere', () => {
		const result = clean(page(row(`<div class="teaser-text"><p>${LEDE}</p></div>`)));
		expect(result.text).toContain(LEDE);
	});

	it('puts back a lede subheading styled with a caption utility class, and one in a picture-named header module', () => {
		expect(clean(page(row(`<h2 class="caption-s5 text-lg">${LEDE}</h2>`))).text).toContain(LEDE);
		const header = `<div class="module module-imageTeaser"><figure>${PHOTO}</figure><div class="head"><h1>Council funds library</h1><div class="metaInfo">By Jane Roe | 27.01.2022</div><div class="articleTeaser"><strong>${LEDE}</strong></div></div></div>`;
		expect(clean(`<main>${header}<div class="story-body">${PROSE}${PROSE}</div></main>`).text).toContain(LEDE);
	});

	it('puts back the first paragraphs of the story when a box of their own left them behind', () => {
		const opening = [
			'The city council voted on Tuesday night to reopen the old library, two years after a leaking roof closed it to readers.',
			'The vote came after a long debate about costs, with members split until the mayor promised to find the money in next year\'s budget.',
			'Librarians said they would need three months to bring the books back from storage and to train new staff for the longer opening hours.',
			'Parents who had campaigned for the reopening filled the public gallery and cheered when the result of the vote was read out.',
		];
		const result = clean(page(row(`<div class="story-top">${opening.map(text => `<p>${text}</p>`).join('')}</div>`)));
		for (const text of opening) expect(result.text).toContain(text);
		expect(result.text.indexOf(opening[3]!)).toBeLessThan(result.text.indexOf('The council met on Tuesday'));
	});
});

describe('a standfirst Readability drops with the header it stands in', () => {
	// A standfirst is often a sentence without its full stop, in the story's <header>, which
	// Readability drops whole by its name before it scores anything.
	const STANDFIRST = 'A two-year closure ends as the council agrees to fund a new library in the old town';
	const story = (header: string, body = `<div class="story-body">${PROSE}${PROSE}</div>`) =>
		`<main><article><header class="story-header"><h1>Council funds library</h1>${header}</header>${body}</article></main>`;

	it.each([
		['a paragraph', `<p class="story-header__intro">${STANDFIRST}</p>`],
		['a box of text alone', `<div class="story-header__description">${STANDFIRST} <em>after a long debate</em></div>`],
	])('puts back %s under the headline, above the body', (_, header) => {
		const result = clean(story(header));
		expect(result.text).toContain(STANDFIRST);
		expect(result.text.indexOf(STANDFIRST)).toBeLessThan(result.text.indexOf('The council met on Tuesday'));
	});

	it.each([
		['a dateline', 'Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT'],
		['a byline with its date', 'By Jane Roe on Monday, November 18th, 2019 at 11:04 a.m. in the city'],
		['a share widget that repeats the headline', 'Share all the sharing options for: Council funds library'],
		['a photo caption with its credit', 'Students outside the closed library in the old town on Tuesday evening. © Agency / Jane Roe'],
	])('leaves out %s standing there', (_, line) => {
		const result = clean(story(`<p class="story-header__line">${line}</p>`));
		expect(result.text).not.toContain(line);
		expect(result.text).toContain('The council met on Tuesday');
	});

	it('is shown once when the body repeats it as its abstract', () => {
		const result = clean(story(`<div class="story-header__dek">${STANDFIRST}</div>`, `<div class="story-body"><div class="abstract">${STANDFIRST}</div>${PROSE}${PROSE}</div>`));
		expect(result.text.split(STANDFIRST)).toHaveLength(2);
	});

	it('leaves out the writer\'s box beside the headline', () => {
		const bio = 'Jane Roe is a writer and professor who has covered the city council for many years for this paper';
		const result = clean(story(`<div class="contributor-card"><p>${bio}</p></div>`));
		expect(result.text).not.toContain(bio);
	});

	it('goes above a promo box the body starts with, so the promo still goes whole', () => {
		const promo = '<div class="article-body__signup"><div class="box"><h2>Library Emails</h2><div>Get library news and special reports, delivered weekday mornings.</div><a href="/newsletters">SUBSCRIBE</a></div></div>';
		const result = clean(story(`<p class="story-header__intro">${STANDFIRST}</p>`, `<div class="story-body">${promo}${PROSE}${PROSE}</div>`));
		expect(result.text).toContain(STANDFIRST);
		expect(result.text).not.toContain('Library Emails');
		expect(result.text).not.toContain('Get library news');
	});
});

describe('a photo caption Readability leaves behind under the headline', () => {
	it('is not put back as a lede, in a box named for the picture or beside the picture', () => {
		const caption = 'In this file photo, council members walk through the closed reading room of the old library on Tuesday. (Jane Roe/AP)';
		const row = (inner: string, name: string) => `<div class="${name}"><div class="vc_column"><div class="wpb_wrapper">${inner}</div></div></div>`;
		for (const box of [row(`<p>${caption}</p>`, 'vc_row photo-top'), row(`${PHOTO}<p>${caption}</p>`, 'vc_row')]) {
			const result = clean(`<div class="td-main-content"><article>${row('<h1>Council funds library</h1>', 'vc_row')}${box}${row(`<div class="td-post-content">${PROSE}${PROSE}</div>`, 'vc_row')}</article></div>`);
			expect(result.text).not.toContain('closed reading room of the old library');
		}
	});
});

describe('a lede left behind above a lead figure', () => {
	it('goes back above the figure, not into its caption, and the caption stays whole', () => {
		const lede = 'The council has agreed to fund a new library in the old town, ending a two-year closure that left students without a quiet place to study.';
		const figure = `<figure>${PHOTO}<figcaption><span><p>The old reading room before it closed.</p></span></figcaption></figure>`;
		const row = (inner: string) => `<div class="vc_row"><div class="vc_column"><div class="wpb_wrapper">${inner}</div></div></div>`;
		const result = clean(`<div class="td-main-content"><article>${row('<h1>Council funds library</h1>')}${row(`<h2>${lede}</h2>`)}${row(`<div class="td-post-content">${figure}${PROSE}${PROSE}</div>`)}</article></div>`);
		expect(result.captions).toEqual([expect.objectContaining({text: 'The old reading room before it closed.'})]);
		expect(result.text).toContain(lede);
	});
});
