// The project's knowledge stays in the repo and findable: every relative link of the README,
// CONTRIBUTING.md and docs/ leads to a file (and heading) that exists, every docs/… path a source
// or test file mentions exists, and comments cite files, not issue numbers or documents elsewhere.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const documents = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(root, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`)];

/** Code files of src/, tests/ (fixture pages are data, not the project's words), scripts/ and the top level. */
function codeFiles(dir: string): string[] {
	return readdirSync(join(root, dir), {withFileTypes: true}).flatMap(entry => {
		const path = dir ? `${dir}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return dir === '' ? [] : path === 'tests/fixtures' ? [] : codeFiles(path);
		return /\.(?:ts|mts|mjs|js|css|html)$/.test(entry.name) ? [path] : [];
	});
}
const code = ['', 'src', 'tests', 'scripts'].filter(dir => existsSync(join(root, dir))).flatMap(codeFiles);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

function anchorsOf(file: string): Set<string> {
	const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
	return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading!)));
}

/** Link targets of a Markdown file, outside code blocks and code spans. */
function linksOf(document: string): string[] {
	const text = readFileSync(join(root, document), 'utf8').replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
	return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(([, target]) => target!);
}

/** What a link points at that is not there, or undefined when it resolves. */
function brokenLink(document: string, target: string): string | undefined {
	if (/^[a-z][a-z+.-]*:/i.test(target)) return undefined;
	const [path, anchor] = target.split('#') as [string, string | undefined];
	const file = path ? resolve(dirname(join(root, document)), decodeURIComponent(path)) : join(root, document);
	if (!existsSync(file)) return `${target}: no such file`;
	if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor)) return `${target}: no heading #${anchor}`;
	return undefined;
}

/** The comments of a code file: `//` lines and ends of lines, and block comments. */
function commentsOf(text: string): string[] {
	return [...text.matchAll(/(?:^|[\s;,(){}])\/\/([^\n]*)|\/\*([\s\S]*?)\*\//g)].map(([, line, block]) => line ?? block!);
}

describe('documents in the repo', () => {
	it('has the documents the code and the README rely on', () => {
		for (const document of ['CONTRIBUTING.md', 'docs/e2e.md', 'docs/firefox-e2e.md', 'docs/benchmarks.md']) expect(documents).toContain(document);
	});

	it.each(documents)('every relative link in %s resolves', document => {
		const links = linksOf(document);
		expect(links.length, `${document} links to nothing`).toBeGreaterThan(0);
		expect(links.map(target => brokenLink(document, target)).filter(Boolean)).toEqual([]);
	});

	it('finds a broken link and a missing heading (the check itself works)', () => {
		expect(brokenLink('docs/e2e.md', 'no-such-file.md')).toMatch(/no such file/);
		expect(brokenLink('CONTRIBUTING.md', 'README.md#no-such-heading')).toMatch(/no heading/);
		expect(brokenLink('CONTRIBUTING.md', 'README.md#how-cleaning-decides-what-goes')).toBeUndefined();
	});

	it('every docs/… path in src/, tests/ and scripts/ names a file or folder that exists', () => {
		const missing: string[] = [];
		let seen = 0;
		for (const file of code) {
			const text = readFileSync(join(root, file), 'utf8');
			// A path with ../ is relative to its file; a bare docs/… is the repo's docs folder.
			for (const [, up, path] of text.matchAll(/(?<![\w./-])((?:\.\.?\/)*)(docs\/[\w./-]*[\w/])/g)) {
				seen++;
				const target = up ? resolve(dirname(join(root, file)), up + path!) : join(root, path!);
				if (!existsSync(target)) missing.push(`${file}: ${up}${path} (${relative(root, target)})`);
			}
		}
		expect(seen).toBeGreaterThanOrEqual(3);
		expect(missing).toEqual([]);
	});

	it('comments cite files in the repo, not issue numbers or documents outside it', () => {
		const offending: string[] = [];
		for (const file of code.filter(name => !/\.(?:css|html)$/.test(name))) {
			for (const comment of commentsOf(readFileSync(join(root, file), 'utf8'))) {
				const hit = /\b(?:issue|bug|pr|ticket)\s*#?\d+|(?:^|\s)#\d+\b|shared\/docs\/|\.\.\/shared\/(?!corpus)/i.exec(comment);
				if (hit) offending.push(`${file}: ${comment.trim().slice(0, 100)}`);
			}
		}
		expect(offending).toEqual([]);
	});
});
