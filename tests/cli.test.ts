// The CLI as a user runs it: built file, real process, exit codes and stderr.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadFixture} from './helpers.js';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const seedDir = fileURLToPath(new URL('./fixtures/seed-metro-wordpress-jetpack/', import.meta.url));
const seed = `${seedDir}source.html`;
const seedUrl = loadFixture('seed-metro-wordpress-jetpack').expected.url;

function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8'});
	return {code: result.status, out: result.stdout, err: result.stderr};
}

// Each case starts a Node process that loads jsdom: about a second apiece on two cores.
describe('clearpage CLI', () => {
	beforeAll(() => {
		if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: run `npm run build` first');
	});

	it('prints the article as plain text by default, without captions or clutter', () => {
		const {code, out, err} = run([seed, '--url', seedUrl]);
		expect(code).toBe(0);
		expect(err).toBe('');
		expect(out).toContain('Air raid sirens were set off after two rockets');
		expect(out).not.toContain('Leave a Reply');
		expect(out).not.toContain('(Picture: AFP/Getty)');
	});

	it('prints the whole result as JSON with the captions and their credits', () => {
		const {code, out} = run([seed, '--url', seedUrl, '--format', 'json']);
		expect(code).toBe(0);
		const article = JSON.parse(out);
		expect(article.captions.map((caption: {credit: string}) => caption.credit)).toEqual(['AFP/Getty', 'Iran Press/AFP/Getty Images', 'Getty Images']);
		expect(article.title).toBe('Rockets hit Baghdad Green Zone near US embassy after Trump rows back on Iran war threats');
		expect(article.removed.length).toBeGreaterThan(5);
	});

	it('prints Markdown and HTML', () => {
		expect(run([seed, '--format', 'markdown']).out).toMatch(/^Air raid sirens/m);
		const html = run([seed, '--format', 'html']);
		expect(html.code).toBe(0);
		expect(html.out).toContain('<p>Air raid sirens');
		expect(html.out).not.toContain('<script');
	});

	it('reads the page from standard input with -', () => {
		const page = loadFixture('seed-metro-wordpress-jetpack').source;
		const {code, out} = run(['-', '--url', seedUrl], page);
		expect(code).toBe(0);
		expect(out).toContain('Tensions between America and Iran');
	});

	it('exits 3 with one line on stderr when the page holds no article', () => {
		const listing = fileURLToPath(new URL('./fixtures/homepage-listing/source.html', import.meta.url));
		const {code, out, err} = run([listing]);
		expect(code).toBe(3);
		expect(out).toBe('');
		expect(err.trim().split('\n')).toHaveLength(1);
		expect(err).toMatch(/^clearpage: no article/);
	});

	it('reads a page saved in its own legacy encoding or in UTF-16, as a browser would', () => {
		const dir = mkdtempSync(join(tmpdir(), 'clearpage-cli-'));
		const paragraph = '<p>Le café du quai a rouvert ses portes après des mois de travaux, et les habitués sont revenus dès le premier matin.</p>';
		const page = (charset: string) => `<html><head><meta charset="${charset}"><title>Café crème</title></head><body><article><h1>Café crème</h1>${paragraph.repeat(6)}</article></body></html>`;
		writeFileSync(join(dir, 'latin.html'), Buffer.from(page('windows-1252'), 'latin1'));
		writeFileSync(join(dir, 'utf16.html'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('utf-8'), 'utf16le')]));
		for (const name of ['latin.html', 'utf16.html']) {
			const {code, out} = run([join(dir, name)]);
			expect(code, name).toBe(0);
			expect(out, name).toContain('les habitués sont revenus dès le premier matin');
		}
	});

	it('stops quietly when the reader of its output stops early (| head)', () => {
		// Far more output than a pipe holds (64 KB): text, HTML and Markdown of 300 paragraphs.
		const paragraphs = Array.from({length: 300}, (_, n) => `<p>Paragraph ${n + 1} of the report, in which the council sets out once more why the harbour ferry timetable had to change this winter.</p>`);
		const big = `<html><body><article><h1>The report</h1>${paragraphs.join('')}</article></body></html>`;
		const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" - --format json | head -c 11`], {input: big, encoding: 'utf8'});
		expect(result.stdout).toBe('{\n  "kind":');
		expect(result.stderr).toBe('');
	});

	it('exits 2 on bad usage or an unreadable file, without a stack trace', () => {
		// A binary file (a picture, a program) is no page, whatever text it happens to hold.
		const binary = join(mkdtempSync(join(tmpdir(), 'clearpage-cli-')), 'photo.html');
		writeFileSync(binary, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('<p>A caption hidden in the bytes of a picture.</p>'.repeat(20))]));
		for (const args of [[], [seed, '--format', 'pdf'], [seed, '--bogus'], ['/no/such/file.html'], [seedDir], [binary]]) {
			const {code, err} = run(args);
			expect(code, args.join(' ')).toBe(2);
			expect(err).toMatch(/^clearpage: /);
			expect(err).not.toMatch(/\n\s+at /);
		}
	});
});
