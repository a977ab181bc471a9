import {describe, expect, it} from 'vitest';
import {cleanHtml} from '../../src/node/clean-html.js';

/** "Not an article" needs strong evidence: teasers, and none of the article's own prose among them. */

const sentences = [
	'The river rose two metres overnight, and the town council opened the sports hall for families who had to leave their homes.',
	'Volunteers filled sandbags until the early morning, while the fire service pumped water out of the cellars along the main street.',
	'Forecasters expect the water to fall slowly over the weekend, but warn that more rain is due in the hills on Monday.',
	'Insurers said they had received more than four hundred claims by noon, most of them for flooded basements and damaged cars.',
];
const paragraphs = sentences.map(text => `<p>${text}</p>`).join('');

function teaser(n: number): string {
	return `<div class="teaser"><h3><a href="/story-${n}">Story number ${n} about something that happened in town</a></h3><p>A short summary of story ${n}, one line long, under its headline in the list of stories.</p></div>`;
}

function verdict(body: string, head = '') {
	const html = `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`;
	const result = cleanHtml(html, {url: 'https://news.example/page'});
	return result.kind === 'article' ? 'article' : result.code;
}

describe('the not-an-article verdict', () => {
	it('reads a short post of one or two sentences, and refuses a line of buttons or an error of the same length', () => {
		const post = '<article><h1>Live from the camp</h1><p>We recorded this episode live at the knowledge camp in Berlin, with two guests who talk about what they saw there.</p><p>Download: mp3</p></article>';
		expect(verdict(post)).toBe('article');
		expect(verdict('<main><h1>Oops</h1><p>Page not found</p><p><a href="/">Home</a> · <a href="/search">Search</a> · <a href="/contact">Contact us</a> · <a href="/help">Help</a></p></main>')).toBe('too-little-text');
	});

	it('keeps a short news item whose comments follow it in the same box of links', () => {
		const item = '<p>Chapter 121 is now online too. As always the pictures can only be seen by users who are logged in, and chapter 122 follows on Friday.</p>';
		const links = '<p><a href="/a">Band 14</a> / <a href="/b">Kapitel 121</a> / <a href="/c">Kapitel 120</a> / <a href="/d">Archiv</a></p>';
		const comments = '<h3>Kommentare</h3><div class="c"><a href="/u/1">Naru</a> <a href="/u/1">26. März</a></div><div class="c"><a href="/u/2">Keitaro</a> <a href="/u/2">27. März</a></div>';
		const html = `<!doctype html><html lang="de"><head><title>News</title></head><body><div class="news"><h2>News</h2>${item}${links}${comments}</div></body></html>`;
		const result = cleanHtml(html, {url: 'https://news.example/0409.html'});
		expect(result.kind === 'article' && result.text).toContain('Chapter 121 is now online');
	});

	it('reads an article whose section headings each carry an [edit] link', () => {
		const sections = ['History', 'Geography', 'Economy', 'Culture', 'Transport', 'Sport']
			.map(name => `<h2>${name} <span>[<a href="/edit?section=${name}">edit</a>]</span></h2><p>${sentences[name.length % 4]}</p>`)
			.join('');
		expect(verdict(`<article><h1>Riverton</h1>${sections}</article>`)).toBe('article');
	});

	it('reads a blog post with a row of other posts\' teasers below it', () => {
		// Flat in the post's own box, as many blog themes print them: Readability keeps them with the post.
		const teasers = Array.from({length: 8}, (_, n) => teaser(n).replace(/<\/?div[^>]*>/g, '')).join('');
		expect(verdict(`<main><article><h1>Flood night</h1>${paragraphs}${teasers}</article></main>`)).toBe('article');
	});

	it('calls a section front of teasers a listing', () => {
		const teasers = Array.from({length: 10}, (_, n) => teaser(n)).join('');
		expect(verdict(`<main><h1>Local news</h1>${teasers}</main>`)).toBe('listing');
		expect(verdict(`<main><h1>Local news</h1>${teasers}</main>`, '<meta property="og:type" content="website">')).toBe('listing');
	});

	it('shows the teasers of a page that calls itself an article, but refuses it when it is all links', () => {
		const article = '<meta property="og:type" content="article">';
		const teasers = Array.from({length: 10}, (_, n) => teaser(n)).join('');
		expect(verdict(`<main><h1>Local news</h1>${teasers}</main>`, article)).toBe('article');
		const headlines = Array.from({length: 10}, (_, n) => teaser(n).replace(/<p>.*?<\/p>/, `<p>Town, ${n} May.</p>`)).join('');
		expect(verdict(`<main><h1>Local news</h1>${headlines}</main>`, article)).toBe('listing');
	});
});
