import {describe, expect, it} from 'vitest';
import {extractCaptions} from '../../src/core/captions.js';
import {bodyOf} from './dom.js';

const IMG = '<img src="https://news.example/a.jpg" alt="A street">';

function captionsOf(html: string) {
	const body = bodyOf(html);
	const captions = extractCaptions(body, 'https://news.example/');
	return {captions: captions.map(({text, credit}) => ({text, credit})), rest: body.textContent!.replace(/\s+/g, ' ').trim(), first: captions[0]};
}

describe('extractCaptions', () => {
	it.each([
		['(Picture: AFP/Getty)', `<div class="wp-caption">${IMG}<p class="wp-caption-text">Troops at the base (Picture: AFP/Getty)</p></div>`, 'Troops at the base', 'AFP/Getty'],
		['a credit element', `<figure>${IMG}<figcaption>Troops at the base <span class="credit">Photo: Reuters</span></figcaption></figure>`, 'Troops at the base', 'Reuters'],
		['a trailing label', `<figure>${IMG}<figcaption>Troops at the base. Image credit: NASA/JPL</figcaption></figure>`, 'Troops at the base.', 'NASA/JPL'],
		['a German label', `<figure>${IMG}<figcaption>Die Fähre am Rhein Foto: dpa</figcaption></figure>`, 'Die Fähre am Rhein', 'dpa'],
		['an AP-style credit', `<p>${IMG}</p><p>Trims in a truck outside a store. (AP Photo/Alan Diaz)</p>`, 'Trims in a truck outside a store.', 'AP Photo/Alan Diaz'],
		['a copyright sign', `<figure>${IMG}<figcaption>Harbour at dusk © Jane Roe</figcaption></figure>`, 'Harbour at dusk', 'Jane Roe'],
		['no credit', `<figure>${IMG}<figcaption>Harbour at dusk</figcaption></figure>`, 'Harbour at dusk', null],
	])('splits the credit from %s', (_name, html, text, credit) => {
		const {captions, rest} = captionsOf(html);
		expect(captions).toEqual([{text, credit}]);
		expect(rest).toBe('');
	});

	it('points each caption at its image', () => {
		const {first} = captionsOf(`<figure>${IMG}<figcaption>Harbour at dusk</figcaption></figure>`);
		expect(first).toMatchObject({imageSrc: 'https://news.example/a.jpg', imageAlt: 'A street'});
	});

	it('leaves prose that mentions a photo alone', () => {
		const prose = '<p>The photo: a crowd at dusk, taken by a reader who asked us not to print her name, which we will honour today.</p>';
		const {captions, rest} = captionsOf(prose);
		expect(captions).toEqual([]);
		expect(rest).toContain('The photo: a crowd at dusk');
	});

	it('keeps a figure whose caption it took', () => {
		const body = bodyOf(`<figure>${IMG}<figcaption>Harbour at dusk</figcaption></figure>`);
		extractCaptions(body, 'https://news.example/');
		expect(body.querySelector('figure img')).not.toBeNull();
	});
});
