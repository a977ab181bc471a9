// Pages made on the fly for the robustness tests and the hard-page bench, served at the test
// server's origin (the test build's host permission) by Playwright's request routing, so
// no big file is committed and server.ts stays as it is.
import type {BrowserContext} from 'playwright-core';

/** Serves `html` at `${origin}/generated/${name}` in this browser context; returns the URL. */
export async function serveGenerated(context: BrowserContext, origin: string, name: string, html: string): Promise<string> {
	const url = `${origin}/generated/${name}`;
	await context.route(url, route => route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: html}));
	return url;
}

const WORDS = ['harbour', 'ferry', 'fog', 'quay', 'council', 'radar', 'buoy', 'skipper', 'tide', 'estuary', 'timetable', 'engine', 'crossing', 'winter', 'pontoon', 'commuters'];

/** A paragraph no other paragraph repeats, about `length` characters, so a cut or a swap shows. */
function paragraph(n: number, length: number): string {
	let text = `Part ${n + 1}.`;
	for (let i = 0; text.length < length; i++) text += ` ${WORDS[(n * 7 + i * 3) % WORDS.length]}${i % 11 === 10 ? '.' : ''}`;
	return `${text}.`;
}

/**
 * A plain article of about `bytes` bytes of HTML, built from distinct paragraphs, with the
 * usual clutter around it. `extraHead` and `extraBody` let a test add scripts or controls.
 */
export function bigArticle(bytes: number, options: {title?: string; extraHead?: string; extraBody?: string} = {}): string {
	const title = options.title ?? 'The harbour in numbers';
	const paragraphs: string[] = [];
	for (let size = 0, n = 0; size < bytes; n++) {
		const p = `<p>${paragraph(n, 400)}</p>`;
		paragraphs.push(p);
		size += p.length;
	}
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${options.extraHead ?? ''}</head><body>`
		+ '<header class="site-header"><nav><a href="/">Home</a> · <a href="/news">News</a></nav></header>'
		+ `<main><article><h1>${title}</h1><p class="byline">By Ines Marlow</p>${paragraphs.join('')}</article></main>`
		+ `${options.extraBody ?? ''}<footer class="site-footer"><p>© 2026 Harbour Gazette</p></footer></body></html>`;
}

/**
 * A section front of `cards` linked headlines with a line of summary each, and `hiddenElements`
 * empty elements in a hidden block: past the popup's size check at little cost, where as many
 * real cards would take Readability seconds (a 16,000-card front: 2.6 s in Chromium).
 */
export function bigListing(cards: number, hiddenElements = 0): string {
	const items: string[] = [];
	for (let n = 0; n < cards; n++) {
		items.push(`<div class="card"><h3><a href="/story/${n}">${paragraph(n, 40)}</a></h3><p>${paragraph(n + 1, 70)}</p></div>`);
	}
	return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Gazette: all the news</title></head><body>'
		+ `<header><a href="/">Harbour Gazette</a></header><main>${items.join('')}</main>`
		+ `<div hidden>${'<i></i>'.repeat(hiddenElements)}</div></body></html>`;
}

/** A one-page PDF saying `text`, as a browser's PDF viewer shows it. */
export function tinyPdf(text: string): string {
	const stream = `BT /F1 18 Tf 20 100 Td (${text}) Tj ET`;
	return [
		'%PDF-1.4',
		'1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
		'2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
		'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj',
		`4 0 obj<</Length ${stream.length}>>stream\n${stream}\nendstream endobj`,
		'5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj',
		'trailer<</Root 1 0 R>>',
		'%%EOF',
	].join('\n');
}
