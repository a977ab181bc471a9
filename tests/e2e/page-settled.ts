// When a page has nothing left to do on its own. The hostile e2e test tells what a payload did
// by itself from what it did once the extension acted, so "by itself" must end when the page is
// done, not after a guess of how long that takes on this machine.
import type {Page, Request} from 'playwright-core';

export interface RequestWatch {
	/** Every request the page (any of its frames) has made, oldest first. */
	readonly made: Request[];
	/** Made and neither answered nor failed yet. */
	readonly pending: Set<Request>;
}

export function watchRequests(page: Page): RequestWatch {
	const made: Request[] = [];
	const pending = new Set<Request>();
	page.on('request', request => {
		made.push(request);
		pending.add(request);
		// A redirected request goes on as a new one; the hop before it never finishes by itself.
		const from = request.redirectedFrom();
		if (from) pending.delete(from);
	});
	const done = (request: Request) => void pending.delete(request);
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return {made, pending};
}

/**
 * Whether the document, an image or a media element is still loading, once the page ran the
 * tasks it had queued. Through the prototypes: a hostile page's named elements shadow
 * `document.images` and `document.querySelectorAll`.
 */
const stillLoading = () => new Promise<boolean>((resolve, reject) => setTimeout(() => {
	try {
		const readyState = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')!.get!.call(document) as string;
		const all = (tag: string) => [...Document.prototype.getElementsByTagName.call(document, tag)];
		const complete = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'complete')!.get!;
		const networkState = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'networkState')!.get!;
		resolve(readyState !== 'complete'
			|| all('img').some(image => !complete.call(image))
			|| [...all('audio'), ...all('video')].some(media => networkState.call(media) === HTMLMediaElement.NETWORK_LOADING));
	} catch (error) {
		reject(error);
	}
}, 0));

/** Polling interval while the page is busy; how often we look, never how long we wait. */
const LOOK_EVERY_MS = 20;

/**
 * Resolves once the page is quiet: two looks in a row, each made after the page ran the tasks it
 * had queued, find its document, images and media done loading, no request pending and none
 * made since the look before. When `oneOf` is given, one of those URLs must have been requested
 * too: a <meta refresh> fires on its own timer, once the page already looks quiet.
 */
export async function settled(page: Page, watch: RequestWatch, oneOf: string[] = []): Promise<void> {
	let quietLooks = 0;
	let made = -1;
	while (quietLooks < 2) {
		const loading = await page.evaluate(stillLoading);
		const waiting = oneOf.length > 0 && !watch.made.some(request => oneOf.includes(request.url()));
		const quiet = !loading && !waiting && watch.pending.size === 0 && watch.made.length === made;
		quietLooks = quiet ? quietLooks + 1 : 0;
		made = watch.made.length;
		if (!quiet) await new Promise(resolve => setTimeout(resolve, LOOK_EVERY_MS));
	}
}
