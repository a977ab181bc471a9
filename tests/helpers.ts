import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {cleanHtml} from '../src/node/clean-html.js';
import type {CleanResult} from '../src/core/types.js';

export const fixturesDir = new URL('./fixtures/', import.meta.url);

/** What a fixture's author says a correct cleaner returns (tests/fixtures/<slug>/expected.json). */
export interface Expected {
	url: string;
	kind: 'article' | 'not-article';
	/** For a page that is no article: why (the core's NotArticle code). */
	code?: string;
	title?: string;
	byline?: string | null;
	siteName?: string | null;
	publishedTime?: string | null;
	lang?: string;
	dir?: 'ltr' | 'rtl';
	captions?: {text: string; credit: string | null}[];
	mustContain?: string[];
	mustNotContain?: string[];
	images?: string[];
}

export interface Fixture {
	slug: string;
	source: string;
	expected: Expected;
}

export function fixtureSlugs(): string[] {
	return readdirSync(fixturesDir, {withFileTypes: true})
		.filter(entry => entry.isDirectory() && existsSync(new URL(`${entry.name}/expected.json`, fixturesDir)))
		.map(entry => entry.name)
		.sort();
}

export function loadFixture(slug: string): Fixture {
	const read = (name: string) => readFileSync(new URL(`${slug}/${name}`, fixturesDir), 'utf8');
	return {slug, source: read('source.html'), expected: JSON.parse(read('expected.json')) as Expected};
}

export function cleanFixture(fixture: Fixture, force = false): CleanResult {
	return cleanHtml(fixture.source, {url: fixture.expected.url, force});
}

export function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
