// The Firefox builds under test, each copied to a temporary folder of its own.
import {cp, mkdtemp, readFile, rm} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface TestBuild {
	dir: string;
	geckoId: string;
	hostPermissions: string[];
	remove(): Promise<void>;
}

/**
 * Copies `dist/firefox` (as shipped) or `dist/test-firefox` (build.mjs adds host access to
 * http://127.0.0.1/* and the test hooks). Firefox reads a temporary add-on's files while it runs,
 * so a copy keeps a rebuild of dist/ during the tests from pulling files out from under it.
 */
export async function copyBuild(name: 'firefox' | 'test-firefox'): Promise<TestBuild> {
	const source = path.join(dist, name);
	if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`dist/${name} is missing: run \`npm run build\` first`);
	const dir = await mkdtemp(path.join(tmpdir(), `clearpage-${name}-`));
	await cp(source, dir, {recursive: true});
	const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
	return {
		dir,
		geckoId: manifest.browser_specific_settings.gecko.id,
		hostPermissions: manifest.host_permissions ?? [],
		remove: () => rm(dir, {recursive: true, force: true}),
	};
}
