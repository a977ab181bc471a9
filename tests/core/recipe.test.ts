import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';

/**
 * Recipe pages: the ingredients are a table of amounts and the method short lines, which
 * Readability scores below any paragraph of prose. The page's schema.org Recipe says which
 * blocks they are; a part the article lost goes back.
 */

const INGREDIENTS = [['500 ml', 'Milk'], ['2 packs', 'Vanilla pudding powder'], ['200 g', 'Sugar'], ['3 cups', 'Sour cream'], ['2 tins', 'Mandarin oranges'], ['1 pack', 'Clear cake glaze']];
const STEPS = [
	'First cook the pudding with the milk, the pudding powder and the sugar, then set it aside to cool, covered with cling film so that no skin forms on it.',
	'Drain the mandarins in a sieve over a bowl, and keep the juice for the glaze, which goes on once the cake has cooled completely.',
	'Knead the ingredients for the base together, press the dough into the greased tin, and pull up a rim of about three centimetres.',
	'Stir the sour cream into the cooled pudding, spread it over the base, and lay the mandarins on top, close together, in a single layer.',
];

function clean(html: string) {
	const result = cleanHtml(html, {url: 'https://recipes.example/mandarin-cake'});
	if (result.kind !== 'article') throw new Error(`not an article: ${result.reason}`);
	return result;
}

const table = `<table class="ingredients">${INGREDIENTS.map(([amount, what]) => `<tr><td>${amount}</td><td>${what}</td></tr>`).join('')}</table>`;

describe('a recipe page', () => {
	it('puts back the ingredient table its JSON-LD lists, above the method Readability kept', () => {
		const data = {'@context': 'https://schema.org', '@type': 'Recipe', name: 'Mandarin cake', recipeIngredient: INGREDIENTS.map(pair => pair.join(' ')), recipeInstructions: STEPS.map(text => ({'@type': 'HowToStep', text}))};
		const html = `<!doctype html><html lang="en"><head><title>Mandarin cake</title><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><main>
			<article class="box recipe-header"><h1>Mandarin cake</h1><p>The creamiest cake I know!</p></article>
			<article class="box recipe-ingredients"><h2>Ingredients</h2>${table}</article>
			<article class="box recipe-method"><h2>Method</h2>${STEPS.map(step => `<p>${step}</p>`).join('')}</article>
			<footer><p>© Recipes Example</p></footer></main></body></html>`;
		const {text} = clean(html);
		for (const [, what] of INGREDIENTS) expect(text).toContain(what!);
		expect(text.indexOf('Clear cake glaze')).toBeLessThan(text.indexOf('First cook the pudding'));
		expect(text.split('Vanilla pudding powder')).toHaveLength(2);
	});

	it('puts back ingredients and method its microdata marks when a service box outscores them', () => {
		const steps = ['Warm the milk.', 'Melt the butter in it.', 'Mix flour and yeast.', 'Knead everything for five minutes.', 'Bake at 200 °C for 20 minutes.'];
		const service = ['Our customer service answers your questions about our products, recipes and ingredients, and helps you with complaints, guided tours, seminars and demonstrations, every weekday from nine to noon.', 'We look forward to your call, your letter or your message in the web chat, and we answer every question within two working days, whatever it is about, as best we can.'];
		const html = `<!doctype html><html lang="en"><head><title>Bee sting muffins</title></head><body><div itemscope itemtype="https://schema.org/Recipe">
			<h1 itemprop="name">Bee sting muffins</h1>
			<div class="ingredients"><table>${INGREDIENTS.map(([amount, what]) => `<tr itemprop="recipeIngredient"><td>${amount}</td><td>${what}</td></tr>`).join('')}</table></div>
			<div class="preparation" itemprop="recipeInstructions">${steps.map((step, n) => `<div class="step"><span>${n + 1}</span><div>${step}</div></div>`).join('')}</div>
			<div class="service">${service.map(text => `<p>${text}</p>`).join('')}</div></div></body></html>`;
		const {text} = clean(html);
		for (const [, what] of INGREDIENTS) expect(text).toContain(what!);
		for (const step of steps) expect(text).toContain(step);
	});

	it('leaves a page that is no recipe alone, whatever its lists', () => {
		const html = `<!doctype html><html lang="en"><head><title>Shopping</title></head><body><main><h1>What to buy this week</h1>${STEPS.map(step => `<p>${step}</p>`).join('')}<aside>${table}</aside></main></body></html>`;
		expect(clean(html).text).not.toContain('Clear cake glaze');
	});
});
