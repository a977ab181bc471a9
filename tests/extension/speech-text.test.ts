// The spoken text of a rendered article and its map back to the DOM: a boundary event's
// charIndex must land on the word on screen, across paragraphs, links, inline formatting,
// stand-ins ("link", a code block) and right-to-left text.
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../src/core/index.js';
import {cleanHtml} from '../../src/node/clean-html.js';
import {renderArticle} from '../../src/view/render-article.js';
import {DEFAULT_VIEW_OPTIONS} from '../../src/view/view-options.js';
import {buildPassages, sentenceRange, wordAt} from '../../src/view/listen/speech-text.js';
import type {Passage, TextRange} from '../../src/view/listen/speech-text.js';

const words = {link: 'link', codeBlock: 'Code block, not read aloud.'};

function page(lang: string, dir: string, title: string, byline: string, body: string): string {
	return `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>${title}</title>
		<meta name="author" content="${byline}"><meta property="og:site_name" content="Harbour Times"></head>
		<body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** The article as reading mode shows it: cleaned by the core, rendered by the shared view. */
function rendered(html: string): {doc: Document; root: HTMLElement; article: Article} {
	const result = cleanHtml(html, {url: 'https://news.example/story', force: true});
	if (result.kind !== 'article') throw new Error(`no article: ${result.reason}`);
	const doc = new JSDOM('<!doctype html><body></body>').window.document;
	const root = renderArticle(doc, result, {t: key => key, locale: 'en', options: {...DEFAULT_VIEW_OPTIONS}});
	doc.body.append(root);
	return {doc, root, article: result};
}

function text(doc: Document, range: TextRange | null): string | undefined {
	if (!range) return undefined;
	const dom = doc.createRange();
	dom.setStart(range.start.node, range.start.offset);
	dom.setEnd(range.end.node, range.end.offset);
	return dom.toString();
}

/** Every word the engine will say, with the charIndex and charLength a boundary event gives it. */
function spokenWords(passage: Passage): {word: string; charIndex: number}[] {
	return [...passage.text.matchAll(/\S+/gu)].map(match => ({word: match[0], charIndex: match.index}));
}

const english = page('en', 'ltr', 'Fog delays the harbour ferry again', 'Mara Quist', `
	<p>The morning ferry waited <em>forty minutes</em> at the pier while fog rolled in from the bay, and
	passengers read the <a href="https://news.example/timetable">new timetable</a> on their phones.</p>
	<figure><img src="https://news.example/fog.jpg" alt="Fog"><figcaption>The pier at dawn. Photo: Lena Ortiz/Harbour Press</figcaption></figure>
	<p>Officials called the delays un<em>believ</em>able, and posted updates at https://news.example/ferry-status every hour.</p>
	<pre><code>line one
line two
line three</code></pre>
	<p>The captain said the new radar would arrive next spring, and that crews had trained on it already.</p>`);

describe('buildPassages', () => {
	it('reads the title, then the byline, then the body, and leaves the site name, date and reading time out', () => {
		const {root} = rendered(english);
		const spoken = buildPassages(root, words).map(passage => passage.text);
		expect(spoken[0]).toBe('Fog delays the harbour ferry again');
		expect(spoken[1]).toBe('Mara Quist');
		expect(spoken[2]).toMatch(/^The morning ferry waited forty minutes at the pier/u);
		expect(spoken.join(' ')).not.toMatch(/Harbour Times|readingTime/u);
	});

	it('says a URL written out as "link", announces a code block instead of spelling it, and skips photo credits', () => {
		const {doc, root} = rendered(english);
		const passages = buildPassages(root, words);
		const all = passages.map(passage => passage.text).join('\n');
		expect(all).toContain('posted updates at link every hour.');
		expect(all).not.toContain('https://');
		expect(all).toContain('Code block, not read aloud.');
		expect(all).not.toContain('line two');
		expect(all).not.toMatch(/Ortiz|Harbour Press/u);

		// The stand-in maps to the whole URL on screen.
		const withUrl = passages.find(passage => passage.text.includes(' link '))!;
		expect(text(doc, wordAt(withUrl, withUrl.text.indexOf(' link ') + 1, 4))).toBe('https://news.example/ferry-status');
		const code = passages.find(passage => passage.text.startsWith('Code block'))!;
		expect(code.block.tagName).toBe('PRE');
		expect(text(doc, wordAt(code, 0, 4))).toBe('line one\nline two\nline three');
	});

	it('leaves the rendered article exactly as it was', () => {
		const {root} = rendered(english);
		const before = root.outerHTML;
		buildPassages(root, words);
		expect(root.outerHTML).toBe(before);
	});
});

describe('a boundary charIndex maps to the word on screen', () => {
	it('for every word of every passage, through <em> and <a>, with and without charLength', () => {
		const {doc, root} = rendered(english);
		const passages = buildPassages(root, words);
		let checked = 0;
		for (const passage of passages) {
			if (passage.block.tagName === 'PRE') continue;
			for (const {word, charIndex} of spokenWords(passage)) {
				if (word === 'link') continue;
				expect(text(doc, wordAt(passage, charIndex, word.length)), `"${word}" in "${passage.text}"`).toBe(word);
				// No charLength: the word by the language's rules, without the punctuation after it.
				expect(text(doc, wordAt(passage, charIndex)), `"${word}" without charLength`).toBe(word.replace(/[.,]$/u, ''));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(60);
	});

	it('maps a word in a later paragraph into that paragraph, not the first', () => {
		const {doc, root} = rendered(english);
		const passages = buildPassages(root, words);
		const captain = passages.find(passage => passage.text.startsWith('The captain'))!;
		const range = wordAt(captain, captain.text.indexOf('radar'), 5)!;
		expect(text(doc, range)).toBe('radar');
		expect(captain.block.contains(range.start.node)).toBe(true);
		expect(captain.block.textContent).toContain('new radar would arrive');
	});

	it('highlights a word split by inline formatting whole, and a link\'s words inside the link', () => {
		const {doc, root} = rendered(english);
		const passages = buildPassages(root, words);
		const officials = passages.find(passage => passage.text.startsWith('Officials'))!;
		const range = wordAt(officials, officials.text.indexOf('unbelievable'), 'unbelievable'.length)!;
		expect(text(doc, range)).toBe('unbelievable');
		expect(range.start.node).not.toBe(range.end.node);

		const ferry = passages[2]!;
		const timetable = wordAt(ferry, ferry.text.indexOf('timetable'), 9)!;
		expect(text(doc, timetable)).toBe('timetable');
		expect(timetable.start.node.parentElement?.tagName).toBe('A');
		const forty = wordAt(ferry, ferry.text.indexOf('forty'))!;
		expect(forty.start.node.parentElement?.tagName).toBe('EM');
	});

	it('lands an index between words on the next word, and gives nothing past the end', () => {
		const {doc, root} = rendered(english);
		const ferry = buildPassages(root, words)[2]!;
		const space = ferry.text.indexOf(' ferry');
		expect(text(doc, wordAt(ferry, space))).toBe('ferry');
		// Inside a word (an engine marking a syllable): exactly those letters.
		const pier = ferry.text.indexOf('pier');
		expect(text(doc, wordAt(ferry, pier + 1, 2))).toBe('ie');
		expect(wordAt(ferry, pier + 1, 2)!.start.offset).toBe(wordAt(ferry, pier, 4)!.start.offset + 1);
		expect(wordAt(ferry, ferry.text.length)).toBeNull();
		expect(wordAt(ferry, -1)).toBeNull();
	});

	it('splits a passage into sentences whose ranges hold their words', () => {
		const {doc, root} = rendered(english);
		const captain = buildPassages(root, words).find(passage => passage.text.startsWith('Officials'))!;
		expect(captain.sentences).toHaveLength(1);
		const two = buildPassages(rendered(page('en', 'ltr', 'Short title for a story', 'A. Writer',
			'<p>The first sentence is here. The second one follows it and is longer than the first one was.</p>')).root, words)[2]!;
		expect(two.sentences.map(sentence => two.text.slice(sentence.start, sentence.end).trim())).toEqual([
			'The first sentence is here.',
			'The second one follows it and is longer than the first one was.',
		]);
		expect(text(doc, sentenceRange(captain, captain.sentences[0]!))).toContain('Officials called the delays');
	});
});

describe('right-to-left articles', () => {
	const arabic = page('ar', 'rtl', 'الضباب يؤخر عبارة الميناء مرة أخرى', 'مارا كويست', `
		<p>انتظرت عبارة الصباح <strong>أربعين دقيقة</strong> عند الرصيف بينما زحف الضباب من الخليج، وقرأ الركاب
		<a href="https://news.example/ar/timetable">الجدول الجديد</a> على هواتفهم.</p>
		<p>هل سيصل الرادار الجديد في الربيع؟ قال القبطان إن الطاقم تدرب عليه بالفعل، وإن الرحلات ستعود إلى مواعيدها.</p>`);

	it('maps every Arabic word, through <strong> and <a>, and keeps the article\'s language for the voice', () => {
		const {doc, root} = rendered(arabic);
		const passages = buildPassages(root, words);
		expect(passages[0]!.text).toBe('الضباب يؤخر عبارة الميناء مرة أخرى');
		expect(passages.every(passage => passage.lang === 'ar')).toBe(true);
		let checked = 0;
		for (const passage of passages) {
			for (const {word, charIndex} of spokenWords(passage)) {
				expect(text(doc, wordAt(passage, charIndex, word.length)), word).toBe(word);
				expect(text(doc, wordAt(passage, charIndex)), `${word} without charLength`).toBe(word.replace(/[،؟.]$/u, ''));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(30);
		const body = passages[2]!;
		expect(wordAt(body, body.text.indexOf('دقيقة'))!.start.node.parentElement?.tagName).toBe('STRONG');
		expect(wordAt(body, body.text.indexOf('الجديد'))!.start.node.parentElement?.tagName).toBe('A');
	});

	it('ends a sentence at an Arabic question mark', () => {
		const {root} = rendered(arabic);
		const second = buildPassages(root, words)[3]!;
		expect(second.sentences).toHaveLength(2);
		expect(second.text.slice(second.sentences[0]!.start, second.sentences[0]!.end).trim()).toBe('هل سيصل الرادار الجديد في الربيع؟');
	});

	it('maps Hebrew words the same way', () => {
		const {doc, root} = rendered(page('he', 'rtl', 'ערפל מעכב שוב את המעבורת בנמל', 'מארה קוויסט', `
			<p>המעבורת של הבוקר חיכתה <em>ארבעים דקות</em> ליד המזח בזמן שהערפל התגלגל מהמפרץ, והנוסעים קראו את
			<a href="https://news.example/he/timetable">לוח הזמנים החדש</a> בטלפונים שלהם. הרדאר החדש יגיע באביב הבא.</p>`));
		const body = buildPassages(root, words)[2]!;
		for (const {word, charIndex} of spokenWords(body)) expect(text(doc, wordAt(body, charIndex, word.length))).toBe(word);
		expect(text(doc, wordAt(body, body.text.indexOf('הזמנים')))).toBe('הזמנים');
	});
});
