// The suite in four projects, so the quick loop stays quick: `npm run test:unit` runs `unit`
// alone; `npm test` runs them all. Time limits here only stop a hung test: they are far above
// what any test needs on two busy cores, and no test passes or fails by how fast it ran.
import {defineConfig} from 'vitest/config';
import type {TestProjectInlineConfiguration} from 'vitest/config';

/**
 * Node files that take most of a minute alone: generated hard pages, fast-check, CLI and build
 * processes, and the hostile pages (every output run in a scripted jsdom: half of the unit time).
 */
const stress = ['tests/hard-pages.test.ts', 'tests/properties.test.ts', 'tests/cli.test.ts', 'tests/build.test.ts', 'tests/hostile.test.ts'];
const browsers = ['tests/e2e/**', 'tests/firefox/**'];

/** Two workers for the Node files, one per core. */
const nodeLimits = {maxWorkers: 2};

/** A browser test waits on a browser that shares the cores with everything else. */
const browserLimits = {
	testTimeout: 180_000,
	hookTimeout: 180_000,
	// expect.poll waits for something the extension does in its own time (a badge, an attribute).
	expect: {poll: {timeout: 30_000}},
	// Each file starts its own browser and mostly waits on it: two files at once, once the Node
	// projects are done (their CPU-bound files would only slow the browsers down).
	maxWorkers: 2,
	sequence: {groupOrder: 1},
};

const projects: TestProjectInlineConfiguration[] = [
	{
		test: {
			name: 'unit',
			include: ['tests/**/*.test.ts'],
			exclude: [...stress, ...browsers],
			// One module graph per worker instead of one per file: every file imports jsdom, and
			// importing it again for each file was most of the run. The files share no state.
			isolate: false,
			testTimeout: 60_000,
			...nodeLimits,
		},
	},
	{test: {name: 'stress', include: stress, testTimeout: 180_000, hookTimeout: 180_000, ...nodeLimits}},
	{test: {name: 'chromium', include: ['tests/e2e/**/*.e2e.test.ts'], ...browserLimits}},
	{test: {name: 'firefox', include: ['tests/firefox/**/*.test.ts'], ...browserLimits}},
];

export default defineConfig({test: {projects}});
