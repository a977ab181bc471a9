// Runs a TypeScript script under Node 20 (which cannot strip types): bundles it with esbuild
// into a temporary module next to it, imports it, then removes the bundle.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const entry = resolve(process.argv[2] ?? '');
const outfile = join(dirname(entry), `.${basename(entry, '.ts')}.${process.pid}.mjs`);
await build({entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning'});
try {
	await import(pathToFileURL(outfile).href);
} finally {
	await rm(outfile, {force: true});
}
