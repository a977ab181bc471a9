// Golden fixtures: each folder's expected.json is written by hand from the page's meaning;
// expected.txt is the copied text, regenerated with `vitest run -u` and reviewed as a diff.
import {describe, expect, it} from 'vitest';
import {cleanFixture, fixtureSlugs, fold, loadFixture} from './helpers.js';

/** FIXTURE=slug,… (or `npm run test:fixture -- slug`) runs those fixtures only; a name may be a slug's start. */
const only = process.env.FIXTURE?.split(',').filter(Boolean);
const slugs = fixtureSlugs().filter(slug => !only || only.some(name => slug.startsWith(name)));
if (only && slugs.length === 0) throw new Error(`FIXTURE=${process.env.FIXTURE}: no fixture has that name; they are ${fixtureSlugs().join(', ')}`);

describe.each(slugs)('fixture %s', slug => {
	const fixture = loadFixture(slug);
	const {expected} = fixture;
	const result = cleanFixture(fixture);

	it(`is ${expected.kind === 'article' ? 'an article' : 'not an article'}`, () => {
		expect(result.kind, result.kind === 'not-article' ? result.reason : '').toBe(expected.kind);
	});
	if (expected.kind === 'not-article') {
		it(`says why: ${expected.code}`, () => {
			expect(result.kind === 'not-article' && result.code).toBe(expected.code);
		});
		// "Show anyway": what there is, still without the clutter.
		it('shown anyway, keeps what the page says and drops the clutter', () => {
			const forced = cleanFixture(fixture, true);
			if (forced.kind !== 'article') throw new Error(`forced, still ${forced.code}`);
			for (const snippet of expected.mustContain ?? []) expect(fold(forced.text)).toContain(fold(snippet));
			for (const snippet of expected.mustNotContain ?? []) expect(fold(forced.text)).not.toContain(fold(snippet));
		});
	}
	if (result.kind !== 'article' || expected.kind !== 'article') return;
	const text = fold(result.text);

	it('has the page metadata', () => {
		if (expected.title !== undefined) expect(result.title).toBe(expected.title);
		// Authors are joined with "," by JSON-LD and with "and" on the page; both read the same.
		const authors = (byline: string | null | undefined) => byline?.split(/,\s*|\s+and\s+/) ?? null;
		if (expected.byline !== undefined) expect(authors(result.byline)).toEqual(authors(expected.byline));
		if (expected.siteName) expect(result.siteName).toBe(expected.siteName);
		if (expected.publishedTime !== undefined) {
			expect(result.publishedTime && Date.parse(result.publishedTime)).toBe(expected.publishedTime && Date.parse(expected.publishedTime));
		}
		if (expected.lang) expect(result.lang).toBe(expected.lang);
		if (expected.dir) expect(result.dir).toBe(expected.dir);
	});

	it('keeps every part of the article', () => {
		for (const snippet of expected.mustContain ?? []) expect(text).toContain(fold(snippet));
	});

	it('drops the clutter', () => {
		for (const snippet of expected.mustNotContain ?? []) expect(text).not.toContain(fold(snippet));
	});

	it('lists the captions apart, with their credits', () => {
		const captions = result.captions.map(({text, credit}) => ({text, credit}));
		expect(captions).toEqual(expected.captions ?? []);
	});

	if (expected.images) {
		it('resolves lazy and relative images to absolute URLs', () => {
			const shown = [...result.html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)].flatMap(match => match[1]!.replaceAll('&amp;', '&').split(/,\s*|\s+/));
			if (result.leadImage) shown.push(result.leadImage.url);
			for (const image of expected.images!) expect(shown).toContain(image);
			expect(result.html).not.toMatch(/src="data:image\/(gif|svg)/);
		});
	}

	it('copies the same text as before (expected.txt)', async () => {
		await expect(`${result.text}\n`).toMatchFileSnapshot(`./fixtures/${slug}/expected.txt`);
	});
});
