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

describe('decodeHtml, past the first 1,024 bytes', () => {
	// An archived page: the archive's scripts come first, the page's own declaration kilobytes down.
	const scripts = `<script>${'var archived = 1;\n'.repeat(120)}</script>`;

	it('reads a declaration further down the head, as a browser re-reads the page when its parser meets it', () => {
		const chinese = '一个约定，信守十五年。';
		const gbk = new Uint8Array([...Buffer.from(`<html><head>${scripts}<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>`), ...[0xd2, 0xbb, 0xb8, 0xf6, 0xd4, 0xbc, 0xb6, 0xa8, 0xa3, 0xac, 0xd0, 0xc5, 0xca, 0xd8, 0xca, 0xae, 0xce, 0xe5, 0xc4, 0xea, 0xa1, 0xa3], ...Buffer.from('</p>')]);
		expect(decodeHtml(gbk)).toContain(`<p>${chinese}</p>`);
		expect(decodeHtml(latin1(`<head>${scripts}<meta charset="iso-8859-1"></head><p>${words}</p>`))).toContain(words);
	});

	it('does not take a declaration from a comment or from the body', () => {
		const commented = latin1(`<head>${scripts}<!-- <meta charset="koi8-r"> --></head><body><p>${words}</p></body>`);
		expect(decodeHtml(commented)).toContain(words);
		const inBody = Buffer.from(`<head>${scripts}</head><body><p>Ein Café öffnet.</p><meta charset="koi8-r"></body>`);
		expect(decodeHtml(inBody)).toContain('Ein Café öffnet.');
	});

	it('reads bytes that are not UTF-8 and declare nothing as windows-1252, a browser\'s default', () => {
		expect(decodeHtml(latin1(`<p>${words} “Quoted.”</p>`.replace('“', '\x93').replace('”', '\x94')))).toBe(`<p>${words} “Quoted.”</p>`);
	});
});
