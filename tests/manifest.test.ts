// Least privilege, checked on what ships: the built manifests, not the source one.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

// tts (Chrome only: reading aloud from the popup and the shortcut) shows the user no warning.
const ALLOWED: Record<string, string[]> = {chrome: ['activeTab', 'scripting', 'storage', 'tts'], firefox: ['activeTab', 'scripting', 'storage']};

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json', browser => {
	const manifest = JSON.parse(readFileSync(new URL(`../dist/${browser}/manifest.json`, import.meta.url), 'utf8'));

	it('asks for activeTab, scripting and storage only, and tts in Chrome', () => {
		expect(manifest.permissions.filter((permission: string) => !ALLOWED[browser]!.includes(permission))).toEqual([]);
		expect(manifest.optional_permissions ?? []).toEqual([]);
	});

	it('asks for no host access and injects into no page on its own', () => {
		expect(manifest.host_permissions ?? []).toEqual([]);
		expect(manifest.optional_host_permissions ?? []).toEqual([]);
		expect(manifest.content_scripts ?? []).toEqual([]);
	});

	it('lets pages load the bundled fonts and nothing else of the extension', () => {
		// The overlay draws its fonts from the page's document, which may only load what is listed here.
		expect((manifest.web_accessible_resources ?? []).flatMap((entry: {resources: string[]}) => entry.resources)).toEqual(['fonts/*.woff2']);
	});

	it('loads no remote code and allows no eval', () => {
		const csp = JSON.stringify(manifest.content_security_policy ?? {});
		expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*/);
		expect(csp).toContain("script-src 'self'");
		expect(manifest.externally_connectable).toBeUndefined();
	});

	it('ships the extension\'s own pages, bundles, styles, messages and icons, and nothing else', () => {
		const files = readdirSync(new URL(`../dist/${browser}/`, import.meta.url), {recursive: true, withFileTypes: true})
			.filter(entry => entry.isFile())
			.map(entry => entry.name);
		expect(files.filter(name => !/\.(?:js|html|css|json|png|woff2)$|^[a-z-]+-LICENSE\.txt$/.test(name))).toEqual([]);
		expect(files.filter(name => name.endsWith('.js')).sort()).toEqual(['background.js', 'content.js', 'options.js', 'popup.js']);
	});
});
