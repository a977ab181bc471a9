// The layers of README's "How it is built" as import rules, so a wrong import fails `npm run lint`
// instead of waiting for a reviewer: the core is pure, the view is shared by popup and reading mode
// and knows neither, the Node side carries no extension code, and the extension's entry points
// (popup, content script, options page, background) talk through src/messages.ts, not each other.
//
// An import is a path relative to its file, so each rule is written once per depth below src/:
// `reach(depth)` matches the `./` or `../../` that climbs from such a file back to src/.

/** Extension code Node must never load: its entry points, the view, and what needs `browser`. */
const EXTENSION = ['popup/', 'content/', 'options/', 'view/', 'background', 'messages', 'tabs', 'i18n', 'bundled-fonts'];
/** Entry points of the extension: none imports another's folder. */
const ENTRY_POINTS = ['popup/', 'content/', 'options/', 'background'];

/** options/storage.ts is where settings live for everyone who reads them (README), not the options page. */
const SETTINGS = 'options/storage';

/** Packages that exist on one side only. */
const NODE_ONLY = [{regex: '^node:', message: 'Browser code cannot load Node built-ins.'}, {regex: '^jsdom$', message: 'jsdom is the Node side only (src/node/).'}];
const EXTENSION_ONLY = {regex: '^webextension-polyfill$', message: 'Extension APIs stay out of this layer: it runs in Node too.'};

const escape = text => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A regex for `name` (a folder ending in '/', or a module) reached from `depth` folders below src/. */
function target(depth, name, except = []) {
	const excepted = except.map(module => `(?!${escape(module)}(?:\\.js)?$)`).join('');
	const tail = name.endsWith('/') ? escape(name) : `${escape(name)}(?:\\.js)?$`;
	return `^${reach(depth)}${excepted}${tail}`;
}
const reach = depth => (depth === 0 ? '\\./' : `(?:\\.\\./){${depth}}`);

/** File globs for the files `depth` folders below src/ in `folder` (a folder, or one file). */
function filesAt(folder, depth) {
	return folder.endsWith('.ts') ? [`src/${folder}`] : [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`];
}

/**
 * One layer: `forbid` lists what of src/ it may not import (a regex on the path climbed to src/
 * or folder names), `packages` the packages it may not use.
 */
function layer({folder, message, forbid, packages = []}) {
	const depths = folder.endsWith('.ts') ? [0] : [1, 2, 3, 4];
	return depths.map(depth => ({
		files: filesAt(folder, depth),
		rules: {
			'no-restricted-imports': ['error', {patterns: [...forbid(depth).map(regex => ({regex, message})), ...packages]}],
		},
	}));
}

const entryPoint = (folder, own) => layer({
	folder,
	message: 'The extension\'s entry points do not import each other: share through src/messages.ts, src/view/ or a module at the top of src/.',
	forbid: depth => ENTRY_POINTS.filter(name => name !== own).map(name => target(depth, name, [SETTINGS])),
	packages: NODE_ONLY,
});

export const layerConfigs = [
	...layer({
		folder: 'core',
		message: 'src/core/ is pure: it imports nothing outside src/core/ (a Document in, plain data out).',
		// Anything that climbs out of src/core/ (one more level than the file sits below src/core/).
		forbid: depth => [`^${reach(depth)}`],
		packages: [...NODE_ONLY, EXTENSION_ONLY],
	}),
	...layer({
		folder: 'view',
		message: 'src/view/ is shared by the popup and reading mode: it imports neither, nor the options page or the background.',
		forbid: depth => ENTRY_POINTS.map(name => target(depth, name)),
		packages: NODE_ONLY,
	}),
	...layer({
		folder: 'node',
		message: 'src/node/ runs the core in Node: no extension code.',
		forbid: depth => EXTENSION.map(name => target(depth, name)),
		packages: [EXTENSION_ONLY],
	}),
	...layer({
		folder: 'cli.ts',
		message: 'The command line runs the core in Node: no extension code.',
		forbid: depth => EXTENSION.map(name => target(depth, name)),
		packages: [EXTENSION_ONLY],
	}),
	...entryPoint('popup', 'popup/'),
	...entryPoint('content', 'content/'),
	...entryPoint('options', 'options/'),
	...entryPoint('background.ts', 'background'),
	// The modules at the top of src/ (messages, tabs, i18n…) are shared by the entry points.
	{...layer({
		folder: '*.ts',
		message: 'A module at the top of src/ is shared by the entry points: it imports none of them, nor the Node side.',
		forbid: depth => [...ENTRY_POINTS, 'node/', 'cli'].map(name => target(depth, name, [SETTINGS])),
		packages: NODE_ONLY,
	})[0], ignores: ['src/background.ts', 'src/cli.ts']},
];
