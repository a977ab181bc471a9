import {describe, expect, it} from 'vitest';
import {bodyShows, imageStem, isShareablePhoto} from '../../src/core/header/lead-image.js';
import {cleanHtml} from '../../src/node/clean-html.js';

const story = `<p>${'The ferry board met on Tuesday and agreed to raise fares for the third time this year. '.repeat(6)}</p>`.repeat(3);
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><title>Ferry fares rise again</title>${head}</head><body><article><h1>Ferry fares rise again</h1>${body}${story}</article></body></html>`;
const leadOf = (head: string, body = '') => {
	const result = cleanHtml(page(head, body), {url: 'https://news.example/ferry'});
	if (result.kind !== 'article') throw new Error(result.reason);
	return result.leadImage;
};

describe('lead image', () => {
	it('shows the share image when the body does not show it', () => {
		expect(leadOf('<meta property="og:image" content="https://cdn.news.example/2024/ferry-dock.jpg">')).toEqual({url: 'https://cdn.news.example/2024/ferry-dock.jpg', alt: null});
	});

	it('is not shown above the body when the body opens with the same photo in another size', () => {
		const head = '<meta property="og:image" content="https://cdn.news.example/2024/ferry-dock-1200x630.jpg?w=1200">';
		expect(leadOf(head, '<figure><img src="https://cdn.news.example/2024/ferry-dock-800x450.jpg" alt="The dock"></figure>')).toBeNull();
		expect(leadOf(head, '<figure><img src="https://cdn.news.example/2024/harbour-crane.jpg" alt="A crane"></figure>')).toMatchObject({url: 'https://cdn.news.example/2024/ferry-dock-1200x630.jpg?w=1200'});
	});

	it("is never the site's logo or default share card", () => {
		expect(leadOf('<meta property="og:image" content="https://news.example/assets/logo-social.png">')).toBeNull();
		expect(leadOf('<meta property="og:image" content="https://news.example/img/share-default.jpg">')).toBeNull();
		expect(leadOf('<meta property="og:image" content="https://news.example/img/og.jpg"><meta property="og:image:alt" content="News Example logo">')).toBeNull();
		expect(leadOf('<meta property="og:image" content="https://news.example/img/mark.png"><meta property="og:image:width" content="64"><meta property="og:image:height" content="64">')).toBeNull();
	});

	it('tells sizes of one photo from different photos', () => {
		expect(imageStem('https://cdn.example/a/ferry-dock-1024x768.jpg')).toBe('ferry-dock');
		expect(imageStem('https://cdn.example/a/ferry-dock_800w.webp?q=80')).toBe('ferry-dock');
		expect(imageStem('https://cdn.example/a/ferry-dock@2x.png')).toBe('ferry-dock');
		const lead = {url: 'https://cdn.example/a/image.jpg', alt: null};
		// A stem that names no particular photo must match exactly.
		expect(bodyShows(lead, ['https://cdn.example/b/image.jpg'])).toBe(false);
		expect(bodyShows(lead, ['https://cdn.example/a/image.jpg'])).toBe(true);
	});

	it('keeps a real photo whose file name happens to hold a short word', () => {
		expect(isShareablePhoto({url: 'https://cdn.example/2024/iconic-bridge.jpg', alt: null}, '1200', '630')).toBe(true);
		expect(isShareablePhoto({url: 'https://cdn.example/2024/defaulted-loans.jpg', alt: null}, null, null)).toBe(true);
	});
});
