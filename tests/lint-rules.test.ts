// The layer and HTML rules of eslint.config.js, run through ESLint itself on small sources placed
// where they would sit in src/: each rule stops what it is for and lets the real imports through.
// (`npm run lint` checks the tree; this checks that the rules would notice a wrong import.)
import {ESLint} from 'eslint';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const eslint = new ESLint({cwd: fileURLToPath(new URL('..', import.meta.url))});

/** The rules that fire on `code` as the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath: path});
	return result!.messages.map(message => message.ruleId ?? message.message);
}

const importing = (from: string) => `import {x} from '${from}';\nexport const y = x;\n`;

describe('layer rules', () => {
	it.each([
		['src/core/x.ts', '../popup/popup.js'],
		['src/core/x.ts', '../messages.js'],
		['src/core/clutter/x.ts', '../../view/render-article.js'],
		['src/core/x.ts', 'webextension-polyfill'],
		['src/core/x.ts', 'node:fs'],
		['src/view/x.ts', '../popup/screens.js'],
		['src/view/x.ts', '../content/reading-mode.js'],
		['src/view/x.ts', '../background.js'],
		['src/view/x.ts', '../options/options.js'],
		['src/view/listen/x.ts', '../../content/index.js'],
		['src/node/x.ts', '../messages.js'],
		['src/node/x.ts', '../view/copy-content.js'],
		['src/node/x.ts', 'webextension-polyfill'],
		['src/cli.ts', './popup/popup.js'],
		['src/popup/x.ts', '../content/page-article.js'],
		['src/popup/x.ts', '../options/options.js'],
		['src/content/x.ts', '../popup/screens.js'],
		['src/options/x.ts', '../popup/popup.js'],
		['src/background.ts', './content/index.js'],
		['src/messages.ts', './popup/screens.js'],
		['src/popup/x.ts', 'jsdom'],
	])('%s may not import %s', async (path, from) => {
		expect(await problems(path, importing(from))).toEqual(['no-restricted-imports']);
	});

	it('stops a re-export as well as an import', async () => {
		expect(await problems('src/core/x.ts', `export {x} from '../popup/popup.js';\n`)).toEqual(['no-restricted-imports']);
	});

	it.each([
		['src/core/clutter/x.ts', '../dom-text.js'],
		['src/core/x.ts', 'dompurify'],
		['src/view/x.ts', '../core/index.js'],
		['src/view/listen/x.ts', '../translate.js'],
		['src/content/x.ts', '../view/render-article.js'],
		['src/popup/x.ts', '../options/storage.js'],
		['src/content/x.ts', '../options/storage.js'],
		['src/node/x.ts', '../core/clean.js'],
		['src/cli.ts', './node/clean-html.js'],
		['src/i18n.ts', './view/translate.js'],
	])('%s may import %s', async (path, from) => {
		expect(await problems(path, importing(from))).toEqual([]);
	});
});

describe('HTML strings into the DOM', () => {
	it.each([
		'el.innerHTML = html;',
		'el.outerHTML = html;',
		'el.innerHTML += html;',
		"el['innerHTML'] = html;",
		"el.insertAdjacentHTML('beforeend', html);",
		'document.createRange().createContextualFragment(html);',
		'document.write(html);',
	])('src/ may not write `%s`', async statement => {
		const code = `export function f(el: Element, html: string): void {\n\t${statement}\n}\n`;
		expect(await problems('src/view/x.ts', code)).toEqual(['no-restricted-syntax']);
	});

	it('src/ may read innerHTML, and tests may build pages with it', async () => {
		expect(await problems('src/view/x.ts', 'export const f = (el: Element): string => el.innerHTML;\n')).toEqual([]);
		expect(await problems('tests/x.test.ts', 'export function f(el: Element): void {\n\tel.innerHTML = \'<p>x</p>\';\n}\n')).toEqual([]);
	});
});
