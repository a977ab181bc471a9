// Hard pages (10 MB, 100,000 elements, deep nesting…), generated on demand so no big file is committed. Shared by
// tests/hard-pages.test.ts and `npm run bench:hard` (scripts/bench/hard.mjs, run under tsx).

export interface HardPage {
	name: string;
	/** What makes the page hard, for test names and the bench table. */
	what: string;
	url: string;
	html: string;
	/** True when the page holds a readable article (the rest may end in a clear not-article). */
	article: boolean;
}

const URL_BASE = 'https://hard.example/';

const SENTENCES = [
	'The harbour ferries switched to their winter timetable on Monday, with the first crossing leaving the east quay at half past six.',
	'Commuters waiting on the pontoon in a cold drizzle were mostly resigned to the change, although some had planned for it since September.',
	'Engineers spend the quiet months replacing propeller shafts and repainting hulls, work that cannot be done in the busy summer.',
	'Ticket prices stay the same until spring, and the council has promised to keep the discount for students and pensioners.',
	'Fog rolls in from the estuary with little warning, and skippers rely on radar and the foghorn on the breakwater.',
];

/** The n-th paragraph of an endless, readable article. */
function paragraph(n: number): string {
	const first = SENTENCES[n % SENTENCES.length]!;
	const second = SENTENCES[(n + 2) % SENTENCES.length]!;
	return `<p>Part ${n + 1}. ${first} ${second}</p>`;
}

function paragraphs(count: number, from = 0): string {
	let out = '';
	for (let i = from; i < from + count; i++) out += paragraph(i);
	return out;
}

function page(title: string, body: string, head = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

function article(title: string, inner: string): string {
	return `<header class="site-header"><a href="/">Hard Example News</a></header><main><article><h1>${title}</h1>${inner}</article></main><footer class="site-footer">© 2026 Hard Example News</footer>`;
}

/** About 10 MB of HTML: a 40-paragraph article in a page padded with navigation, comments and related links. */
export function tenMegabytes(): HardPage {
	const title = 'Ten megabytes of page around one article';
	const chunk = `<div class="comment"><p class="comment-author">Reader</p><p>${SENTENCES.join(' ')}</p><a href="/reply">Reply</a></div>`;
	const comments = chunk.repeat(Math.ceil((10 * 1024 * 1024) / chunk.length));
	const body = article(title, paragraphs(40)) + `<section id="comments" class="comments-area">${comments}</section>`;
	return {name: '10mb-html', what: '10 MB of HTML (comments around a 40-paragraph article)', url: `${URL_BASE}10mb`, html: page(title, body), article: true};
}

/**
 * 100,000 elements: the article, then a long list of small related-story cards. The cards hold
 * no <img>: in jsdom every image costs time quadratic in the number of images (reported; see
 * thousandsOfImages for pictures).
 */
export function hundredThousandElements(): HardPage {
	const title = 'An article on a page of one hundred thousand elements';
	// Each card is 5 elements: li, a, span, time, span.
	const cards = Array.from({length: 19_950}, (_, i) => `<li><a href="/s/${i}"><span>Story ${i}</span><time>2h</time><span>2 min</span></a></li>`).join('');
	const body = article(title, paragraphs(30)) + `<aside class="related"><ul>${cards}</ul></aside>`;
	return {name: '100k-elements', what: '100,000 elements (a rail of 19,950 story cards)', url: `${URL_BASE}100k`, html: page(title, body), article: true};
}

/** The article, then 5,000 nested <div>s with a paragraph at the bottom. */
export function deepNesting(depth = 5000): HardPage {
	const title = 'An article beside five thousand nested elements';
	const nested = `${'<div>'.repeat(depth)}<p>${SENTENCES[0]}</p>${'</div>'.repeat(depth)}`;
	const body = article(title, paragraphs(12)) + nested;
	return {name: 'deep-nesting', what: `nesting ${depth.toLocaleString('en')} deep`, url: `${URL_BASE}deep`, html: page(title, body), article: true};
}

/** The article body itself nested 5,000 deep: every paragraph sits under the whole tower. */
export function deepArticle(depth = 5000): HardPage {
	const title = 'An article at the bottom of five thousand elements';
	const body = `${'<div>'.repeat(depth)}<article><h1>${title}</h1>${paragraphs(12)}</article>${'</div>'.repeat(depth)}`;
	return {name: 'deep-article', what: `the article itself ${depth.toLocaleString('en')} deep`, url: `${URL_BASE}deep-article`, html: page(title, body), article: true};
}

/** One paragraph of 1 MB of text. */
export function megabyteParagraph(): HardPage {
	const title = 'A single paragraph of one megabyte';
	const sentence = `${SENTENCES.join(' ')} `;
	const text = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length));
	return {name: '1mb-paragraph', what: 'one 1 MB paragraph', url: `${URL_BASE}1mb`, html: page(title, article(title, `<p>${text}</p>`)), article: true};
}

/** 3,000 images with captions through the article. */
export function thousandsOfImages(count = 3000): HardPage {
	const title = 'An article with three thousand pictures';
	let inner = '';
	for (let i = 0; i < count; i++) {
		inner += `<figure><img src="/photos/${i}.jpg" alt="Photo ${i}" width="640" height="480"><figcaption>The quay at dawn, picture ${i} (Picture: Harbour Trust)</figcaption></figure>`;
		if (i % 100 === 0) inner += paragraph(i / 100);
	}
	return {name: 'thousands-of-images', what: `${count.toLocaleString('en')} captioned images`, url: `${URL_BASE}images`, html: page(title, article(title, inner)), article: true};
}

/** The article inside a declarative shadow root, as web components render on the server. */
export function shadowRootArticle(): HardPage {
	const title = 'An article inside a shadow root';
	const body = `<header class="site-header">Hard Example News</header><news-article><template shadowrootmode="open"><article><h1>${title}</h1>${paragraphs(10)}</article></template></news-article>`;
	return {name: 'shadow-root', what: 'article inside <template shadowrootmode="open">', url: `${URL_BASE}shadow`, html: page(title, body), article: false};
}

/** 500 lazy-loaded images: placeholders in src, the real picture in data-src / data-srcset / <noscript>. */
export function lazyImages(count = 500): HardPage {
	const title = 'An article whose pictures load lazily';
	let inner = '';
	for (let i = 0; i < count; i++) {
		const kind = i % 3;
		if (kind === 0) inner += `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/photos/${i}.jpg" class="lazyload" alt="Photo ${i}">`;
		else if (kind === 1) inner += `<img loading="lazy" src="/img/placeholder.png" data-srcset="/photos/${i}-640.jpg 640w, /photos/${i}-1280.jpg 1280w" alt="Photo ${i}">`;
		else inner += `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Photo ${i}"><noscript><img src="/photos/${i}.jpg" alt="Photo ${i}"></noscript>`;
		if (i % 25 === 0) inner += paragraph(i / 25);
	}
	return {name: 'lazy-images', what: `${count} lazy-loaded images`, url: `${URL_BASE}lazy`, html: page(title, article(title, inner)), article: true};
}

/** A frameset page: the article lives in frames that are other documents. */
export function frameset(): HardPage {
	const title = 'A page made of frames';
	const html = `<!doctype html><html><head><title>${title}</title></head><frameset cols="20%,80%"><frame src="/nav.html" name="nav"><frame src="/article.html" name="main"><noframes><body>${paragraphs(8)}</body></noframes></frameset></html>`;
	return {name: 'frameset', what: 'a <frameset> page (article in frames)', url: `${URL_BASE}frames`, html, article: false};
}

/**
 * An article with iframes through it: ad slots, and iframes whose srcdoc holds prose. Kept to 40:
 * jsdom builds a window for every srcdoc frame while parsing (about 0.1 s each, reported).
 */
export function iframes(count = 40): HardPage {
	const title = 'An article full of iframes';
	let inner = '';
	for (let i = 0; i < count; i++) {
		inner += i % 2 ? `<iframe src="https://ads.example/slot/${i}" width="300" height="250"></iframe>` : `<iframe srcdoc="<p>${SENTENCES[i % SENTENCES.length]}</p>"></iframe>`;
		if (i % 4 === 0) inner += paragraph(i / 4);
	}
	return {name: 'iframes', what: `${count} iframes in the article`, url: `${URL_BASE}iframes`, html: page(title, article(title, inner)), article: true};
}

/**
 * Bytes that are not valid UTF-8 (Latin-1 é, stray continuation bytes, a cut-off sequence,
 * an overlong encoding) in a page that says it is UTF-8, decoded as the browser would: U+FFFD.
 */
export function brokenCharset(): HardPage {
	const title = 'Caf\u00e9 owners say the harbour is back';
	const bytes: number[] = [];
	const push = (text: string) => bytes.push(...new TextEncoder().encode(text));
	push(page(title, '').replace('</body></html>', ''));
	push(article(title, '').replace('</article></main>', '').replace(/<footer.*$/, ''));
	for (let i = 0; i < 10; i++) {
		push(`<p>Part ${i + 1}. The caf`);
		bytes.push(0xe9); // Latin-1 "é"
		push(' by the quay reopened on Monday ');
		bytes.push(0x80, 0xbf); // continuation bytes with no lead
		push(` and its owner said business was good. ${SENTENCES[i % SENTENCES.length]} `);
		bytes.push(0xe2, 0x82); // a three-byte sequence cut short
		push(' Prices ');
		bytes.push(0xc0, 0xaf); // overlong "/"
		push(` stay the same. ${SENTENCES[(i + 1) % SENTENCES.length]}</p>`);
	}
	push('</article></main></body></html>');
	const html = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
	return {name: 'broken-charset', what: 'invalid UTF-8 bytes decoded as UTF-8', url: `${URL_BASE}charset`, html, article: true};
}

/** A page wrapped whole in an ASP.NET-style <form>, with a comment box inside that form. */
export function pageInForm(): HardPage {
	const title = 'An article inside the page form';
	const body = `<form id="aspnetForm" action="/story.aspx" method="post">${article(title, paragraphs(10))}<div class="comment-box"><textarea name="comment"></textarea><button>Post</button></div></form>`;
	return {name: 'page-in-form', what: 'whole page inside one <form> with a <textarea>', url: `${URL_BASE}form`, html: page(title, body), article: true};
}

/** Every hard page, smallest first. */
export const hardPages = [brokenCharset, frameset, shadowRootArticle, pageInForm, iframes, lazyImages, megabyteParagraph, deepNesting, deepArticle, thousandsOfImages, hundredThousandElements, tenMegabytes];
