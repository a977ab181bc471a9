/**
 * What a listener hears of the rendered article, one passage per block (title, byline, each
 * paragraph), and where every spoken character sits in the DOM, so a `boundary` event's
 * charIndex maps back to the words on screen. Pure: DOM nodes in, plain data out; it never
 * changes the tree it reads.
 */

/** A spot in the rendered article: a text node and an offset in its data. */
export interface Position {
	node: Text;
	offset: number;
}

/**
 * A stretch of spoken text and the DOM text it stands for. Verbatim: spoken character for
 * character as written. Otherwise a stand-in (a URL said as "link", a code block announced)
 * that maps, whole, to the whole DOM stretch.
 */
export interface Piece {
	at: number;
	length: number;
	start: Position;
	end: Position;
	verbatim: boolean;
}

export interface Sentence {
	start: number;
	end: number;
}

export interface Passage {
	text: string;
	/** In spoken order, not overlapping. */
	pieces: Piece[];
	/** The block on screen (a paragraph, a heading, a list item): what "next paragraph" moves to and line focus follows. */
	block: Element;
	/** The language of the block, '' when the article states none. */
	lang: string;
	sentences: Sentence[];
}

/** The words said in place of what is not read out, in the reader's interface language. */
export interface SpeechWords {
	link: string;
	/** Said in place of a code block. */
	codeBlock: string;
}

/** Blocks: a passage ends where one starts or ends, as a reader pauses between paragraphs. */
const BLOCKS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
	'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
	'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never read: media, controls, and photo credits (a listener wants the picture's words, not its agency). */
const SKIPPED = 'script, style, template, noscript, img, picture, svg, video, audio, iframe, object, canvas, button, input, select, textarea, [hidden], [aria-hidden="true"], .cp-credit';

/** A URL written out in the text; trailing punctuation belongs to the sentence. */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”]/giu;

/** Engines cut very long utterances short or stall on them; a sentence past this is split at a space. */
const MAX_SENTENCE = 300;

/**
 * The passages of a rendered article (renderArticle's root): the title, the byline, then the
 * body; the site name, the date and reading time and the list of captions are not read.
 */
export function buildPassages(article: Element, words: SpeechWords): Passage[] {
	const builder = new PassageBuilder(article, words);
	const title = article.querySelector('.cp-title');
	const byline = article.querySelector('.cp-byline');
	if (title) builder.readBlock(title);
	if (byline) builder.readBlock(byline);
	const body = article.querySelector('.cp-body');
	if (body) builder.readBlock(body);
	return builder.passages;
}

class PassageBuilder {
	readonly passages: Passage[] = [];
	readonly #article: Element;
	readonly #words: SpeechWords;
	#text = '';
	#pieces: Piece[] = [];
	#block: Element | undefined;
	/** Whitespace or a block edge came since the last word: the next word gets a space before it. */
	#space = false;

	constructor(article: Element, words: SpeechWords) {
		this.#article = article;
		this.#words = words;
	}

	readBlock(block: Element): void {
		this.#flush();
		this.#block = block;
		for (const child of block.childNodes) this.#walk(child, block);
		this.#flush();
	}

	#walk(node: Node, block: Element): void {
		if (node.nodeType === 3) {
			this.#addText(node as Text, block);
			return;
		}
		if (node.nodeType !== 1) return;
		const element = node as Element;
		if (element.matches(SKIPPED)) return;
		const tag = element.tagName.toUpperCase();
		if (tag === 'BR') {
			this.#space = true;
			return;
		}
		if (tag === 'PRE') {
			this.#flush();
			this.#announceCode(element);
			this.#flush();
			return;
		}
		if (!BLOCKS.has(tag)) {
			for (const child of element.childNodes) this.#walk(child, block);
			return;
		}
		this.#flush();
		for (const child of element.childNodes) this.#walk(child, element);
		this.#flush();
	}

	#addText(node: Text, block: Element): void {
		const data = node.data;
		if (this.#pieces.length === 0) this.#block = block;
		let last = 0;
		for (const url of data.matchAll(URL_PATTERN)) {
			this.#addWords(node, last, url.index);
			this.#addStandIn(this.#words.link, {node, offset: url.index}, {node, offset: url.index + url[0].length});
			last = url.index + url[0].length;
		}
		this.#addWords(node, last, data.length);
	}

	#addWords(node: Text, from: number, to: number): void {
		const data = node.data.slice(from, to);
		let last = 0;
		for (const word of data.matchAll(/\S+/gu)) {
			if (word.index > last) this.#space = true;
			if (this.#space && this.#text.length > 0) this.#text += ' ';
			this.#space = false;
			const offset = from + word.index;
			this.#pieces.push({at: this.#text.length, length: word[0].length, start: {node, offset}, end: {node, offset: offset + word[0].length}, verbatim: true});
			this.#text += word[0];
			last = word.index + word[0].length;
		}
		if (last < data.length) this.#space = true;
	}

	#addStandIn(spoken: string, start: Position, end: Position): void {
		if (this.#text.length > 0) this.#text += ' ';
		this.#pieces.push({at: this.#text.length, length: spoken.length, start, end, verbatim: false});
		this.#text += spoken;
		this.#space = true;
	}

	/** A code block is announced; spelled out, symbol by symbol, it would be noise. */
	#announceCode(pre: Element): void {
		const texts = textNodes(pre);
		const first = texts[0];
		const last = texts.at(-1);
		if (!first || !last || !pre.textContent?.trim()) return;
		this.#block = pre;
		this.#addStandIn(this.#words.codeBlock, {node: first, offset: 0}, {node: last, offset: last.data.length});
	}

	#flush(): void {
		if (this.#pieces.length > 0 && this.#block) {
			// Up to the article only: the overlay around it carries the interface's language.
			const holder = this.#block.closest('[lang]');
			const lang = holder && this.#article.contains(holder) ? holder.getAttribute('lang') ?? '' : '';
			this.passages.push({text: this.#text, pieces: this.#pieces, block: this.#block, lang, sentences: sentences(this.#text, lang)});
		}
		this.#text = '';
		this.#pieces = [];
		this.#block = undefined;
		this.#space = false;
	}
}

function textNodes(root: Element): Text[] {
	const found: Text[] = [];
	const walker = root.ownerDocument.createTreeWalker(root, 4);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
	return found;
}

/** The sentences of a passage in its language's rules; each spans its trailing space out, so they tile the text. */
export function sentences(text: string, lang: string): Sentence[] {
	const found: Sentence[] = [];
	for (const {index, segment} of segmenter(lang, 'sentence').segment(text)) {
		let start = index;
		const end = index + segment.length;
		while (end - start > MAX_SENTENCE) {
			const cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
			const at = cut > start ? cut + 1 : start + MAX_SENTENCE;
			found.push({start, end: at});
			start = at;
		}
		if (text.slice(start, end).trim()) found.push({start, end});
	}
	return found;
}

function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
	try {
		return new Intl.Segmenter(lang || undefined, {granularity});
	} catch {
		// A language tag the engine does not know ('x-klingon', or malformed): its default rules.
		return new Intl.Segmenter(undefined, {granularity});
	}
}

/**
 * The DOM spot of a spoken index. `start`: the first character at or after it (an index in the
 * space between words lands on the next word). `end`: an exclusive end, just after the last
 * character before it. null past the ends.
 */
export function positionAt(passage: Passage, index: number, side: 'start' | 'end'): Position | null {
	const {pieces} = passage;
	if (side === 'start') {
		const piece = pieces[firstEndingAfter(pieces, index)];
		if (!piece) return null;
		if (!piece.verbatim || index <= piece.at) return piece.start;
		return {node: piece.start.node, offset: piece.start.offset + index - piece.at};
	}
	const piece = pieces[lastStartingBefore(pieces, index)];
	if (!piece) return null;
	if (!piece.verbatim || index >= piece.at + piece.length) return piece.end;
	return {node: piece.start.node, offset: piece.start.offset + index - piece.at};
}

/** The index of the first piece that ends after `index`; pieces.length when none does. */
function firstEndingAfter(pieces: Piece[], index: number): number {
	let low = 0;
	let high = pieces.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		const piece = pieces[middle]!;
		if (piece.at + piece.length > index) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** The index of the last piece that starts before `index`; -1 when none does. */
function lastStartingBefore(pieces: Piece[], index: number): number {
	let low = 0;
	let high = pieces.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (pieces[middle]!.at < index) low = middle + 1;
		else high = middle;
	}
	return low - 1;
}

export interface TextRange {
	start: Position;
	end: Position;
}

/** A spoken stretch [from, to) as DOM positions; null when it holds nothing on screen. */
export function rangeOf(passage: Passage, from: number, to: number): TextRange | null {
	if (firstEndingAfter(passage.pieces, from) > lastStartingBefore(passage.pieces, to)) return null;
	const start = positionAt(passage, from, 'start');
	const end = positionAt(passage, to, 'end');
	return start && end ? {start, end} : null;
}

/**
 * The word a `boundary` event points at. Engines give the word's length (charLength) or not
 * (older engines, some voices); without it the word runs to the end of the word the language's
 * rules find there, so a Japanese sentence with no spaces still highlights one word.
 */
export function wordAt(passage: Passage, charIndex: number, charLength?: number): TextRange | null {
	if (charIndex < 0 || charIndex >= passage.text.length) return null;
	if (charLength !== undefined && charLength > 0) return rangeOf(passage, charIndex, charIndex + charLength);
	for (const {index, segment, isWordLike} of segmenter(passage.lang, 'word').segment(passage.text)) {
		const end = index + segment.length;
		if (end <= charIndex || (!isWordLike && !segment.trim())) continue;
		return rangeOf(passage, Math.max(index, charIndex), end);
	}
	return null;
}

/** A sentence's DOM stretch, for voices that report no word boundaries. */
export function sentenceRange(passage: Passage, sentence: Sentence): TextRange | null {
	return rangeOf(passage, sentence.start, sentence.end);
}
