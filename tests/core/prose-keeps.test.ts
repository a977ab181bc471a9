import {describe, expect, it} from 'vitest';
import {JSDOM} from 'jsdom';
import {Readability} from '@mozilla/readability';
import {cleanHtml} from '../../src/node/clean-html.js';

/**
 * Readability's last clean-up drops a box by counts and names: a class with "hidden" in it
 * weighs against the box whatever it holds. A CMS names every field whose label it hides
 * `field--label-hidden`, the article's own paragraphs among them.
 */

const PROSE = [
	'The council met on Tuesday to discuss the budget, and members agreed to fund the new library after a long debate about costs and staffing.',
	'Residents who spoke at the meeting said the old building had been closed for two years, and that children had nowhere quiet to study after school.',
	'The library will open next spring, the council said, with longer hours on weekdays and a reading room for students preparing for exams.',
	'Builders will start work in January, and the council expects the first floor to be ready for readers before the summer holidays begin.',
];
const SOLAR = 'In a statement after the vote, the mayor said the library would be the first public building in the city to run entirely on solar power, and that the reading room would stay open until ten at night during the exam season in May and June.';

function page(box: string): string {
	const rest = PROSE.map(text => `<p>${text.replace('council', 'city')}</p>`).join('');
	return `<!doctype html><html lang="en"><head><title>Council funds library</title></head><body><main><h1>Council funds library</h1><div class="story"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${box}<p>${PROSE[3]}</p>${rest}</div></main></body></html>`;
}

function clean(html: string) {
	const result = cleanHtml(html, {url: 'https://news.example/council-library'});
	if (result.kind !== 'article') throw new Error(result.reason);
	return result;
}

describe('prose Readability\'s last clean-up drops by a name', () => {
	it('keeps paragraphs of prose in a box whose hidden label gives it a bad name', () => {
		const html = page(`<div class="field field--name-field-paragraphs field--label-hidden"><p>${SOLAR}</p><p>${PROSE[2]}</p></div>`);
		expect(new Readability(new JSDOM(html).window.document).parse()?.textContent).not.toContain('solar power');
		expect(clean(html).text).toContain(SOLAR);
	});

	it('still drops a box of prose named for comments', () => {
		const html = page(`<div class="comments-hidden"><p>${SOLAR}</p><p>${PROSE[2]}</p></div>`);
		expect(clean(html).text).not.toContain('solar power');
	});

	it('keeps steps written as a list of sentences beside their photos, which Readability counts against them', () => {
		const steps = [
			'Dice the tofu and pat it dry with paper towels to soak up the water.',
			'Fry the tofu in a little oil until the edges are golden brown.',
			'With two spoons of oil left in the wok, fry the minced garlic until fragrant.',
			'Add the noodles, the sauce and the fried tofu, and stir well over a high heat.',
		];
		const photo = (n: number) => `<img src="https://img.news.example/step-${n}.jpg" alt="Step ${n}" width="600" height="400">`;
		const html = page(`<div class="card-directions"><h3>Directions</h3><ul class="directions-list">${steps.map((step, n) => `<li><span>${step}</span>${photo(n)}</li>`).join('')}</ul></div>`);
		expect(new Readability(new JSDOM(html).window.document).parse()?.textContent).not.toContain(steps[2]);
		const text = clean(html).text;
		for (const step of steps) expect(text).toContain(step);
	});

	it('still drops a list of headlines, which are no sentences', () => {
		const links = ['Budget talks stall', 'Mayor opens the bridge', 'Schools close early for the storm', 'Parks get new benches'];
		const html = page(`<div class="card-more"><h3>Most read</h3><ul>${links.map(link => `<li><a href="/${link.length}">${link}</a></li>`).join('')}</ul></div>`);
		expect(clean(html).text).not.toContain('Mayor opens the bridge');
	});
});
