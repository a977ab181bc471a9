// `npm run lint`: the recommended JavaScript and TypeScript rules everywhere, and for src/ the two
// conventions a reviewer would otherwise check by memory: the layers of README's "How it is built"
// (eslint-layers.js) and no HTML string written into a live DOM outside DOMPurify.
import js from '@eslint/js';
import globals from 'globals';
import {defineConfig} from 'eslint/config';
import tseslint from 'typescript-eslint';
import {layerConfigs} from './eslint-layers.js';

/** Ways to turn a string into live DOM. Page HTML reaches the screen only as DOMPurify's nodes. */
const htmlWrites = [
	'AssignmentExpression > MemberExpression.left[property.name=/^(?:inner|outer)HTML$/]',
	'AssignmentExpression > MemberExpression.left[property.value=/^(?:inner|outer)HTML$/]',
	'CallExpression[callee.property.name=/^(?:insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
	'CallExpression[callee.object.name="document"][callee.property.name=/^write(?:ln)?$/]',
].map(selector => ({selector, message: 'HTML strings reach the DOM only through src/core/sanitize.ts (sanitizeToFragment): build nodes, or sanitize.'}));

export default defineConfig(
	{ignores: ['dist/', 'scratch/', 'bench-results/', 'test-results/', 'tests/fixtures/']},
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		linterOptions: {reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error'},
		rules: {
			// `_state`: a parameter a handler takes to reach the next one; `{drop: _, ...rest}` omits a key.
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none'}],
			// A slash ends a regex literal outside a class, so `[\/]` is escaped by habit, harmlessly.
			'no-useless-escape': ['error', {allowRegexCharacters: ['/']}],
			// Matching control characters is the point where URLs, JSON-LD and hostile input are cleaned.
			'no-control-regex': 'off',
		},
	},
	{files: ['src/**'], languageOptions: {globals: globals.browser}},
	{files: ['src/cli.ts', 'src/node/**', 'tests/**', 'scripts/**', 'icons/**', 'examples/**', '*.js', '*.mjs', '*.ts'], languageOptions: {globals: globals.node}},
	{files: ['src/**'], rules: {'no-restricted-syntax': ['error', ...htmlWrites]}},
	...layerConfigs,
);
