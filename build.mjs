// Builds every target with esbuild: the Node library and CLI, and the extension for Chrome and Firefox.
import {build} from 'esbuild';
import {chmod, cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateRawSync} from 'node:zlib';

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
await chmod('dist/cli.mjs', 0o755);

/** Extension contexts: one bundle each, minified, for the browser. */
const extensionEntries = {
	content: 'src/content/index.ts',
	background: 'src/background.ts',
	popup: 'src/popup/popup.ts',
	options: 'src/options/options.ts',
};
const staticFiles = [
	'src/popup/popup.html',
	'src/popup/popup.css',
	'src/options/options.html',
	'src/options/options.css',
	'src/view/reader.css',
];

/**
 * Shipped builds, plus test builds for the browser e2e tests: these get host access to
 * the local test server (activeTab is never granted under automation, docs/e2e.md) and
 * the test hooks behind `__CLEARPAGE_TEST__`. Never ship a test-* folder.
 */
const targets = [
	{browser: 'chrome', dir: 'chrome', test: false},
	{browser: 'firefox', dir: 'firefox', test: false},
	{browser: 'chrome', dir: 'test-chrome', test: true},
	{browser: 'firefox', dir: 'test-firefox', test: true},
];

for (const {browser, dir, test} of targets) {
	const out = new URL(`${dir}/`, dist);
	const entryPoints = Object.fromEntries(Object.entries(extensionEntries).filter(([, file]) => existsSync(file)));
	await build({
		entryPoints,
		outdir: out.pathname,
		bundle: true,
		minify: true,
		format: 'iife',
		target: ['chrome123', 'firefox140'],
		platform: 'browser',
		legalComments: 'none',
		logLevel: 'warning',
		// The overlay's shadow root gets its CSS as text (no web_accessible_resources needed).
		loader: {'.css': 'text'},
		define: {__CLEARPAGE_TEST__: String(test)},
	});
	await mkdir(out, {recursive: true});
	for (const file of staticFiles.filter(existsSync)) await cp(file, new URL(file.split('/').pop(), out));
	// The PNGs only: icons/draw.mjs, which drew them, is no part of the extension.
	await cp('icons', new URL('icons', out), {recursive: true, filter: source => !source.endsWith('.mjs')});
	if (existsSync('src/_locales')) await cp('src/_locales', new URL('_locales', out), {recursive: true});
	const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
	await writeFile(new URL('manifest.json', out), `${JSON.stringify(forBrowser(manifest, browser, test), null, '\t')}\n`);
}

/**
 * One manifest serves both browsers; each drops the key it rejects:
 * Chrome warns on `background.scripts`, Firefox MV3 has no service workers
 * (bugzilla 1573659) and reads `scripts` instead.
 */
function forBrowser(manifest, browser, test) {
	const copy = structuredClone(manifest);
	if (browser === 'chrome') {
		delete copy.background.scripts;
		delete copy.browser_specific_settings;
	} else {
		delete copy.background.service_worker;
	}
	if (process.env.CLEARPAGE_TEST_HOSTS) copy.host_permissions = process.env.CLEARPAGE_TEST_HOSTS.split(',');
	else if (test) copy.host_permissions = ['http://127.0.0.1/*'];
	return copy;
}

if (process.argv.includes('--package')) {
	const {version} = JSON.parse(await readFile('manifest.json', 'utf8'));
	for (const browser of ['chrome', 'firefox']) {
		const zip = new URL(`clearpage-${browser}-${version}.zip`, dist);
		await writeFile(zip, await zipFolder(new URL(`${browser}/`, dist)));
		console.log(`wrote ${zip.pathname}`);
	}
}

/** A store-ready zip of a folder (deflate, no extra tools needed in CI). */
async function zipFolder(folder) {
	const files = (await readdir(folder, {recursive: true, withFileTypes: true}))
		.filter(entry => entry.isFile())
		.map(entry => relative(fileURLToPath(folder), join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	const local = [];
	const central = [];
	let offset = 0;
	for (const name of files) {
		const data = await readFile(new URL(name, folder));
		const packed = deflateRawSync(data);
		const nameBytes = Buffer.from(name);
		const fields = {crc: crc32(data), packed: packed.length, size: data.length};
		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0);
		writeEntryFields(header, 4, fields, nameBytes.length);
		local.push(header, nameBytes, packed);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		writeEntryFields(entry, 6, fields, nameBytes.length);
		entry.writeUInt32LE(offset, 42);
		central.push(entry, nameBytes);
		offset += header.length + nameBytes.length + packed.length;
	}
	const centralSize = central.reduce((sum, part) => sum + part.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...local, ...central, end]);
}

/** The fields local and central zip headers share, from "version needed" to the name length. */
function writeEntryFields(buffer, at, {crc, packed, size}, nameLength) {
	buffer.writeUInt16LE(20, at);
	buffer.writeUInt16LE(0, at + 2);
	buffer.writeUInt16LE(8, at + 4);
	buffer.writeUInt16LE(0, at + 6);
	buffer.writeUInt16LE(0x21, at + 8);
	buffer.writeUInt32LE(crc, at + 10);
	buffer.writeUInt32LE(packed, at + 14);
	buffer.writeUInt32LE(size, at + 18);
	buffer.writeUInt16LE(nameLength, at + 22);
}
