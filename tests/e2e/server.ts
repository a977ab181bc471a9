// Serves test pages on 127.0.0.1 (the test build's only host permission), at a random port:
// /fixtures/<slug>/ -> tests/fixtures/<slug>/source.html, /pages/<file> -> tests/e2e/pages/<file>,
// /corpus/<name>/ -> a gunzipped page from ../shared/corpus (bench only),
// /hostile/<name>.html -> the page of payload tests/fixtures/hostile/<name>.html (put together by
// tests/hostile-pages.ts). /canary answers 204 (so a payload that navigates to it leaves the page
// where it is); every request is logged in `requests`.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {pathToFileURL} from 'node:url';
import {gunzipSync} from 'node:zlib';
import {corpusDir} from '../bench/corpus.mjs';
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

export interface TestServer {
	origin: string;
	/** Every request so far, oldest first. */
	requests: LoggedRequest[];
	fixture(slug: string): string;
	page(file: string): string;
	corpus(name: string): string;
	hostile(name: string): string;
	close(): Promise<void>;
}

async function body(path: string): Promise<Buffer> {
	let match = /^\/fixtures\/([\w-]+)\/$/.exec(path);
	if (match) return readFile(new URL(`${match[1]}/source.html`, fixturesDir));
	match = /^\/pages\/([\w-]+\.html)$/.exec(path);
	if (match) return readFile(new URL(match[1]!, pages));
	match = /^\/corpus\/([\da-f]+)\/$/.exec(path);
	if (match) return gunzipSync(await readFile(new URL(`${match[1]}.html.gz`, corpusPages)));
	match = /^\/hostile\/([\w-]+)\.html$/.exec(path);
	if (match && hostilePageNames().includes(match[1]!)) return Buffer.from(hostilePage(match[1]!));
	throw new Error('not found');
}

export async function startServer(): Promise<TestServer> {
	const requests: LoggedRequest[] = [];
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
		if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname === '/canary') {
			response.writeHead(204).end();
			return;
		}
		body(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).then(
			html => response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(html),
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
		close: () => new Promise(resolve => {
			server.closeAllConnections();
			server.close(() => resolve());
		}),
	};
}
