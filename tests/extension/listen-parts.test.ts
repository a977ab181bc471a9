// The parts of Listen that need no speech engine: the highlight gives the article back exactly,
// the voice list puts the article's language first, stored settings are checked.
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {SpokenHighlight} from '../../src/view/listen/highlight.js';
import {normalizeListen, rememberVoice} from '../../src/view/listen/settings.js';
import {buildPassages, sentenceRange, wordAt} from '../../src/view/listen/speech-text.js';
import {chooseVoice, orderVoices} from '../../src/view/listen/voices.js';

function article(body: string): {doc: Document; root: HTMLElement} {
	const doc = new JSDOM(`<!doctype html><body><article class="cp-article" lang="en"><header><h1 class="cp-title">A title</h1></header><div class="cp-body">${body}</div></article></body>`).window.document;
	return {doc, root: doc.querySelector<HTMLElement>('.cp-article')!};
}

describe('SpokenHighlight', () => {
	it('marks each word in turn, across formatting, and leaves the article exactly as it was', () => {
		const {root} = article('<p>One <em>two</em> thr<strong>ee</strong> four, <a href="/x">five six</a>.</p><p>Seven eight.</p>');
		const before = root.innerHTML;
		const passages = buildPassages(root, {link: 'link', codeBlock: 'code'});
		const highlight = new SpokenHighlight();
		for (const passage of passages) {
			for (const match of passage.text.matchAll(/\S+/gu)) {
				const mark = highlight.show(wordAt(passage, match.index, match[0].length)!, 'word');
				const marks = [...root.querySelectorAll('mark.cp-spoken')];
				expect(marks.map(node => node.textContent).join(''), match[0]).toBe(match[0]);
				expect(mark).toBe(marks[0]);
			}
			highlight.show(sentenceRange(passage, passage.sentences[0]!)!, 'sentence');
			expect(root.querySelector('mark')?.dataset.kind).toBe('sentence');
		}
		highlight.clear();
		expect(root.innerHTML).toBe(before);
		// The text nodes the passages point at are the article's own again: the map still holds.
		const again = buildPassages(root, {link: 'link', codeBlock: 'code'});
		expect(again.map(passage => passage.text)).toEqual(passages.map(passage => passage.text));
		expect(again[1]!.pieces.map(piece => piece.start.node)).toEqual(passages[1]!.pieces.map(piece => piece.start.node));
	});
});

describe('voices', () => {
	const voices = [
		{name: 'Zed', lang: 'en-US'},
		{name: 'Amira', lang: 'ar'},
		{name: 'Brit', lang: 'en-GB'},
		{name: 'Anna', lang: 'de-DE'},
		{name: 'Alex', lang: 'en-US'},
	];

	it('lists the article\'s exact language first, then its other regions, then the rest', () => {
		expect(orderVoices(voices, 'en-US').map(voice => voice.name)).toEqual(['Alex', 'Zed', 'Brit', 'Amira', 'Anna']);
		expect(orderVoices(voices, 'ar').map(voice => voice.name)[0]).toBe('Amira');
	});

	it('keeps the voice remembered for the language, else takes the first of the language, else none', () => {
		expect(chooseVoice(voices, 'en-US', 'Brit')?.name).toBe('Brit');
		expect(chooseVoice(voices, 'en-US', 'Gone')?.name).toBe('Alex');
		expect(chooseVoice(voices, 'ja', undefined)).toBeUndefined();
	});
});

describe('listen settings', () => {
	it('takes a stored speed only from the menu\'s speeds and voices only under a language code', () => {
		expect(normalizeListen({rate: 2, voices: {en: 'Alex', 'not a language': 'x', de: 3}})).toEqual({rate: 2, voices: {en: 'Alex'}});
		expect(normalizeListen({rate: 9})).toEqual({rate: 1, voices: {}});
		expect(normalizeListen('garbage')).toEqual({rate: 1, voices: {}});
	});

	it('remembers a voice per base language and forgets it for the default', () => {
		const settings = rememberVoice({rate: 1, voices: {}}, 'pt-BR', 'Luciana');
		expect(settings.voices).toEqual({pt: 'Luciana'});
		expect(rememberVoice(settings, 'pt', undefined).voices).toEqual({});
	});
});
