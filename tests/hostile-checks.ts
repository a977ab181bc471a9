// What "nothing executable, nothing tracking" means for each part of an Article.
// Shared by the hostile-page suite and the property tests.
import {JSDOM, VirtualConsole} from 'jsdom';

/** Tags that run code, load or frame something, submit, restyle the host page or change how it parses. */
const FORBIDDEN_TAG = /<(script|iframe|frame|frameset|object|embed|applet|form|base|meta|link|style|template|noscript|svg|math|portal|isindex)\b/i;
/** Attributes that run code, navigate, style or report on their own, whatever their value. */
const FORBIDDEN_ATTR = new Set(['style', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'http-equiv', 'dynsrc', 'lowsrc', 'codebase', 'archive', 'manifest']);
const URL_ATTR = new Set(['href', 'src', 'srcset', 'xlink:href', 'poster', 'data', 'cite', 'longdesc', 'icon']);
/** A URL in one of these is only followed when the reader clicks it. */
const CLICKED = new Set(['a href', 'area href', 'blockquote cite', 'q cite', 'del cite', 'ins cite', 'img longdesc']);
const SCRIPT_SCHEME = /^(javascript|vbscript|livescript):/i;
/** Tokens every payload carries; visible text is the only place they may appear. */
const CANARY_TOKEN = /__clearpageCanary|\/canary\?id=/;

/** The problem with one URL found in `tag attr`, or null. Browsers drop ASCII whitespace and controls before the scheme. */
export function urlProblem(tag: string, attr: string, raw: string): string | null {
	const value = raw.replace(/[\u0000-\u0020]/g, '');
	if (SCRIPT_SCHEME.test(value)) return `script URL in <${tag} ${attr}>: ${raw.slice(0, 80)}`;
	if (/^data:/i.test(value)) {
		const image = tag === 'img' || (tag === 'source' && attr === 'srcset');
		if (!image || attr === 'longdesc' || !/^data:image\//i.test(value)) return `data: URL in <${tag} ${attr}>: ${raw.slice(0, 80)}`;
	}
	// Links to the canary are only links; anything that loads by itself must not reach it, images
	// included: no payload in the corpus puts the canary in an image that a reader should see.
	if (!CLICKED.has(`${tag} ${attr}`) && canaryPath(value)) return `auto-loaded canary URL in <${tag} ${attr}>: ${raw.slice(0, 80)}`;
	return null;
}

function canaryPath(url: string): boolean {
	try {
		return new URL(url, 'https://reader.invalid/').pathname.startsWith('/canary');
	} catch {
		return false;
	}
}

function srcsetUrls(srcset: string): string[] {
	return srcset.split(/,(?=\s*\S)/).map(candidate => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** Everything in `html` that could run code, load a tracker or restyle the page that shows it. */
export function htmlProblems(html: string): string[] {
	const problems: string[] = [];
	const tag = FORBIDDEN_TAG.exec(html);
	if (tag) problems.push(`tag <${tag[1]!.toLowerCase()}>`);
	const doc = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {virtualConsole: new VirtualConsole()}).window.document;
	for (const el of doc.body.querySelectorAll('*')) {
		const name = el.localName;
		for (const {name: attr, value} of el.attributes) {
			if (attr.startsWith('on')) problems.push(`event handler <${name} ${attr}>`);
			else if (FORBIDDEN_ATTR.has(attr)) problems.push(`attribute <${name} ${attr}>`);
			if (!URL_ATTR.has(attr)) continue;
			for (const url of attr === 'srcset' ? srcsetUrls(value) : [value]) {
				const problem = urlProblem(name, attr, url);
				if (problem) problems.push(problem);
			}
		}
	}
	return problems;
}

/** Plain text (body, captions, previews) must not carry payload code unless the page shows that code as text. */
export function textProblems(text: string, showsPayloadAsText: boolean): string[] {
	if (showsPayloadAsText) return [];
	const found = CANARY_TOKEN.exec(text);
	return found ? [`payload in text: …${text.slice(Math.max(0, found.index - 40), found.index + 40)}…`] : [];
}

const CODE = /```[\s\S]*?```|~~~[\s\S]*?~~~|(`+)[\s\S]*?\1/g;
const TEXT = String.raw`\[((?:[^\]\\]|\\.)*)\]`;
const TARGET = String.raw`\(\s*(<[^>]*>|[^\s)]*(?:\([^\s)]*\)[^\s)]*)*)(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))?\s*\)`;
const IMAGE = new RegExp(`!${TEXT}${TARGET}`, 'g');
const LINK = new RegExp(`${TEXT}${TARGET}`, 'g');

/**
 * Markdown is pasted into editors that render raw HTML, so outside code it must hold no raw
 * tag, comment or script autolink, and its link and image targets follow the HTML rules.
 * Image alt text and link titles are left out of the tag scan: renderers write them as
 * escaped attribute values.
 */
export function markdownProblems(markdown: string, showsPayloadAsText: boolean): string[] {
	const problems: string[] = [];
	const target = (tag: string, attr: string, raw: string) => {
		const problem = urlProblem(tag, attr, raw.replace(/^<|>$/g, ''));
		if (problem) problems.push(`Markdown ${problem}`);
	};
	const prose = markdown
		.replace(CODE, ' ')
		.replace(IMAGE, (_all, _alt: string, url: string) => (target('img', 'src', url), ' '))
		.replace(LINK, (_all, text: string, url: string) => (target('a', 'href', url), text));
	const tag = /(?<!\\)<(\/?[a-z][a-z0-9-]*)(?=[\s/>])|(?<!\\)<!--|(?<!\\)<(?:javascript|vbscript|data):/i.exec(prose);
	if (tag) problems.push(`raw HTML in Markdown: ${prose.slice(tag.index, tag.index + 60)}`);
	return [...problems, ...textProblems(prose, showsPayloadAsText)];
}

const EVENTS = ['load', 'error', 'click', 'dblclick', 'mouseover', 'pointerenter', 'focus', 'focusin', 'blur', 'toggle', 'animationstart', 'start', 'loadstart', 'copy', 'wheel', 'close', 'change', 'input', 'beforeprint', 'pageshow', 'hashchange'];

/**
 * Renders `html` as a page body in a jsdom that runs scripts, fires every usual event on every
 * element and clicks every link, then reports whether a payload set the canary or called /canary.
 * Re-parsing the serialised HTML is what catches mutation XSS that string checks miss.
 */
export async function firesCanary(html: string): Promise<string | null> {
	const calls: string[] = [];
	const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
		url: 'https://reader.invalid/view',
		runScripts: 'dangerously',
		virtualConsole: new VirtualConsole(),
		beforeParse(window) {
			Object.assign(window, {fetch: (url: unknown) => (calls.push(String(url)), new Promise(() => {}))});
		},
	});
	const {window} = dom;
	try {
		for (const el of window.document.querySelectorAll('*')) {
			for (const type of EVENTS) el.dispatchEvent(new window.Event(type));
			if (el instanceof window.HTMLAnchorElement || el instanceof window.HTMLAreaElement) el.click();
		}
		// A click's javascript: navigation and <details>' toggle run as later tasks, which jsdom
		// queues as zero-delay timers (a navigation two deep). Timers of one delay run in the
		// order they were set, so a few nested ones of ours run after all of those, on any machine.
		for (let depth = 0; depth < 4; depth++) await new Promise(resolve => setTimeout(resolve, 0));
		const canary = (window as unknown as {__clearpageCanary?: unknown}).__clearpageCanary;
		if (canary === 1) return 'window.__clearpageCanary was set';
		const call = calls.find(url => url.includes('/canary'));
		return call ? `fetch(${call})` : null;
	} finally {
		window.close();
	}
}
