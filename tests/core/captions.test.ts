import {describe, expect, it} from 'vitest';
import {extractCaptions} from '../../src/core/captions/extract.js';
import {prepareCaptions} from '../../src/core/captions/screen-reader.js';
import {elementsOf} from '../../src/core/dom-text.js';
import {bodyOf} from './dom.js';

const IMG = '<img src="https://news.example/a.jpg" alt="A street">';

function captionsOf(html: string) {
	const body = bodyOf(html);
	prepareCaptions(elementsOf(body));
	const captions = extractCaptions(body, 'https://news.example/').map(found => found.caption);
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

	it('keeps a caption that begins with a word a screen-reader label begins with', () => {
		const {captions} = captionsOf(`<figure>${IMG}<figcaption>Caption of the figure</figcaption></figure><figure>${IMG}<figcaption>Image caption The harbour at dusk</figcaption></figure>`);
		expect(captions).toEqual([{text: 'Caption of the figure', credit: null}, {text: 'The harbour at dusk', credit: null}]);
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

describe('screen-reader text', () => {
	it.each([
		['sr-only', 'sr-only'],
		['visually-hidden', 'visually-hidden'],
		['screen-reader-text', 'screen-reader-text'],
		['off-screen', 'off-screen'],
		['u-hidden-visually', 'u-hidden-visually'],
		['a generated name ending in VisuallyHidden', 'ssrcss-1f3bvyz-VisuallyHidden e16en2lz0'],
	])('leaves a %s label out of the caption and its credit', (_name, hidden) => {
		const html = `<figure><div class="image-block">${IMG}<span role="text" class="image-credit"><span class="${hidden}">Image source, </span>Getty Images</span></div><figcaption><span class="${hidden}">Image caption, </span>Ferry passengers at dawn</figcaption></figure>`;
		const {captions, rest} = captionsOf(html);
		expect(captions).toEqual([{text: 'Ferry passengers at dawn', credit: 'Getty Images'}]);
		expect(rest).toBe('');
	});

	it('takes off the label of a hiding class it cannot name', () => {
		const {captions} = captionsOf(`<figure>${IMG}<figcaption><span class="c-9xq2">Image caption</span>Ferry passengers at dawn <span class="credit"><span class="c-9xq2">Image copyright</span> PA Media</span></figcaption></figure>`);
		expect(captions).toEqual([{text: 'Ferry passengers at dawn', credit: 'PA Media'}]);
	});

	it('drops a video placeholder\'s "Media playback is unsupported" notice, listed nowhere', () => {
		const html = `<figure><div class="player-with-placeholder">${IMG}<div class="player-with-placeholder__caption">Media playback is unsupported on your device</div></div><figcaption><span class="off-screen">Media caption</span>The moment the bridge opened</figcaption></figure>`;
		const {captions, rest} = captionsOf(html);
		expect(captions).toEqual([{text: 'The moment the bridge opened', credit: null}]);
		expect(rest).toBe('');
	});

	it('reads a credit label written as "Credit…" in an element of its own', () => {
		const {captions} = captionsOf(`<figure>${IMG}<figcaption><span>Voters queue in Baton Rouge.</span><span itemprop="copyrightHolder"><span class="css-1ly73wi">Credit...</span><span>Doug Mills/The Times</span></span></figcaption></figure>`);
		expect(captions).toEqual([{text: 'Voters queue in Baton Rouge.', credit: 'Doug Mills/The Times'}]);
	});
});

describe('a caption needs a picture the reader sees', () => {
	it.each([
		['a figcaption under a quote', '<figure><blockquote><p>We will build it, whatever it costs.</p></blockquote><figcaption>The mayor, at the launch</figcaption></figure>', 'The mayor, at the launch'],
		['an inline credit with no image near it', '<p>The trust restored the dome over three years, at a cost of £4m. (Picture: Harbour Trust)</p>', '(Picture: Harbour Trust)'],
		['a caption class whose image never loaded', '<div class="wp-caption"><img alt="Quay"><p class="wp-caption-text">The quay at dawn</p></div>', 'The quay at dawn'],
	])('keeps %s in the article', (_name, html, kept) => {
		const {captions, rest} = captionsOf(html);
		expect(captions).toEqual([]);
		expect(rest).toContain(kept);
	});

	it('finds the picture of a caption written above it, not the figure before', () => {
		const body = bodyOf(`<figure><img src="https://news.example/first.jpg"></figure><figure><figcaption>The second pier</figcaption><img src="https://news.example/second.jpg"></figure>`);
		const [found] = extractCaptions(body, 'https://news.example/');
		expect(found?.caption).toMatchObject({text: 'The second pier', imageSrc: 'https://news.example/second.jpg'});
	});

	it("gives a scripted figure's placeholder its <img>, so the caption has its picture", () => {
		const html = `<figure><span class="image-and-copyright-container"><div class="js-delayed-image-load" data-alt="Harbour" data-src="https://news.example/harbour.jpg" data-width="976" data-height="549"></div><span class="off-screen">Image copyright</span><span class="story-image-copyright">EPA</span></span><figcaption class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">The harbour at dusk</span></figcaption></figure>`;
		const body = bodyOf(html);
		prepareCaptions(elementsOf(body));
		const found = extractCaptions(body, 'https://news.example/').map(({caption}) => caption);
		expect(found).toEqual([{text: 'The harbour at dusk', credit: 'EPA', imageSrc: 'https://news.example/harbour.jpg', imageAlt: 'Harbour'}]);
	});
});

describe('article text is no caption', () => {
	it('keeps a gallery item written in a figcaption (heading, description) and lists its credit', () => {
		const description = 'Waves crashed over the harbour wall shortly after high tide, and the lifeboat crew were called out twice before dawn.';
		const {captions, rest} = captionsOf(`<figure>${IMG}<figcaption class="slide__caption"><h3>Porthleven</h3><p>${description}</p><span class="slide__credit">PA Media</span></figcaption></figure>`);
		expect(captions).toEqual([{text: '', credit: 'PA Media'}]);
		expect(rest).toContain('Porthleven');
		expect(rest).toContain(description);
		expect(rest).not.toContain('PA Media');
	});

	it('keeps a caption box of several paragraphs', () => {
		const paragraph = '<p>The route climbs from the harbour past the old chapel and on to the headland, where the path is narrow and exposed.</p>';
		const next = '<p>From the headland it drops to a shingle cove, and the return leg follows the stream back through the woods.</p>';
		const {captions, rest} = captionsOf(`<div class="item">${IMG}<div class="item-caption">${paragraph}${next}</div></div>`);
		expect(captions).toEqual([]);
		expect(rest).toContain('The route climbs');
	});

	it('never takes a heading, nor an item whose class says it has no caption', () => {
		const lede = 'The mother of a woman who took pills bought online has described her last hours.';
		const {captions, rest} = captionsOf(`<h2 class="caption-title">A lede in a heading</h2><div class="item no_caption"><h2>${lede}</h2><p class="caption_w_attr"><span class="attribution">West Mercia Police</span></p></div>`);
		expect(captions).toEqual([]);
		expect(rest).toContain(lede);
		expect(rest).toContain('A lede in a heading');
	});

	it('keeps prose beside a picture that ends in a source, once it is longer than a caption', () => {
		const prose = 'Unemployment rose to 4.2% in the three months to June, the highest rate since 2021, as employers cut vacancies for a fifth quarter in a row and fewer people moved jobs. Source: Office for National Statistics';
		const {captions, rest} = captionsOf(`<p>${IMG}</p><img src="https://news.example/chart.png"><p>${prose}</p>`);
		expect(captions).toEqual([]);
		expect(rest).toBe(prose);
	});

	it('takes a short line after a picture that ends in a credit', () => {
		const {captions} = captionsOf(`${IMG}<p>The jobless rate since 2019. Source: ONS</p>`);
		expect(captions).toEqual([{text: 'The jobless rate since 2019.', credit: 'ONS'}]);
	});
});

describe('Blogger', () => {
	it('reads the caption row of a tr-caption-container table', () => {
		const table = `<table class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.example/s1600/cliff.jpg" style="margin-left: auto;"><img border="0" height="480" src="https://blogger.example/s640/cliff.jpg" width="640"></a></td></tr><tr><td class="tr-caption" style="text-align: center;"><span style="font-size: x-small;">The cliffs at dusk</span></td></tr></tbody></table>`;
		const body = bodyOf(`<p>We walked it twice.</p>${table}`);
		const [found] = extractCaptions(body, 'https://news.example/');
		expect(found?.caption).toMatchObject({text: 'The cliffs at dusk', credit: null, imageSrc: 'https://blogger.example/s640/cliff.jpg'});
		expect(body.querySelector('table img')).not.toBeNull();
	});
});
