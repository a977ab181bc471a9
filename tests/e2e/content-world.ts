// The overlay lives in a closed shadow root, out of reach of page scripts, so also of
// page.evaluate. The test build's content script exposes it in its own isolated world
// (globalThis.__clearpageTest), and CDP can evaluate there.
import type {Page} from 'playwright-core';

interface ContextDescription {
	id: number;
	name: string;
	auxData?: {type?: string; isDefault?: boolean; frameId?: string};
}

/** Evaluates `expression` in the extension's content-script world of the page's main frame. */
export async function evaluateInContentWorld<T>(page: Page, expression: string): Promise<T> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const contexts: ContextDescription[] = [];
		cdp.on('Runtime.executionContextCreated', event => contexts.push(event.context as ContextDescription));
		await cdp.send('Runtime.enable');
		const {frameTree} = await cdp.send('Page.getFrameTree');
		const world = contexts.find(context => context.auxData?.type === 'isolated'
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
	} finally {
		await cdp.detach();
	}
}

/** Runs `body` (a function body using `root`, the overlay's shadow root) in the content world. */
export function inOverlay<T>(page: Page, body: string): Promise<T> {
	return evaluateInContentWorld<T>(page, `(async () => {
		const root = globalThis.__clearpageTest?.shadowRoot();
		if (!root) throw new Error('no overlay open');
		${body}
	})()`);
}
