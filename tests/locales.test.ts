// The interface in every language it ships: each locale says all that en says, with the same
// placeholders, and every message the source asks for exists, so no reader meets a blank or a key.
import {readdirSync, readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PAGE_STATES} from '../src/page-states.js';
import type {PageState} from '../src/page-states.js';
import {NOT_ARTICLE_KEYS} from '../src/popup/not-article-text.js';
import {formatMinutes} from '../src/view/render-article.js';

interface Entry {
	message: string;
	placeholders?: Record<string, {content: string}>;
}
type Messages = Record<string, Entry>;

const src = new URL('../src/', import.meta.url);
const localesDir = new URL('_locales/', src);
const read = (url: URL) => readFileSync(url, 'utf8');
const load = (locale: string) => JSON.parse(read(new URL(`${locale}/messages.json`, localesDir))) as Messages;
const locales = readdirSync(localesDir).sort();
const en = load('en');

/** What a message substitutes: `$1`…`$9` written in it, and each named `$NAME$` with the `$n` it stands for. */
function substitutions(entry: Entry): string[] {
	const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map(([, name]) => {
		const content = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name!.toLowerCase())?.[1].content;
		return `$${name!.toLowerCase()}$=${content ?? 'undefined'}`;
	});
	const numbered = entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, '').match(/\$\d/g) ?? [];
	return [...new Set([...named, ...numbered])].sort();
}

/** The members of a string union type in src/core/types.ts, read from the source. */
function unionMembers(name: string): string[] {
	const declaration = read(new URL('core/types.ts', src)).match(new RegExp(`export type ${name} =([^;]+);`))?.[1];
	if (!declaration) throw new Error(`no type ${name} in src/core/types.ts`);
	return [...declaration.matchAll(/'([^']+)'/g)].map(([, member]) => member!);
}

function sourceFiles(dir: URL, pattern: RegExp): URL[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		if (entry.isDirectory()) return entry.name === '_locales' ? [] : sourceFiles(new URL(`${entry.name}/`, dir), pattern);
		return pattern.test(entry.name) ? [new URL(entry.name, dir)] : [];
	});
}

/** The first argument of the call whose `(` is at `open`, as written. */
function firstArgument(code: string, open: number): string {
	let depth = 0;
	let quote = '';
	for (let i = open + 1; i < code.length; i++) {
		const char = code[i]!;
		if (quote) {
			if (char === '\\') i++;
			else if (char === quote) quote = '';
		} else if (char === '\'' || char === '"' || char === '`') quote = char;
		else if (char === '(' || char === '[' || char === '{') depth++;
		else if (depth === 0 && (char === ',' || char === ')')) return code.slice(open + 1, i);
		else if (char === ')' || char === ']' || char === '}') depth--;
	}
	throw new Error(`unclosed call at ${open}`);
}

/** Every message key the source names: in t()/getMessage() calls, data-i18n attributes and the manifest. */
function keysInSource(): {keys: Set<string>; prefixes: Set<string>} {
	const keys = new Set<string>();
	const prefixes = new Set<string>();
	for (const file of sourceFiles(src, /\.ts$/)) {
		const code = read(file);
		for (const call of code.matchAll(/\b(?:t|getMessage)\(/g)) {
			const argument = firstArgument(code, call.index + call[0].length - 1);
			// Only literals shaped like a key: a ternary's condition may compare other strings.
			for (const [, key] of argument.matchAll(/['"]([A-Za-z0-9_@]+)['"]/g)) if (!key!.startsWith('@@')) keys.add(key!);
			for (const [, prefix] of argument.matchAll(/`([A-Za-z0-9_]*)\$\{/g)) prefixes.add(prefix!);
		}
	}
	for (const file of sourceFiles(src, /\.html$/)) {
		for (const [, key] of read(file).matchAll(/data-i18n(?:-label|-title)?="([^"]+)"/g)) keys.add(key!);
	}
	for (const [, key] of read(new URL('../manifest.json', src)).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) keys.add(key!);
	return {keys, prefixes};
}

const reasons = unionMembers('RemovalReason');
/** The message keys of the page-state table: each screen's title, detail, button and reading mode's refusal. */
const pageStateKeys = Object.values<PageState>(PAGE_STATES)
	.flatMap(({title, detail, action, refusal}) => [title, detail, action?.label, refusal])
	.filter((key): key is string => key !== undefined);
const codes = unionMembers('NotArticleCode');

describe('locales', () => {
	it('ships the interface in English and twelve more languages', () => {
		expect(locales).toEqual(['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt_BR', 'ru', 'zh_CN']);
		const manifest = JSON.parse(read(new URL('../manifest.json', src))) as {default_locale: string};
		expect(manifest.default_locale).toBe('en');
	});

	it.each(locales)('%s has every message of en, none empty, with the same placeholders', locale => {
		const messages = load(locale);
		for (const [key, entry] of Object.entries(en)) {
			const translated = messages[key];
			expect(translated, `${locale}: ${key} is missing`).toBeDefined();
			expect(translated!.message.trim(), `${locale}: ${key} is empty`).not.toBe('');
			expect(substitutions(translated!), `${locale}: ${key}`).toEqual(substitutions(entry));
		}
	});

	it.each(locales)('%s has no message en lacks', locale => {
		expect(Object.keys(load(locale)).filter(key => !(key in en))).toEqual([]);
	});

	it.each(locales.filter(locale => locale !== 'en'))('%s is translated, not copied from en', locale => {
		const messages = load(locale);
		// Brand names and format names stay as they are; anything more is an untranslated file.
		const same = Object.keys(en).filter(key => messages[key]?.message === en[key]!.message);
		expect(same.length, `${locale} repeats en in ${same.join(', ')}`).toBeLessThanOrEqual(10);
	});

	it.each(locales)('%s fits the stores\' limits on the name and description', locale => {
		const messages = load(locale);
		expect(messages.extensionName!.message.length).toBeLessThanOrEqual(45);
		expect(messages.extensionDescription!.message.length).toBeLessThanOrEqual(132);
	});

	it('has an en message for every key the source asks for, and no message the source never asks for', () => {
		const {keys, prefixes} = keysInSource();
		// The scan itself works: these are asked for by the popup, the options page and the manifest.
		expect([...keys]).toEqual(expect.arrayContaining(['readingMode', 'themeLabel', 'extensionDescription', 'copied', 'copyRefused']));
		expect([...keys].filter(key => !(key in en))).toEqual([]);
		// A key built at run time belongs to a family checked below; a new family needs its own check here.
		expect([...prefixes]).toEqual(['reason_']);
		const dynamic = [...reasons.map(reason => `reason_${reason}`), ...Object.values(NOT_ARTICLE_KEYS), ...pageStateKeys];
		expect(Object.keys(en).filter(key => !keys.has(key) && !dynamic.includes(key))).toEqual([]);
	});

	it('has a message for every removal reason, so "Removed from the page" says why in every language', () => {
		expect(reasons.length).toBeGreaterThanOrEqual(13);
		for (const reason of reasons) expect(en, reason).toHaveProperty(`reason_${reason}`);
	});

	it('has a message for every key of the page-state table', () => {
		expect(pageStateKeys.length).toBeGreaterThanOrEqual(20);
		for (const key of pageStateKeys) expect(en, key).toHaveProperty(key);
	});

	it('has a message for every reason a page holds no article', () => {
		expect(Object.keys(NOT_ARTICLE_KEYS).sort()).toEqual([...codes].sort());
		for (const key of Object.values(NOT_ARTICLE_KEYS)) expect(en, key).toHaveProperty(key);
	});
});

describe('reading time', () => {
	const readingTime = (locale: string, minutes: number) =>
		load(locale).readingTime!.message.replace('$1', formatMinutes(minutes, locale.replace('_', '-')));

	it('uses each language\'s plural forms', () => {
		expect(readingTime('en', 1)).toBe('1 minute to read');
		expect(readingTime('en', 5)).toBe('5 minutes to read');
		expect(readingTime('de', 5)).toBe('5 Minuten Lesezeit');
		expect([1, 2, 5, 22].map(n => readingTime('ru', n))).toEqual(['1 минута чтения', '2 минуты чтения', '5 минут чтения', '22 минуты чтения']);
		expect([1, 2, 5, 22].map(n => readingTime('pl', n))).toEqual(['1 minuta czytania', '2 minuty czytania', '5 minut czytania', '22 minuty czytania']);
		// Arabic has a dual: "two minutes" is one word.
		expect(readingTime('ar', 2)).toBe('مدة القراءة: دقيقتان');
		expect(readingTime('ar', 5)).toBe('مدة القراءة: 5 دقائق');
	});
});

describe('t (the extension\'s message lookup)', () => {
	const messages = load('ar');
	let t: typeof import('../src/i18n.js').t;

	beforeAll(async () => {
		// webextension-polyfill hands over globalThis.browser when it runs in an extension (chrome.runtime.id).
		const global = globalThis as {browser?: unknown; chrome?: unknown};
		global.chrome = global.browser = {
			runtime: {id: 'clearpage-test'},
			i18n: {
				getUILanguage: () => 'ar',
				getMessage: (key: string, values?: string | string[]) => (key === '@@bidi_dir' ? 'rtl' : (messages[key] ?? en[key])?.message
					.replace(/\$(\d)/g, (_, n: string) => [values ?? []].flat()[Number(n) - 1] ?? '') ?? ''),
			},
		};
		({t} = await import('../src/i18n.js'));
	});
	afterAll(() => {
		const global = globalThis as {browser?: unknown; chrome?: unknown};
		delete global.browser;
		delete global.chrome;
	});

	it('gives the message in the interface\'s language, with its substitutions', () => {
		expect(t('toggleFailed', 'x')).toBe('تعذّر بدء وضع القراءة: x');
	});

	it('never shows a raw key for a message that exists nowhere', () => {
		expect(t('noSuchMessage')).toBe('');
	});
});
