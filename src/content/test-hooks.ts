/**
 * Test build only (`__CLEARPAGE_TEST__`): what the e2e tests and the Chromium bench reach
 * in the content script's isolated world through CDP (tests/e2e/content-world.ts).
 */
import {cleanDocument} from '../core/index.js';
import {readPage} from './page-article.js';
import type {ReadingMode} from './reading-mode.js';

export interface TestHooks {
	/** The overlay's closed shadow root. */
	shadowRoot(): ShadowRoot | undefined;
	/** Sets the extraction budget, so a test can put a page over it without a huge page. */
	setTimeBudget(ms: number): void;
	/**
	 * Times one read of the live page without a budget: `coreMs` is cleanDocument alone,
	 * `answerMs` all that getArticle does (core, Markdown, plain copy for the message), forced
	 * as after "Read it anyway", so a very large page is timed too rather than refused.
	 * `budgetMs` is the budget the extension would apply, to flag pages over it.
	 */
	time(): Promise<{coreMs: number; answerMs: number; kind: string; budgetMs: number}>;
}

declare global {
	// eslint-disable-next-line no-var
	var __clearpageTest: TestHooks | undefined;
}

export function installTestHooks(from: {readingMode: ReadingMode; setTimeBudget(ms: number): void; timeBudget(): number}): void {
	globalThis.__clearpageTest = {
		shadowRoot: () => from.readingMode.shadowRoot,
		setTimeBudget: from.setTimeBudget,
		async time() {
			let start = performance.now();
			const result = cleanDocument(document, {url: location.href});
			const coreMs = performance.now() - start;
			start = performance.now();
			await readPage(true, Number.POSITIVE_INFINITY);
			return {coreMs, answerMs: performance.now() - start, kind: result.kind, budgetMs: from.timeBudget()};
		},
	};
}
