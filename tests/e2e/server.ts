// Serves test pages on 127.0.0.1 (the test build's only host permission), at a random port:
// /fixtures/<slug>/ -> tests/fixtures/<slug>/source.html, /pages/<file> -> tests/e2e/pages/<file>
// (a .txt as text/plain, as a server sends a text file),
// /corpus/<name>/ -> a gunzipped page from ../shared/corpus (bench only),
// /hostile/<name>.html -> the page of payload tests/fixtures/hostile/<name>.html (put together by
// tests/hostile-pages.ts). /canary answers 204 (so a payload that navigates to it leaves the page
// where it is); /hold/<name> answers only once the test releases it (hold(name)); every request
// is logged in `requests`.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {pathToFileURL} from 'node:url';
import {gunzipSync} from 'node:zlib';
import {corpusDir} from '../../scripts/bench/corpus.mjs';
import {fixturesDir} from '../helpers.js';
import {hostilePage, hostilePageNames} from '../hostile-pages.js';

const pages = new URL('./pages/', import.meta.url);
export const corpusPages = pathToFileURL(`${corpusDir}html/`);

/** One request the server saw, in arrival order: enough to tell who asked (page, popup, frame). */
export interface LoggedRequest {
	method: string;
	/** Path and query, as sent. */
	url: string;
	referer?: string;
	origin?: string;
	/** Sec-Fetch-Dest and Sec-Fetch-Site: what kind of load, and from which site. */
	dest?: string;
	site?: string;
}

/** A request to /hold/<name> the test answers when it chooses: a page waiting on it waits as long. */
export interface Hold {
	/** Resolves once the request has reached the server. */
	arrived: Promise<void>;
	/** Answers it (204), now or as soon as it arrives. */
	release(): void;
}

export interface TestServer {
	origin: string;
	/** Every request so far, oldest first. */
	requests: LoggedRequest[];
	fixture(slug: string): string;
	page(file: string): string;
	corpus(name: string): string;
	hostile(name: string): string;
	/** The URL of hold `name`, and its controls; one request per name. */
	hold(name: string): Hold & {url: string};
	close(): Promise<void>;
}

function contentType(path: string): string {
	return `${path.endsWith('.txt') ? 'text/plain' : 'text/html'}; charset=utf-8`;
}

async function body(path: string): Promise<Buffer> {
	let match = /^\/fixtures\/([\w-]+)\/$/.exec(path);
	if (match) return readFile(new URL(`${match[1]}/source.html`, fixturesDir));
	match = /^\/pages\/([\w-]+\.(?:html|txt))$/.exec(path);
	if (match) return readFile(new URL(match[1]!, pages));
	match = /^\/corpus\/([\da-f]+)\/$/.exec(path);
	if (match) return gunzipSync(await readFile(new URL(`${match[1]}.html.gz`, corpusPages)));
	match = /^\/hostile\/([\w-]+)\.html$/.exec(path);
	if (match && hostilePageNames().includes(match[1]!)) return Buffer.from(hostilePage(match[1]!));
	throw new Error('not found');
}

export async function startServer(): Promise<TestServer> {
	const requests: LoggedRequest[] = [];
	const holds = new Map<string, {arrive(): void; arrived: Promise<void>; released: Promise<void>; release(): void}>();
	const holdFor = (name: string) => {
		let entry = holds.get(name);
		if (!entry) {
			let arrive = () => {};
			let release = () => {};
			const arrived = new Promise<void>(resolve => (arrive = resolve));
			const released = new Promise<void>(resolve => (release = resolve));
			entry = {arrive, arrived, released, release};
			holds.set(name, entry);
		}
		return entry;
	};
	const server = createServer((request, response) => {
		const header = (name: string) => [request.headers[name]].flat()[0];
		requests.push({
			method: request.method ?? 'GET',
			url: request.url ?? '/',
			referer: header('referer'),
			origin: header('origin'),
			dest: header('sec-fetch-dest'),
			site: header('sec-fetch-site'),
		});
		const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1');
		if (pathname === '/canary') {
			response.writeHead(204).end();
			return;
		}
		const held = /^\/hold\/([\w-]+)$/.exec(pathname);
		if (held) {
			const entry = holdFor(held[1]!);
			entry.arrive();
			void entry.released.then(() => response.writeHead(204, {'cache-control': 'no-store'}).end());
			return;
		}
		body(pathname).then(
			html => response.writeHead(200, {'content-type': contentType(pathname)}).end(html),
			() => response.writeHead(404, {'content-type': 'text/plain'}).end('not found'),
		);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		requests,
		fixture: slug => `${origin}/fixtures/${slug}/`,
		page: file => `${origin}/pages/${file}`,
		corpus: name => `${origin}/corpus/${name}/`,
		hostile: name => `${origin}/hostile/${name}.html`,
		hold(name) {
			const {arrived, release} = holdFor(name);
			return {url: `${origin}/hold/${name}`, arrived, release};
		},
		close: () => new Promise(resolve => {
			for (const entry of holds.values()) entry.release();
			server.closeAllConnections();
			server.close(() => resolve());
		}),
	};
}
