// The overlay lives in a closed shadow root, out of reach of page scripts, so also of
// page.evaluate. The test build's content script exposes it in its own isolated world
// (globalThis.__clearpageTest), and CDP can evaluate there.
import type {CDPSession, Page} from 'playwright-core';

interface ContextDescription {
	id: number;
	name: string;
	auxData?: {type?: string; isDefault?: boolean; frameId?: string};
}

/** A page's content-script worlds, kept as CDP reports them. */
interface WorldWatch {
	cdp: CDPSession;
	contexts: Map<number, ContextDescription>;
}

/**
 * One CDP session per page, kept open for the page's life: detaching a session clears the
 * emulation overrides Chromium keeps per page, so a session per call would switch print media
 * (page.emulateMedia) back to screen behind the test's back.
 */
const watches = new WeakMap<Page, Promise<WorldWatch>>();

function watch(page: Page): Promise<WorldWatch> {
	let watching = watches.get(page);
	if (!watching) {
		watching = (async () => {
			const cdp = await page.context().newCDPSession(page);
			const contexts = new Map<number, ContextDescription>();
			cdp.on('Runtime.executionContextCreated', event => contexts.set(event.context.id, event.context as ContextDescription));
			cdp.on('Runtime.executionContextDestroyed', event => contexts.delete(event.executionContextId));
			cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
			await cdp.send('Runtime.enable');
			return {cdp, contexts};
		})();
		watches.set(page, watching);
	}
	return watching;
}

/** Evaluates `expression` in the extension's content-script world of the page's main frame. */
export async function evaluateInContentWorld<T>(page: Page, expression: string): Promise<T> {
	const {cdp, contexts} = await watch(page);
	const {frameTree} = await cdp.send('Page.getFrameTree');
	const world = [...contexts.values()].find(context => context.auxData?.type === 'isolated'
		&& context.auxData.frameId === frameTree.frame.id
		&& !context.name.startsWith('__playwright'));
	if (!world) throw new Error('the content script has not run in this page');
	const {result, exceptionDetails} = await cdp.send('Runtime.evaluate', {
		expression,
		contextId: world.id,
		returnByValue: true,
		awaitPromise: true,
	});
	if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
	return result.value as T;
}

/** Runs `body` (a function body using `root`, the overlay's shadow root) in the content world. */
export function inOverlay<T>(page: Page, body: string): Promise<T> {
	return evaluateInContentWorld<T>(page, `(async () => {
		const root = globalThis.__clearpageTest?.shadowRoot();
		if (!root) throw new Error('no overlay open');
		${body}
	})()`);
}
