// House rules as tests (CONTRIBUTING.md, "House rules"): the core stays pure, fixtures are complete, files stay small.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fixtureSlugs, fixturesDir} from './helpers.js';

const src = new URL('../src/', import.meta.url);

function sourceFiles(dir: URL): URL[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
		return entry.isDirectory() ? sourceFiles(url) : /\.(ts|css|html)$/.test(entry.name) ? [url] : [];
	});
}

describe('conventions', () => {
	it('keeps extension APIs out of the core (it also runs in Node and in tests)', () => {
		for (const file of sourceFiles(new URL('core/', src))) {
			const code = readFileSync(file, 'utf8');
			expect(code, file.pathname).not.toMatch(/webextension-polyfill|\bchrome\.|\bbrowser\.|\bwindow\.|\blocation\./);
		}
	});

	it('keeps source files small enough to read in one sitting', () => {
		for (const file of sourceFiles(src)) {
			const lines = readFileSync(file, 'utf8').split('\n').length;
			expect(lines, file.pathname).toBeLessThanOrEqual(400);
		}
	});

	it('gives every fixture its page, its hand-written expectations and its copied text', () => {
		const folders = readdirSync(fixturesDir).filter(name => statSync(new URL(name, fixturesDir)).isDirectory() && name !== 'hostile');
		expect(folders.length).toBeGreaterThanOrEqual(12);
		for (const slug of folders) {
			const files = readdirSync(new URL(`${slug}/`, fixturesDir));
			expect(files, slug).toEqual(expect.arrayContaining(['source.html', 'expected.json']));
		}
		expect(fixtureSlugs()).toEqual(folders.sort());
	});
});
