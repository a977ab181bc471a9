// A saved page is read in the encoding a browser would pick, so its accents survive the CLI.
import {describe, expect, it} from 'vitest';
import {decodeHtml} from '../../src/node/decode.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const words = 'Le café a rouvert après des mois de travaux.';

describe('decodeHtml', () => {
	it('reads the <meta charset> of the page, with or without quotes, or in http-equiv', () => {
		for (const meta of ['<meta charset="windows-1252">', '<meta charset=iso-8859-1>', '<meta http-equiv="Content-Type" content="text/html; charset=latin1">']) {
			expect(decodeHtml(latin1(`<html><head>${meta}</head><body><p>${words}</p>`)), meta).toContain(words);
		}
	});

	it('skips a declaration inside a comment, as the HTML standard\'s pre-scan does', () => {
		const page = `<!-- was <meta charset="koi8-r"> --><meta charset="windows-1252"><p>${words}</p>`;
		expect(decodeHtml(latin1(page))).toContain(words);
	});

	it('reads UTF-8 when the page declares nothing, and a byte order mark over any declaration', () => {
		expect(decodeHtml(Buffer.from(`<p>${words}</p>`))).toBe(`<p>${words}</p>`);
		const marked = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="windows-1252"><p>${words}`)]);
		expect(decodeHtml(marked)).toBe(`<meta charset="windows-1252"><p>${words}`);
	});

	it('reads UTF-16 with its byte order mark, and a page that claims UTF-16 in ASCII as UTF-8', () => {
		expect(decodeHtml(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`<p>${words}</p>`, 'utf16le').swap16()]))).toBe(`<p>${words}</p>`);
		expect(decodeHtml(Buffer.from(`<meta charset="utf-16"><p>${words}</p>`))).toContain(words);
	});

	it('gives no text for binary data', () => {
		expect(decodeHtml(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), Buffer.from(`<p>${words}</p>`)]))).toBeUndefined();
	});
});
