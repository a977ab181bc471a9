// Serves tests/fixtures/<slug>/source.html at http://127.0.0.1:<random port>/<slug>/, the origin the test build may read.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {fixturesDir} from '../helpers.js';

export interface FixtureServer {
	/** The page URL of a fixture, e.g. `http://127.0.0.1:41234/seed-metro-wordpress-jetpack/`. */
	url(slug: string): string;
	close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
	const server = createServer(async (request, response) => {
		const slug = /^\/([\w-]+)\/$/.exec(request.url ?? '')?.[1];
		try {
			if (!slug) throw new Error('not a fixture page');
			const html = await readFile(new URL(`${slug}/source.html`, fixturesDir));
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(html);
		} catch {
			response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
		}
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: slug => `http://127.0.0.1:${port}/${slug}/`,
		close: () => new Promise(resolve => server.close(() => resolve())),
	};
}
