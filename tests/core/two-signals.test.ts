import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';

/**
 * A block leaves the article only on two signals: what it says or is named, and the shape of
 * clutter where it stands. Each case below is article text that carries one of the two (a word, a
 * class token, a label) and must stay; each has a twin that carries both and must go.
 */

const PROSE = [
	'The council met on Tuesday to discuss the budget, and members agreed to fund the new library after a long debate about costs and staffing.',
	'Residents who spoke at the meeting said the old building had been closed for two years, and that children had nowhere quiet to study after school.',
	'The library will open next spring, the council said, with longer hours on weekdays and a reading room for students preparing for exams.',
].map(text => `<p>${text}</p>`).join('');

/** The article with `inner` in the middle of its text, or at its end (where widgets stand). */
function article(inner: string, atEnd: boolean): string {
	const body = atEnd ? `${PROSE}${PROSE}${inner}` : `${PROSE}${inner}${PROSE}`;
	return `<!doctype html><html lang="en"><head><title>Council funds library</title></head><body><article><h1>Council funds library</h1>${body}</article></body></html>`;
}

function clean(inner: string, atEnd = false) {
	const result = cleanHtml(article(inner, atEnd), {url: 'https://news.example/council-library'});
	if (result.kind !== 'article') throw new Error(`not an article: ${result.reason}`);
	return {text: result.text.replace(/\s+/g, ' '), rules: result.removed.map(block => block.rule)};
}

const SECTION_PROSE =
	'<p>The operator shares anonymised travel data with the city under a contract signed in 2021, and says no names or card numbers are passed on.</p>' +
	'<p>Privacy groups want the contract published in full, and the council has promised to release it once the commercial terms have been removed.</p>';

describe('two signals before a block goes', () => {
	it.each([
		[
			'a section whose id is a heading slug with "sharing" in it',
			`<section id="data-sharing-with-partners"><h2>Data sharing with partners</h2>${SECTION_PROSE}</section>`,
			'no names or card numbers are passed on',
		],
		['a subheading "Response" with prose after it', `<h2>Response</h2>${SECTION_PROSE}`, 'Privacy groups want the contract published'],
		[
			'a table whose header cell says "Comment"',
			'<table><tr><th>Route</th><th>Comment</th></tr><tr><td>N12</td><td>Last bus moves to 23:40</td></tr></table>',
			'Last bus moves to 23:40',
		],
		[
			'a sentence that mentions getting the app',
			'<p>Passengers who get the new version of the app will see live departure times, the operator said, though older phones will not be supported.</p>',
			'get the new version of the app',
		],
		['table cells of numbers', '<table><tr><td><span>Download</span></td><td><span>13.4 MB (-81%)</span></td><td><span>2 3</span></td></tr></table>', '13.4 MB (-81%)'],
		['prose in a box Readability would skip by its name', `<div class="story-header">${SECTION_PROSE}</div>`, 'Privacy groups want the contract published'],
		['prose in a sidebar-named layout box', `<div id="main-sidebar-layout"><div class="extra">${SECTION_PROSE}</div></div>`, 'no names or card numbers'],
		[
			'live-blog entries in a box named "comments"',
			`<div class="live-comments content"><div class="entry"><p><b>12:05</b> The mayor arrives and says the library will carry the name of the city's first librarian, who worked there for forty years.</p></div><div class="entry"><p><b>12:20</b> Councillors vote 31 to 4 in favour, after the opposition withdrew its amendment on opening hours and staffing.</p></div></div>`,
			'Councillors vote 31 to 4 in favour',
		],
		[
			'a list of references to other sites',
			'<ul><li><a href="https://nodejs.org/api/inspector.html">https://nodejs.org/api/inspector.html</a></li><li><a href="https://www.npmjs.com/package/inspector-api">https://www.npmjs.com/package/inspector-api</a></li></ul>',
			'npmjs.com/package/inspector-api',
		],
		['a source written as a bare address', '<p>Sources:</p><p><a href="http://www.stats.example/2024/library-use.html">http://www.stats.example/2024/library-use.html</a></p>', 'stats.example/2024/library-use.html'],
		[
			'prose under a label heading named like a related box',
			`<h3 class="related-title">You may also like</h3>${SECTION_PROSE}`,
			'Privacy groups want the contract published',
		],
		['a paragraph in capitals that is not a link', '<p>THE LIBRARY WILL BE CLOSED ON PUBLIC HOLIDAYS AND ON THE FIRST MONDAY OF EACH MONTH.</p>', 'CLOSED ON PUBLIC HOLIDAYS'],
		['a link in capitals to another site, a source', '<p><strong><a href="https://stats.example/library-use-2024">READ THE FULL LIBRARY USE REPORT</a></strong></p>', 'LIBRARY USE REPORT'],
		[
			'live-blog entries written as <article>s with their own headings',
			['The mayor arrives', 'The vote', 'What happens next'].map(title => `<article class="entry"><h3>${title}</h3><p>The mayor says the library will carry the name of the city's first librarian, who worked there for forty years.</p></article>`).join(''),
			'What happens next',
		],
	])('keeps %s, in the middle of the article or at its end', (_name, inner, kept) => {
		for (const atEnd of [false, true]) {
			const {text} = clean(inner, atEnd);
			expect(text).toContain(kept);
			expect(text).toContain('reading room for students');
		}
	});

	it.each([
		['a share bar', '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>', 'Facebook'],
		[
			'a comment thread with reply buttons',
			'<h3>Comments</h3><ol class="thread"><li><p>Great news for the town, and about time too after two years of waiting for it.</p><a href="?replytocom=1">Reply</a></li><li><p>Who pays for the longer hours though? Nobody at the meeting could answer that.</p><a href="?replytocom=2">Reply</a></li></ol>',
			'Who pays for the longer hours',
		],
		['a newsletter box', '<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>', 'morning briefing'],
		[
			"a list of the site's other stories",
			'<ul><li><a href="https://www.news.example/pools">Council closes two swimming pools for the winter</a></li><li><a href="https://sport.news.example/derby">Derby day ends in a draw at the old ground</a></li></ul>',
			'swimming pools for the winter',
		],
		['a headline in capitals linking to another story of the site', '<p><strong><a href="https://www.news.example/ferry-fares">FERRY FARES TO RISE IN SPRING, OPERATOR SAYS</a></strong></p>', 'FERRY FARES'],
		['a related box under its label', '<h3>Related</h3><ul><li><a href="/a">Council closes two swimming pools</a></li><li><a href="/b">Mayor unveils spending plan</a></li></ul>', 'swimming pools'],
		[
			"other posts' articles, prose and all, under \"You may also like\"",
			`<h3>You may also like</h3>${[1, 2, 3].map(n => `<article><a href="/post-${n}"><img src="https://news.example/${n}.jpg" alt=""></a><p>Post ${n}: the parish hall reopened this week after a year of repairs, and volunteers served tea to more than two hundred visitors on the first afternoon.</p></article>`).join('')}`,
			'the parish hall reopened',
		],
		[
			"other posts under a label heading named like its box, which Readability drops by that name",
			`<section><h3 class="relatedpoststitle">Você pode gostar...</h3>${[1, 2, 3].map(n => `<article><a href="/post-${n}"><img src="https://news.example/${n}.jpg" alt=""></a><p>Post ${n}: the parish hall reopened this week after a year of repairs, and volunteers served tea to more than two hundred visitors on the first …</p></article>`).join('')}</section>`,
			'the parish hall reopened',
		],
		[
			'a row of other stories under the text, with no label',
			`<div class="grid">${['Ferry fares rise in spring', 'New cycle lane opens on Quay Street', 'School meals to cost more'].map((title, n) => `<div class="col"><article><a href="/story-${n}"><img src="https://news.example/t${n}.jpg" alt=""></a><h2><a href="/story-${n}">${title}</a></h2><p>The change follows a review of the transport budget, and the council says it will publish the figures for each route before the end of the month.</p></article></div>`).join('')}</div>`,
			'New cycle lane opens',
		],
	])('removes %s', (_name, inner, dropped) => {
		const {text} = clean(inner, true);
		expect(text).not.toContain(dropped);
		expect(text).toContain('reading room for students');
	});
});

describe('a pop-up card over a name in the text', () => {
	const card = (inner: string) =>
		`<p>The library was the idea of the mayor, <span class="rollover-person"><a class="rollover-link" href="/people/jane-roe">Jane Roe</a><span class="rollover-block">${inner}</span></span>, who first proposed it when she was elected.</p>`;

	it('goes with its links to other stories, and the name it opens over stays in the sentence', () => {
		const links = '<a href="/people/jane-roe">Jane Roe</a><a href="/story-1">Mayor opens the new ferry terminal on the quay</a> <a href="/story-2">Budget vote delayed again after a long night</a> <a href="/people/jane-roe">MORE</a>';
		const {text} = clean(card(links));
		expect(text).not.toContain('ferry terminal');
		expect(text).toContain('the mayor, Jane Roe, who first proposed it');
	});

	it('stays when it holds a note of prose, not links', () => {
		const {text} = clean(card('<span>She was elected in 2019 after twelve years on the council, where she chaired the committee for schools and libraries.</span>'));
		expect(text).toContain('chaired the committee for schools');
	});
});

describe('a paragraph that is one link to another page of the site', () => {
	it('stays in the text in sentence case, and goes in capitals', () => {
		expect(clean('<p><a href="/council/library-plan">The council has published the library plan in full</a></p>').text).toContain('published the library plan');
		expect(clean('<p><a href="/council/library-plan">THE COUNCIL HAS PUBLISHED THE LIBRARY PLAN IN FULL</a></p>').text).not.toContain('LIBRARY PLAN');
	});
});
