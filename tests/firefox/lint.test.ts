// The Firefox build as addons.mozilla.org would judge it: `web-ext lint --source-dir dist/firefox`.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';
import {copyBuild} from './test-build.js';

const webExt = fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url));

interface Message {
	code: string;
	message: string;
	description: string;
	file?: string;
	line?: number;
}

interface LintReport {
	summary: {errors: number; notices: number; warnings: number};
	errors: Message[];
	warnings: Message[];
	notices: Message[];
}

const describeMessage = ({code, description, file, line}: Message) =>
	`${code} ${file ?? ''}${line ? `:${line}` : ''}: ${description}`;

it('dist/firefox passes web-ext lint with 0 errors', async () => {
	// A copy, so a rebuild of dist/ while the linter reads cannot fail it.
	const build = await copyBuild('firefox');
	// The CLI, not web-ext's JS API, so this is exactly the check a developer runs by hand.
	// NO_UPDATE_NOTIFIER: web-ext would otherwise ask the npm registry for a newer version.
	// The timeout only ends a hung linter (spawnSync blocks the test's own timeout): it takes 5-20 s.
	const result = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', build.dir, '--output', 'json', '--no-config-discovery'], {
		encoding: 'utf8',
		env: {...process.env, NO_UPDATE_NOTIFIER: '1'},
		timeout: 170_000,
	});
	await build.remove();
	// web-ext exits 1 when the linter finds errors, so read the report rather than the exit code.
	let report: LintReport;
	try {
		report = JSON.parse(result.stdout) as LintReport;
	} catch {
		throw new Error(`web-ext lint printed no JSON report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	expect(report.errors.map(describeMessage)).toEqual([]);
	expect(report.summary.errors).toBe(0);
	// The warnings known and read: innerHTML inside Readability (2, content.js) and DOMPurify's parser
	// fallback (1 per bundle). Any other, or a count that moves (our own innerHTML, a library update),
	// fails here to be looked at.
	const found: Record<string, number> = {};
	for (const {code, file} of report.warnings) found[`${code} ${file}`] = (found[`${code} ${file}`] ?? 0) + 1;
	expect(found, report.warnings.map(describeMessage).join('\n')).toEqual({'UNSAFE_VAR_ASSIGNMENT content.js': 3, 'UNSAFE_VAR_ASSIGNMENT popup.js': 1});
	expect(report.notices.map(describeMessage)).toEqual([]);
});
