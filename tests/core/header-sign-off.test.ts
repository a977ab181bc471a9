import {describe, expect, it} from 'vitest';
import {signOff} from '../../src/core/header/sign-off.js';
import {cleanHtml} from '../../src/node/clean-html.js';
import {bodyOf} from './dom.js';

const prose = '<p>The harbour board met on Tuesday to settle the dispute over the new pier, which has kept the fishing fleet and the ferry company apart for most of the year.</p>';

describe('sign-off', () => {
	it('reads the name that signs the article at its end, in bold or over a date', () => {
		expect(signOff(bodyOf(`<div>${prose}<p> <strong>Marina Holt</strong> </p></div>`))).toBe('Marina Holt');
		expect(signOff(bodyOf(`<div>${prose}<p><em>Denis Aubert</em></p></div>`))).toBe('Denis Aubert');
		expect(signOff(bodyOf(`<div>${prose}<p>Benni<br> 10. September 2017</p></div>`))).toBe('Benni');
	});

	it('takes no closing line, lone word or sentence for a signature', () => {
		expect(signOff(bodyOf(`<div>${prose}<p><strong>Guten Appetit!</strong></p></div>`))).toBeNull();
		expect(signOff(bodyOf(`<div>${prose}<p><strong>Fazit</strong></p></div>`))).toBeNull();
		expect(signOff(bodyOf(`<div>${prose}<p>Marina Holt</p></div>`))).toBeNull();
		expect(signOff(bodyOf(`<div>${prose}<p><strong>Marina Holt</strong> will report again next week.</p></div>`))).toBeNull();
		expect(signOff(bodyOf(`<div><p><strong>Marina Holt</strong></p>${prose}</div>`))).toBeNull();
	});

	it('is the byline of an article that names its writer nowhere else', () => {
		const page = `<!doctype html><html><head><title>Pier dispute settled</title></head><body><article><h1>Pier dispute settled</h1>${prose.repeat(4)}<p><strong>Marina Holt</strong></p></article></body></html>`;
		const result = cleanHtml(page, {url: 'https://harbour-news.example/pier'});
		expect(result.kind === 'article' && result.byline).toBe('Marina Holt');
	});
});
