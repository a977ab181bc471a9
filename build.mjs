// Builds every target with esbuild: the Node library and CLI, and the extension for Chrome and Firefox.
import {build} from 'esbuild';
import {cp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';

const dist = new URL('./dist/', import.meta.url);
await rm(dist, {recursive: true, force: true});

const node = {bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning'};
await build({...node, entryPoints: ['src/node/clean-html.ts'], outfile: 'dist/lib/clearpage.mjs'});
await build({
	...node,
	entryPoints: ['src/cli.ts'],
	outfile: 'dist/cli.mjs',
	banner: {js: '#!/usr/bin/env node'},
});

/** Extension contexts: one bundle each, minified, for the browser. */
const extensionEntries = {
	content: 'src/content/index.ts',
	background: 'src/background.ts',
	popup: 'src/popup/popup.ts',
	options: 'src/options/options.ts',
};
const staticFiles = ['src/popup/popup.html', 'src/options/options.html', 'src/view/reader.css'];

for (const browser of ['chrome', 'firefox']) {
	const out = new URL(`${browser}/`, dist);
	const entryPoints = Object.fromEntries(Object.entries(extensionEntries).filter(([, file]) => existsSync(file)));
	await build({
		entryPoints,
		outdir: out.pathname,
		bundle: true,
		minify: true,
		format: 'iife',
		target: ['chrome120', 'firefox121'],
		platform: 'browser',
		legalComments: 'none',
		logLevel: 'warning',
	});
	await mkdir(out, {recursive: true});
	for (const file of staticFiles.filter(existsSync)) await cp(file, new URL(file.split('/').pop(), out));
	await cp('icons', new URL('icons', out), {recursive: true});
	if (existsSync('src/_locales')) await cp('src/_locales', new URL('_locales', out), {recursive: true});
	const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
	await writeFile(new URL('manifest.json', out), `${JSON.stringify(forBrowser(manifest, browser), null, '\t')}\n`);
}

/**
 * One manifest serves both browsers; each drops the key it rejects:
 * Chrome warns on `background.scripts`, Firefox MV3 has no service workers
 * (bugzilla 1573659) and reads `scripts` instead.
 */
function forBrowser(manifest, browser) {
	const copy = structuredClone(manifest);
	if (browser === 'chrome') {
		delete copy.background.scripts;
		delete copy.browser_specific_settings;
	} else {
		delete copy.background.service_worker;
	}
	if (process.env.CLEARPAGE_TEST_HOSTS) copy.host_permissions = process.env.CLEARPAGE_TEST_HOSTS.split(',');
	return copy;
}
