// build.mjs on a copy of the project: what it ships is complete or it fails, and the store zips
// hold exactly the shipped folders. A copy, so dist/ of the working tree is never touched.
import {spawnSync} from 'node:child_process';
import {cp, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import JSZip from 'jszip';
import {afterAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const copies: string[] = [];

async function copyProject(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'clearpage-build-'));
	copies.push(dir);
	for (const entry of ['build.mjs', 'manifest.json', 'package.json', 'src', 'icons']) await cp(join(root, entry), join(dir, entry), {recursive: true});
	await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

function runBuild(dir: string, ...args: string[]) {
	// CLEARPAGE_TEST_HOSTS would give every build host access: these check the builds as shipped.
	const {CLEARPAGE_TEST_HOSTS: _, ...env} = process.env;
	const result = spawnSync(process.execPath, ['build.mjs', ...args], {cwd: dir, encoding: 'utf8', env});
	return {code: result.status, out: result.stdout, err: result.stderr};
}

async function filesOf(dir: string): Promise<string[]> {
	const entries = await readdir(dir, {recursive: true, withFileTypes: true});
	return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}

afterAll(async () => {
	for (const dir of copies) await rm(dir, {recursive: true, force: true});
});

describe('build.mjs', () => {
	it('fails, naming the file, when a file it ships is missing (renamed or deleted)', async () => {
		const dir = await copyProject();
		await rm(join(dir, 'src/options/options.css'));
		const {code, err} = runBuild(dir);
		expect(code).toBe(1);
		expect(err).toContain('src/options/options.css');
	});

	it('fails when a page of the extension names a file the build does not ship', async () => {
		const dir = await copyProject();
		const popup = join(dir, 'src/popup/popup.html');
		await writeFile(popup, (await readFile(popup, 'utf8')).replace('href="popup.css"', 'href="popup-theme.css"'));
		const {code, err} = runBuild(dir);
		expect(code).toBe(1);
		expect(err).toMatch(/dist\/(test-)?(chrome|firefox) names popup-theme\.css/);
	});

	it('--package writes the two store zips, each holding exactly its shipped folder', async () => {
		const dir = await copyProject();
		const {code, err} = runBuild(dir, '--package');
		expect(code, err).toBe(0);
		const {version} = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {version: string};
		for (const browser of ['chrome', 'firefox']) {
			const zip = await JSZip.loadAsync(await readFile(join(dir, `dist/clearpage-${browser}-${version}.zip`)));
			const entries = Object.values(zip.files).filter(entry => !entry.dir).map(entry => entry.name).sort();
			const shipped = await filesOf(join(dir, `dist/${browser}`));
			expect(entries, browser).toEqual(shipped);
			expect(entries, browser).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'content.js', '_locales/en/messages.json', 'icons/icon-128.png']));
			const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {host_permissions?: string[]};
			expect(manifest.host_permissions ?? [], `${browser}: the zip is the shipped build, not a test build`).toEqual([]);
		}
	});
});
