// Builds every target with esbuild, in parallel: the Node library and CLI, and the extension for
// Chrome and Firefox. `--package` also zips the shipped builds for the stores (web-ext build);
// `--dev` (npm run dev) builds without minifying, with source maps, and rebuilds on every change.
import {build, context} from 'esbuild';
import {chmod, cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {existsSync, watch} from 'node:fs';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const dev = process.argv.includes('--dev');
const dist = new URL('./dist/', import.meta.url);

/** Extension contexts: one bundle each, for the browser. */
const extensionEntries = {
	content: 'src/content/index.ts',
	background: 'src/background.ts',
	popup: 'src/popup/popup.ts',
	options: 'src/options/options.ts',
};
/** Copied as they are, beside the bundles. */
const staticFiles = [
	'src/popup/popup.html',
	'src/popup/popup.css',
	'src/options/options.html',
	'src/options/options.css',
	'src/view/reader.css',
];
const localesDir = 'src/_locales';
/**
 * Fonts the reader offers besides the system's (src/view/fonts.ts names their faces): the woff2
 * files of the latin and latin-ext subsets, with each font's licence (OFL), into fonts/.
 */
const fontPackages = ['atkinson-hyperlegible', 'opendyslexic'];
const fontFile = /-latin(?:-ext)?-\d{3}-(?:normal|italic)\.woff2$/;

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

const node = {bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning'};
/** The CLI is run as a program (package.json `bin`). */
const executable = {
	name: 'executable',
	setup(builder) {
		builder.onEnd(result => result.errors.length === 0 ? chmod(builder.initialOptions.outfile, 0o755) : undefined);
	},
};
const nodeBuilds = [
	{...node, entryPoints: ['src/node/clean-html.ts'], outfile: 'dist/lib/clearpage.mjs'},
	{...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.mjs', banner: {js: '#!/usr/bin/env node'}, plugins: [executable]},
];

/** Stops the build with one line: a renamed or deleted source must never drop out of a build silently. */
function fail(message) {
	console.error(`build.mjs: ${message}`);
	process.exit(1);
}

const sources = [...nodeBuilds.flatMap(options => options.entryPoints), ...Object.values(extensionEntries), ...staticFiles, 'manifest.json', `${localesDir}/en/messages.json`];
const missing = sources.filter(file => !existsSync(file));
if (missing.length > 0) fail(`missing ${missing.join(', ')} (renamed? update the lists in build.mjs)`);

await rm(dist, {recursive: true, force: true});

function extensionOptions({dir, test}) {
	return {
		entryPoints: extensionEntries,
		outdir: fileURLToPath(new URL(dir, dist)),
		bundle: true,
		minify: !dev,
		sourcemap: dev ? 'inline' : false,
		format: 'iife',
		target: ['chrome123', 'firefox140'],
		platform: 'browser',
		legalComments: 'none',
		logLevel: 'warning',
		// The overlay's shadow root gets its CSS as text (no web_accessible_resources needed).
		loader: {'.css': 'text'},
		define: {__CLEARPAGE_TEST__: String(test)},
	};
}

/** Everything of a target that is not a bundle: pages, styles, icons, messages, its manifest. */
async function copyFiles({browser, dir, test}) {
	const out = new URL(`${dir}/`, dist);
	await mkdir(out, {recursive: true});
	await Promise.all(staticFiles.map(file => cp(file, new URL(file.split('/').pop(), out))));
	// The PNGs only: icons/draw.mjs, which drew them, is no part of the extension.
	await cp('icons', new URL('icons', out), {recursive: true, filter: source => !source.endsWith('.mjs')});
	await cp(localesDir, new URL('_locales', out), {recursive: true});
	await copyFonts(new URL('fonts/', out));
	const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
	await writeFile(new URL('manifest.json', out), `${JSON.stringify(forBrowser(manifest, browser, test), null, '\t')}\n`);
}

async function copyFonts(out) {
	await mkdir(out, {recursive: true});
	await Promise.all(fontPackages.map(async name => {
		const dir = `node_modules/@fontsource/${name}/`;
		if (!existsSync(dir)) fail(`missing ${dir} (npm ci installs it)`);
		const files = (await readdir(`${dir}files`)).filter(file => fontFile.test(file));
		await Promise.all([
			...files.map(file => cp(`${dir}files/${file}`, new URL(file, out))),
			cp(`${dir}LICENSE`, new URL(`${name}-LICENSE.txt`, out)),
		]);
	}));
}

/**
 * One manifest serves both browsers; each drops the key it rejects: Chrome warns on
 * `background.scripts`, and Firefox's MV3 runs background scripts, not service workers.
 */
function forBrowser(source, browser, test) {
	const copy = structuredClone(source);
	if (browser === 'chrome') {
		delete copy.background.scripts;
		delete copy.browser_specific_settings;
	} else {
		delete copy.background.service_worker;
		// Firefox has no tts API (and warns on the permission): its pages speak with speechSynthesis.
		copy.permissions = copy.permissions.filter(permission => permission !== 'tts');
	}
	if (process.env.CLEARPAGE_TEST_HOSTS) copy.host_permissions = process.env.CLEARPAGE_TEST_HOSTS.split(',');
	else if (test) copy.host_permissions = ['http://127.0.0.1/*'];
	return copy;
}

/** Every file a built folder names (manifest, pages, the injected content script) is in it. */
async function checkShipped({dir}) {
	const out = new URL(`${dir}/`, dist);
	const built = JSON.parse(await readFile(new URL('manifest.json', out), 'utf8'));
	const named = [
		...Object.keys(extensionEntries).map(name => `${name}.js`),
		...Object.values(built.icons ?? {}),
		...Object.values(built.action?.default_icon ?? {}),
		built.action?.default_popup,
		built.options_ui?.page,
		built.background?.service_worker,
		...built.background?.scripts ?? [],
		`_locales/${built.default_locale}/messages.json`,
	].filter(Boolean);
	for (const page of (await readdir(out)).filter(name => name.endsWith('.html'))) {
		const html = await readFile(new URL(page, out), 'utf8');
		for (const [, file] of html.matchAll(/\b(?:src|href)="(?!#|[a-z]+:)([^"?#]+)"/g)) named.push(file);
	}
	// A pattern of web_accessible_resources ("fonts/*.woff2") must match a file, or the fonts are gone.
	for (const pattern of (built.web_accessible_resources ?? []).flatMap(entry => entry.resources)) {
		const [folder, glob] = [pattern.slice(0, pattern.lastIndexOf('/') + 1), pattern.slice(pattern.lastIndexOf('/') + 1)];
		const suffix = glob.replace(/^\*/, '');
		if (!existsSync(new URL(folder, out)) || !(await readdir(new URL(folder, out))).some(file => file.endsWith(suffix))) named.push(pattern);
	}
	const absent = [...new Set(named)].filter(file => !existsSync(new URL(file, out)));
	if (absent.length > 0) fail(`dist/${dir} names ${absent.join(', ')}, which it does not hold`);
}

async function buildTarget(target) {
	await build(extensionOptions(target));
	await copyFiles(target);
	await checkShipped(target);
}

/** Zips the shipped builds as the stores take them, with Mozilla's web-ext (a dev dependency already, for lint). */
async function packageBuilds() {
	const {cmd} = await import('web-ext');
	for (const browser of ['chrome', 'firefox']) {
		const {extensionPath} = await cmd.build({
			sourceDir: fileURLToPath(new URL(`${browser}/`, dist)),
			artifactsDir: fileURLToPath(dist),
			filename: `clearpage-${browser}-{version}.zip`,
			overwriteDest: true,
		}, {showReadyMessage: false});
		console.log(`wrote ${extensionPath}`);
	}
}

/**
 * `npm run dev`: every target in watch mode. esbuild rebuilds a bundle when a file it imported
 * changes; the copied files (pages, styles, messages, manifest, icons) are watched here, by their
 * folders, since an editor that saves by renaming ends a watch on the file itself.
 */
async function watchAll() {
	const time = () => new Date().toLocaleTimeString();
	const announce = {
		name: 'announce',
		setup(builder) {
			const out = relative('.', builder.initialOptions.outfile ?? builder.initialOptions.outdir);
			builder.onEnd(result => console.log(`${time()} built ${out}${result.errors.length ? ` with ${result.errors.length} errors` : ''}`));
		},
	};
	const contexts = await Promise.all([
		...nodeBuilds.map(options => context({...options, sourcemap: 'inline', plugins: [...options.plugins ?? [], announce]})),
		...targets.map(target => context({...extensionOptions(target), plugins: [announce]})),
	]);
	await Promise.all(targets.map(copyFiles));
	await Promise.all(contexts.map(ctx => ctx.watch()));
	const copied = new Set([...staticFiles, 'manifest.json']);
	// One save fires several events: copy once they stop, and never two copies at once.
	let timer;
	let copying = Promise.resolve();
	const recopy = file => {
		if (!copied.has(file) && !file.startsWith(`${localesDir}/`) && !file.startsWith('icons/')) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			copying = copying
				.then(() => Promise.all(targets.map(copyFiles)))
				.then(() => console.log(`${time()} copied ${file}`), error => console.error(error.message));
		}, 100);
	};
	watch('src', {recursive: true}, (_, name) => name && recopy(`src/${name}`));
	watch('icons', (_, name) => name && recopy(`icons/${name}`));
	watch('.', (_, name) => name && recopy(name));
	console.log('watching src/, manifest.json and icons/ (Ctrl+C stops)');
}

if (dev) {
	await watchAll();
} else {
	await Promise.all([...nodeBuilds.map(options => build(options)), ...targets.map(buildTarget)]);
	if (process.argv.includes('--package')) await packageBuilds();
}
