/** Which pages browsers keep extensions out of, judged from the URL (pure: unit-tested in Node). */

export type Restriction = 'restricted' | 'file';

/** Schemes where browsers refuse extension scripts, whatever the permissions. */
const BLOCKED_SCHEMES = new Set([
	'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
	'brave:', 'opera:', 'vivaldi:', 'view-source:', 'moz-extension:', 'resource:', 'data:', 'javascript:', 'blob:',
]);

/** Extension stores: Chrome and Firefox keep scripts out of them. */
const STORE_HOSTS: ReadonlyArray<[host: string, path: string]> = [
	['chromewebstore.google.com', '/'],
	['chrome.google.com', '/webstore'],
	['microsoftedge.microsoft.com', '/addons'],
	['addons.mozilla.org', '/'],
	['addons.opera.com', '/'],
];

/**
 * Why the page at `url` cannot be read, judged from the URL alone; null when it may be
 * readable (injection can still fail, and the popup reports that as restricted too).
 * `fileAccess` is whether the user allowed access to file URLs.
 */
export function restrictionOf(url: string | undefined, fileAccess: boolean): Restriction | null {
	if (!url) return null;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'restricted';
	}
	if (BLOCKED_SCHEMES.has(parsed.protocol)) return 'restricted';
	if (STORE_HOSTS.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path))) return 'restricted';
	if (parsed.protocol === 'file:' && !fileAccess) return 'file';
	return null;
}

/**
 * Whether a page the browser kept the script out of was, by its name, a PDF (a viewer that
 * refuses scripts). A PDF the script can reach says so itself (document.contentType): a PDF
 * served as /download?id=7 is still one, and an article at /story.pdf is still an article.
 */
export function namedLikePdf(url: string | undefined): boolean {
	try {
		return /\.pdf$/i.test(new URL(url ?? '').pathname);
	} catch {
		return false;
	}
}
