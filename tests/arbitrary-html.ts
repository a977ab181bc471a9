// A small grammar of messy news-page HTML for the property tests: random nesting of the tags
// the core cares about, clutter class names and phrases, event handlers, unclosed tags, stray < and &.
import fc from 'fast-check';

const TAGS = ['p', 'p', 'p', 'div', 'div', 'figure', 'figcaption', 'table', 'tr', 'td', 'ul', 'ol', 'li', 'a', 'img', 'span', 'em', 'h2', 'blockquote', 'section', 'article', 'aside', 'footer', 'script', 'style', 'template', 'svg', 'math', 'noscript', 'br'];
const VOID = new Set(['img', 'br']);
const CLASSES = ['comments', 'share', 'related', 'footer', 'caption', 'credit', 'newsletter', 'wp-caption-text', 'share-bar', 'related-posts', 'entry-content', 'article-body', 'post', 'byline', 'ad'];

const WORDS = (
	'the harbour ferry council bridge river garden library market team volunteers said morning winter ' +
	'passengers tide boat repairs stone water people town report year week night plan money school ' +
	'Zürich café naïve 2026 42 façade Ørsted über déjà señor 東京 مرحبا שלום e\u0301t\u00e9 under_score x1'
).split(' ');
const CLUTTER = ['Leave a Reply', 'MORE:', '(Picture: AFP/Getty)', 'Share this article', 'Related articles', 'Sign up for our newsletter', 'Comments', 'Advertisement', 'Read more', 'By Jane Doe', 'Updated 10:01 pm', '© 2026 Example News', 'Facebook Twitter Email'];
const STRAY = ['<', '&', '&amp;', '&nbsp;', '<b', '</p>', '</div', '<div class="', '<!--', '-->', ' < 3 ', '&#x', '<a href=', '>'];

const sentence = fc.array(fc.constantFrom(...WORDS), {minLength: 3, maxLength: 30}).map(words => `${words.join(' ')}.`);
const text = fc.oneof({weight: 8, arbitrary: sentence}, {weight: 2, arbitrary: fc.constantFrom(...CLUTTER)}, {weight: 1, arbitrary: fc.constantFrom(...STRAY)});

const attribute = fc.oneof(
	fc.subarray(CLASSES, {minLength: 1, maxLength: 2}).map(names => ` class="${names.join(' ')}"`),
	fc.constantFrom(...CLASSES).map(name => ` id="${name}"`),
	fc.constantFrom(' onclick="window.__clearpageCanary=1"', ' onerror="fetch(\'/canary\')"', ' onload=alert(1)'),
	fc.constantFrom(' href="/story"', ' href="javascript:alert(1)"', ' src="/a.jpg"', ' src="data:image/gif;base64,R0lGODlhAQABAAAAACw="', ' data-src="/lazy.jpg"'),
	fc.constantFrom(' style="display:none"', ' hidden', ' role="navigation"', ' title="x"'),
);
const attributes = fc.array(attribute, {maxLength: 3}).map(list => list.join(''));

/** Trees of random tags; a tenth are left unclosed, as on real pages. */
const {node} = fc.letrec<{node: string; element: string}>(tie => ({
	node: fc.oneof({depthSize: 'small', withCrossShrink: true}, text, tie('element')),
	element: fc
		.record({tag: fc.constantFrom(...TAGS), attrs: attributes, children: fc.array(tie('node'), {maxLength: 5}), closed: fc.nat(9)})
		.map(({tag, attrs, children, closed}) => {
			if (VOID.has(tag)) return `<${tag}${attrs}>`;
			return `<${tag}${attrs}>${children.join(' ')}${closed > 0 ? `</${tag}>` : ''}`;
		}),
}));

/** A paragraph long enough for Readability to score it, so some pages are read as articles. */
const prose = fc.array(sentence, {minLength: 3, maxLength: 6}).map(sentences => `<p>${sentences.join(' ')}</p>`);

export const TITLE = 'Harbour ferries return to the winter timetable';

/** Whole pages: random markup around (sometimes) a run of real paragraphs. */
export const page = fc
	.record({before: fc.array(node, {maxLength: 6}), body: fc.array(fc.oneof(prose, node), {maxLength: 10}), after: fc.array(node, {maxLength: 4})})
	.map(({before, body, after}) => `<!doctype html><html><head><title>${TITLE}</title></head><body>${before.join('\n')}<article>${body.join('\n')}</article>${after.join('\n')}</body></html>`);
