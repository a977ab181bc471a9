import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {cleanHtml} from './node/clean-html.js';
import {decodeHtml} from './node/decode.js';
import type {Article} from './core/types.js';

const USAGE = 'usage: clearpage FILE|- [--url URL] [--format text|markdown|html|json] [--force]';
const HELP = `${USAGE}

Cleans a saved news page (FILE, or - for standard input) and prints its article.
  --url URL     the page's address, for its links and pictures (default: the file's)
  --format      text, markdown or html: the article's body; json: everything
                (title, byline, date, captions, what was removed and why)
  --force       print what there is even when the page holds no article

Exit status: 0 an article, 1 an internal error, 2 bad usage or an unreadable file,
3 no article on the page.`;
const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Exit codes: 0 an article, 1 an internal error, 2 bad usage or unreadable input, 3 no article on the page. */
function main(argv: string[]): number {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {url: {type: 'string'}, format: {type: 'string', default: 'text'}, force: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}},
		});
	} catch (error) {
		return fail(2, `${(error as Error).message}\n${USAGE}`);
	}
	const {values, positionals} = args;
	if (values.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	const format = values.format as Format;
	if (positionals.length !== 1 || !FORMATS.includes(format)) return fail(2, USAGE);
	const file = positionals[0]!;
	const url = values.url ?? (file === '-' ? 'about:blank' : new URL(file, `file://${process.cwd()}/`).href);
	if (!isUrl(url)) return fail(2, `not a URL: ${url}`);

	let html: string | undefined;
	try {
		html = decodeHtml(readFileSync(file === '-' ? 0 : file));
	} catch (error) {
		return fail(2, `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
	if (html === undefined) return fail(2, `${file} is not a web page: it holds binary data`);
	let result;
	try {
		result = cleanHtml(html, {url, force: values.force});
	} catch (error) {
		return fail(1, `could not clean ${file}: ${(error as Error).message}`);
	}
	if (result.kind === 'not-article') return fail(3, `no article: ${result.reason}`);
	process.stdout.write(`${render(result, format)}\n`);
	return 0;
}

function render(article: Article, format: Format): string {
	switch (format) {
		case 'json':
			return JSON.stringify(article, null, 2);
		case 'html':
			return article.html;
		case 'markdown':
			return article.markdown;
		case 'text':
			return article.text;
	}
}

function isUrl(value: string): boolean {
	try {
		new URL(value);
		return true;
	} catch {
		return false;
	}
}

function fail(code: number, message: string): number {
	process.stderr.write(`clearpage: ${message}\n`);
	return code;
}

// A reader that stops early (`clearpage page.html | head`) closes the pipe: that is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	process.exit(process.exitCode ?? 0);
});
process.exitCode = main(process.argv.slice(2));
