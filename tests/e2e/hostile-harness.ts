// One hostile page through the whole extension, as a reader would use it: the page loads, the
// popup opens and shows it, the article is copied as HTML, reading mode goes on and off. Only what
// happens after the page settled counts: a page's own scripts run on the page itself when it
// loads, and that is not the extension's doing (see the control page in pages/hostile-control.html).
import type {Page} from 'playwright-core';
import type {Extension} from './browser.js';
import {inOverlay} from './content-world.js';
import {settled, watchRequests} from './page-settled.js';
import type {RequestWatch} from './page-settled.js';
import type {LoggedRequest, TestServer} from './server.js';

/** What one page did before the extension acted (baseline) and after. */
export interface HostileRun {
	/** The page's own payloads, which ran when it loaded. */
	baseline: {flag: boolean; hits: LoggedRequest[]};
	/** window.__clearpageCanary was set to 1 in the page after the baseline. */
	pageFlag: boolean;
	/** Requests to /canary after the baseline, from the page or from the popup. */
	hits: LoggedRequest[];
	/** `restored`: removed blocks put back before the copy. */
	popup: {state: string; restored: number; canary: string; problems: string[]; articleHtml: string; csp: string[]};
	/** `canary`: the global set in the content script's own world. */
	overlay: {problems: string[]; articleHtml: string; canary: boolean};
	/** text/html the Copy button put on the clipboard, from <article on. */
	copiedHtml: string;
	/** The page's outerHTML before reading mode and after it closed. */
	pageBefore: string;
	pageAfter: string;
}

/**
 * Scans a document or shadow root (`root`) for anything that runs code or embeds another
 * document; a JS string, because it runs in the popup and in the content script's world.
 */
const SCAN = String.raw`(root => {
	const problems = [];
	const scriptUrl = /^(javascript|vbscript|livescript):/i;
	const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping'];
	for (const el of root.querySelectorAll('*')) {
		const tag = el.localName;
		if (tag === 'script' && !(el.getAttribute('src') === 'popup.js' && el.parentNode === document.head)) problems.push('<script>');
		if (['iframe', 'frame', 'object', 'embed', 'portal', 'base', 'meta'].includes(tag) && el.closest('head') === null) problems.push('<' + tag + '>');
		for (const {name, value} of el.attributes) {
			if (name.startsWith('on')) problems.push('<' + tag + ' ' + name + '>');
			if (!urlAttributes.includes(name)) continue;
			const urls = name === 'srcset' ? value.split(',').map(candidate => candidate.trim().split(/\s+/)[0]) : [value];
			if (urls.some(url => scriptUrl.test(url.replace(/[\u0000-\u0020]/g, '')))) problems.push('script URL in <' + tag + ' ' + name + '>');
		}
	}
	return problems;
})`;

const flagIsSet = () => (window as {__clearpageCanary?: unknown}).__clearpageCanary === 1;

/**
 * Where the <meta http-equiv=refresh> elements of `html` (served at `url`) send the page, script
 * URLs left out (browsers do not follow those): the baseline lasts until the page went to one.
 */
export function refreshTargets(html: string, url: string): string[] {
	return [...html.matchAll(/http-equiv=["']?refresh["']?\s+content=["']?\s*\d+\s*;\s*url=([^"'>]+)/gi)]
		.map(match => match[1]!.trim())
		.filter(target => !/^\s*(javascript|vbscript):/i.test(target))
		.map(target => new URL(target, url).href);
}

/** Requests to /canary for payload `id` (pages run side by side; each payload names its page). */
const canaryHits = (requests: LoggedRequest[], id: string) => requests.filter(request => {
	const url = new URL(request.url, 'http://127.0.0.1');
	return url.pathname === '/canary' && url.searchParams.get('id') === id;
});

/** A request made by an extension page (the popup): Chromium marks those Sec-Fetch-Site: none. */
export const fromExtension = (request: LoggedRequest) => request.site === 'none'
	|| [request.origin, request.referer].some(value => value?.startsWith('chrome-extension://'));

/** Runs `task` once every task queued before it has finished: there is one clipboard. */
let clipboardQueue: Promise<unknown> = Promise.resolve();
function withClipboard<T>(task: () => Promise<T>): Promise<T> {
	const result = clipboardQueue.then(task);
	clipboardQueue = result.catch(() => {});
	return result;
}

/** A tab for the web page and one for the popup, kept for many runs (opening tabs is slow). */
export interface HostileTabs {
	page: Page;
	popup: Page;
	/** The requests each tab made, to know when it has settled. */
	pageRequests: RequestWatch;
	popupRequests: RequestWatch;
	/** CSP reports in the popup since its last navigation. */
	csp: string[];
	close(): Promise<void>;
}

export async function openHostileTabs(extension: Extension): Promise<HostileTabs> {
	const page = await extension.context.newPage();
	const popup = await extension.context.newPage();
	await popup.setViewportSize({width: 420, height: 600});
	const tabs: HostileTabs = {page, popup, pageRequests: watchRequests(page), popupRequests: watchRequests(popup), csp: [], close: async () => {
		await popup.close();
		await page.close();
	}};
	popup.on('framenavigated', frame => {
		if (frame === popup.mainFrame()) tabs.csp = [];
	});
	popup.on('console', message => {
		if (/Content Security Policy|Refused to/.test(message.text())) tabs.csp.push(message.text());
	});
	return tabs;
}

/** Puts back every block the cleaner removed, so their HTML is shown and copied too. */
function putBackAll(popup: Page): Promise<number> {
	return popup.evaluate(() => {
		// The list is rebuilt on every click: look the buttons up again each time.
		const buttons = () => document.querySelectorAll<HTMLButtonElement>('#removed-list button');
		const count = buttons().length;
		for (let index = 0; index < count; index++) buttons()[index]!.click();
		return count;
	});
}

/** Copies as HTML from the popup and reads the clipboard back. */
async function copyHtml(popup: Page): Promise<string> {
	await popup.bringToFront();
	await popup.selectOption('#copy-format', 'html');
	await popup.click('#copy');
	await popup.waitForFunction(() => document.querySelector('#copy-status')?.textContent === 'Copied');
	const html = await popup.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		return item ? (await item.getType('text/html')).text() : '';
	});
	return html.slice(Math.max(0, html.indexOf('<article')));
}

/**
 * Scrolls every scrolling box in `boxes` (an expression) to its end, so lazy images there load.
 * Never the page under the overlay: its scroll handlers are the page's own business.
 */
const scrollThrough = (boxes: string) => `for (const box of ${boxes}) {
	if (box && box.scrollHeight > box.clientHeight + 10) box.scrollTop = box.scrollHeight;
}`;

/** The popup's canary global (its typeof), and anything executable anywhere in its DOM. */
export async function scanPopup(popup: Page): Promise<Omit<HostileRun['popup'], 'state' | 'restored' | 'csp'>> {
	return popup.evaluate(`({
		canary: typeof window.__clearpageCanary,
		problems: ${SCAN}(document),
		articleHtml: document.querySelector('#article')?.innerHTML ?? '',
	})`);
}

/** Anything executable in the overlay's shadow root, read in the content script's world. */
export function scanOverlay(page: Page): Promise<HostileRun['overlay']> {
	return inOverlay<HostileRun['overlay']>(page, `
		${scrollThrough("root.querySelectorAll('*')")}
		return {problems: ${SCAN}(root), articleHtml: root.querySelector('.cp-article')?.outerHTML ?? '',
			canary: globalThis.__clearpageCanary === 1};`);
}

/**
 * Runs page `url` (HTML `source`, payload id `id`) in `tabs`. Several pairs of tabs may run at
 * once: canary hits are told apart by their id, and the clipboard is taken in turn.
 */
export async function runHostilePage(extension: Extension, server: TestServer, tabs: HostileTabs, url: string, source: string, id: string): Promise<HostileRun> {
	const {page, popup} = tabs;
	const start = server.requests.length;
	await page.goto(url);
	// Focus is parked on <body> now, while the page settles: closing reading mode gives focus
	// back (a feature), and an autofocused field's own onfocus would then fire again.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
	// The page's own payloads run as it loads, and their requests reach the server: the baseline.
	await settled(page, tabs.pageRequests, refreshTargets(source, url));
	const baseline = {flag: await page.evaluate(flagIsSet), hits: canaryHits(server.requests.slice(start), id)};
	await page.evaluate(() => delete (window as {__clearpageCanary?: unknown}).__clearpageCanary);
	const mark = server.requests.length;
	const tabId = await extension.worker.evaluate(async wanted => (await chrome.tabs.query({})).find(tab => tab.url === wanted)?.id, page.url());
	if (tabId === undefined) throw new Error(`no tab shows ${page.url()}`);
	const pageBefore = await page.evaluate(() => document.documentElement.outerHTML);

	await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
	// "loading" and "page-loading" (the tab still loading) are states the popup leaves on its own.
	await popup.waitForSelector('body:not([data-state="loading"]):not([data-state="page-loading"])');
	const state = `${await popup.getAttribute('body', 'data-state') ?? ''} ${await popup.textContent('#screen-detail') ?? ''}`.trim();
	const shown = state === 'article';
	const restored = shown ? await putBackAll(popup) : 0;
	const copiedHtml = shown ? await withClipboard(() => copyHtml(popup)) : '';
	// With no article in the popup its button is off; the keyboard command's handler still toggles.
	const toggle = () => (shown ? popup.click('#toggle') : extension.worker.evaluate(tab => globalThis.__test!.toggleInTab(tab), tabId));

	// A page the core cannot read at all gets no overlay: the run goes on to check the rest.
	const opened = await toggle().then(() => page.waitForSelector('clearpage-reader', {state: 'attached'}), () => null);
	const overlay = opened ? await scanOverlay(page) : {problems: [], articleHtml: '', canary: false};
	if (opened) {
		// Whatever the overlay's copy of the article would load or fire has done so.
		await settled(page, tabs.pageRequests);
		await toggle();
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
	}

	await popup.evaluate(scrollThrough("[document.scrollingElement, ...document.querySelectorAll('*')]"));
	await Promise.all([settled(page, tabs.pageRequests), settled(popup, tabs.popupRequests)]);
	const popupScan = await scanPopup(popup);
	const after = server.requests.slice(mark);
	return {
		baseline,
		pageFlag: await page.evaluate(flagIsSet),
		hits: canaryHits(after, id),
		popup: {state, restored, csp: tabs.csp, ...popupScan},
		overlay,
		copiedHtml,
		pageBefore,
		pageAfter: await page.evaluate(() => document.documentElement.outerHTML),
	};
}
