// Runs a TypeScript script under Node 20 (which cannot strip types): bundles it with esbuild
// into a temporary module next to it, imports it, and removes the bundle when the process exits.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const entry = resolve(process.argv[2] ?? '');
const outfile = join(dirname(entry), `.${basename(entry, '.ts')}.${process.pid}.mjs`);
// In one bundle every import.meta.url would be the bundle's; each module resolves paths against
// its own file (tests/helpers.ts finds tests/fixtures/), so give each one back its own URL.
const ownUrl = {
	name: 'own-import-meta-url',
	setup(builder) {
		builder.onLoad({filter: /\.m?[jt]s$/}, async ({path}) => ({
			contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
			loader: path.endsWith('.ts') ? 'ts' : 'js',
		}));
	},
};
await build({entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', plugins: [ownUrl]});
// Removed however the script ends, process.exit() included.
process.on('exit', () => rmSync(outfile, {force: true}));
await import(pathToFileURL(outfile).href);
