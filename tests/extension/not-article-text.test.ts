import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {NotArticle} from '../../src/core/index.js';
import type {NotArticleCode} from '../../src/core/types.js';
import {notArticleText} from '../../src/popup/not-article-text.js';
import type {Translate} from '../../src/view/translate.js';

function translator(lang: 'en' | 'de'): Translate {
	const messages = JSON.parse(readFileSync(new URL(`../../src/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, {message: string}>;
	return key => messages[key]?.message ?? key;
}

// A Record over the union: a code added to the core without a line here fails to compile.
const CODES: Record<NotArticleCode, true> = {'no-text': true, 'too-little-text': true, 'listing': true, 'too-deep': true, 'too-slow': true};
const result = (code: string, reason = 'The core says why, in English.') => ({kind: 'not-article', code, reason}) as NotArticle;

describe('notArticleText (why the popup shows no article)', () => {
	it('has an English and a German message for every code but too-slow, which has its own screen', () => {
		for (const lang of ['en', 'de'] as const) {
			const t = translator(lang);
			for (const code of Object.keys(CODES) as NotArticleCode[]) {
				if (code === 'too-slow') continue;
				const text = notArticleText(result(code), t);
				expect(text, `${lang} ${code}`).not.toBe('The core says why, in English.');
				expect(text.length).toBeGreaterThan(10);
			}
		}
		expect(translator('de')('tooSlowTitle')).not.toBe('tooSlowTitle');
	});

	it('speaks the reader\'s language, whatever the core\'s sentence', () => {
		expect(notArticleText(result('listing'), translator('en'))).toBe('This page lists other articles; open one of them to read it.');
		expect(notArticleText(result('listing'), translator('de'))).toBe('Diese Seite listet andere Artikel auf; öffnen Sie einen davon, um ihn zu lesen.');
	});

	it('falls back to the core\'s sentence for a code it has no message for, or none at all', () => {
		expect(notArticleText(result('paywalled'), translator('de'))).toBe('The core says why, in English.');
		expect(notArticleText({kind: 'not-article', reason: 'An older core.'} as NotArticle, translator('en'))).toBe('An older core.');
	});
});
