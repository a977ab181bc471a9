// `npm run test:fixture -- <slug>… [vitest options…]`: the golden fixture tests
// (tests/fixtures.test.ts) for those fixtures only. A name may be the start of a slug
// (seed-metro); `-u` rewrites their expected.txt. Same as FIXTURE=<slug>,… on the command.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const args = process.argv.slice(2);
const firstOption = args.findIndex(arg => arg.startsWith('-'));
const names = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
if (names.length === 0) {
	console.error('usage: npm run test:fixture -- <slug or its start>… [vitest options]   (fixtures: ls tests/fixtures)');
	process.exit(2);
}
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', 'tests/fixtures.test.ts', ...options], {
	stdio: 'inherit',
	env: {...process.env, FIXTURE: names.join(',')},
});
process.exit(run.status ?? 1);
