/**
 * Test build only (`__CLEARPAGE_TEST__`): what the e2e tests and the Chromium bench reach
 * in the content script's isolated world through CDP (tests/e2e/content-world.ts).
 */
import {cleanDocument} from '../core/index.js';
import {SHIPPED_TIME_BUDGET_MS} from '../limits.js';
import type {ReadingMode} from './reading-mode.js';
import {listenTestHooks} from './listen-test-hooks.js';
import type {ListenTestHooks} from './listen-test-hooks.js';

export interface TestHooks {
	/** The overlay's closed shadow root. */
	shadowRoot(): ShadowRoot | undefined;
	/**
	 * Sets the extraction budget, so a test can put a page over it without a huge page;
	 * no argument: the shipped budget (the test build's own is longer, limits.ts).
	 */
	setTimeBudget(ms?: number): void;
	/**
	 * Times the core on the live page, cleanDocument alone and without a budget, so the true
	 * time shows; `budgetMs` is the budget the extension applies, to flag pages over it.
	 */
	time(): {coreMs: number; kind: string; budgetMs: number};
	/**
	 * Holds every read of the page (the popup's, reading mode's) at its start until
	 * releaseReads(), so a test acts while a read is under way without racing its speed.
	 */
	holdReads(): void;
	releaseReads(): void;
	/** Reads begun and reads ended (answered or failed) since the script was injected. */
	reads(): {started: number; finished: number};
	/** Listen and line focus in the open reading mode. */
	listen: ListenTestHooks;
}

declare global {
	var __clearpageTest: TestHooks | undefined;
}

const reads = {started: 0, finished: 0};
/** Set while a test holds reads: each waits for it before touching the page. */
let held: {promise: Promise<void>; release(): void} | undefined;

/** `read`, counted, and held while a test says so (holdReads). */
export function observedRead<Args extends unknown[], Result>(read: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
	return async (...args) => {
		reads.started++;
		try {
			await held?.promise;
			return await read(...args);
		} finally {
			reads.finished++;
		}
	};
}

export function installTestHooks(from: {readingMode: ReadingMode; setTimeBudget(ms: number): void; timeBudget(): number}): void {
	globalThis.__clearpageTest = {
		shadowRoot: () => from.readingMode.shadowRoot,
		setTimeBudget: (ms = SHIPPED_TIME_BUDGET_MS) => from.setTimeBudget(ms),
		time() {
			const start = performance.now();
			const result = cleanDocument(document, {url: location.href});
			return {coreMs: performance.now() - start, kind: result.kind, budgetMs: from.timeBudget()};
		},
		holdReads() {
			if (held) return;
			let release = () => {};
			const promise = new Promise<void>(resolve => (release = resolve));
			held = {promise, release};
		},
		releaseReads() {
			held?.release();
			held = undefined;
		},
		reads: () => ({...reads}),
		listen: listenTestHooks(from.readingMode),
	};
}
