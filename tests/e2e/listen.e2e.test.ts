// Listen in Chromium, with a real speech engine (speech-dispatcher + espeak-ng, speech-env.ts).
// Headless Chromium lists espeak-ng's voices and speaks through it, firing start and end for each
// utterance but no boundary events (Chromium's Linux engine reports none): so the sentence
// highlight is tested on the engine's own events, and the word highlight on boundary events this
// file dispatches on the player's real utterances, which the tests' names say.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, openPopup, skipReason, startSession, stopSession, tabIdOf} from './browser.js';
import type {Extension} from './browser.js';
import {evaluateInContentWorld, inOverlay} from './content-world.js';
import {overlayViolations} from './axe.js';
import type {TestServer} from './server.js';
import {speechEnv, speechSkipReason} from './speech-env.js';
import type {SpeechEnv} from './speech-env.js';

interface Highlight {
	text: string;
	kind: string;
}

interface Logged {
	text: string;
	lang: string;
	rate: number;
	started: Highlight | null;
	words: {word: string; highlighted: Highlight | null}[];
}

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Runs `body` in the content script's world with `listen` (the test hooks) in scope. */
function withListen<T>(page: Page, body: string): Promise<T> {
	return evaluateInContentWorld<T>(page, `(async () => {
		const listen = globalThis.__clearpageTest.listen;
		${body}
	})()`);
}

/**
 * Logs every utterance the player gives the page engine and, at its real start event, what is
 * highlighted. `words`: also dispatches a real SpeechSynthesisEvent('boundary') for each word of
 * the utterance before the engine speaks it, logging the highlight after each.
 */
function observe(page: Page, words: boolean): Promise<void> {
	return withListen(page, `
		globalThis.__spoken = [];
		listen.observe(utterance => {
			const entry = {text: utterance.text, lang: utterance.lang, rate: utterance.rate, started: null, words: []};
			globalThis.__spoken.push(entry);
			if (${words}) {
				for (const match of utterance.text.matchAll(/\\S+/gu)) {
					utterance.dispatchEvent(new SpeechSynthesisEvent('boundary', {utterance, charIndex: match.index, charLength: match[0].length, name: 'word'}));
					entry.words.push({word: match[0], highlighted: listen.highlighted()});
				}
			}
			utterance.addEventListener('start', () => { entry.started = listen.highlighted(); });
		});`);
}

const spoken = (page: Page) => withListen<Logged[]>(page, 'return globalThis.__spoken;');
const state = (page: Page) => withListen<string>(page, 'return listen.state();');

/** A real click on a control in the overlay (user activation for the page, as a reader's click). */
async function clickInOverlay(page: Page, selector: string): Promise<void> {
	const box = await inOverlay<{x: number; y: number}>(page, `
		const rect = root.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
		return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2};`);
	await page.mouse.click(box.x, box.y);
}

/** Everything that must come back unchanged after reading mode. */
function pageState(page: Page) {
	return page.evaluate(() => ({
		html: document.documentElement.outerHTML,
		scrollY: window.scrollY,
		name: document.querySelector<HTMLInputElement>('#name')!.value,
		focus: document.activeElement?.id,
	}));
}

/**
 * speech-dispatcher starts on the browser's first request and takes several seconds to list
 * espeak-ng's voices (13,000 of them, with variants); each session waits for that once.
 */
async function engineReady(extension: Extension, url: string): Promise<void> {
	const {page} = await openPage(extension, url);
	await page.waitForFunction(() => speechSynthesis.getVoices().length > 10, undefined, {timeout: 90_000});
}

describe.skipIf(skipReason ?? speechSkipReason)('Listen in Chromium with speech-dispatcher and espeak-ng', () => {
	let server: TestServer;
	let extension: Extension;
	let speech: SpeechEnv;
	let page: Page;
	let tabId: number;

	beforeAll(async () => {
		speech = await speechEnv();
		({server, extension} = await startSession({speech: speech.env}));
		await engineReady(extension, server.page('listen-article.html'));
	});
	afterAll(async () => {
		await stopSession(server, extension);
		await speech?.remove();
	});

	async function readingMode(file = 'listen-article.html'): Promise<void> {
		({page, tabId} = await openPage(extension, server.page(file)));
		await page.fill('#name', 'Ada');
		await page.evaluate(() => window.scrollTo(0, 400));
		expect(await extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId)).toEqual({open: true});
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
	}

	async function leave(): Promise<void> {
		await page.keyboard.press('Escape');
		await page.waitForSelector('clearpage-reader', {state: 'detached'});
	}

	it('the real engine lists voices and reads title, byline, then body, highlighting each sentence as the engine starts it', async () => {
		await readingMode();
		expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBeGreaterThan(10);
		await observe(page, false);
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(async () => (await spoken(page)).filter(entry => entry.started).length).toBeGreaterThanOrEqual(6);
		expect(await withListen(page, 'return listen.engine();')).toBe('page');
		const log = await spoken(page);
		expect(log[0]!.text).toBe('Fog delays the harbour ferry again');
		expect(log[1]!.text).toMatch(/Ines Marlow/u);
		expect(log[2]!.text).toMatch(/^The harbour town woke to fog again on Tuesday/u);
		expect(log[0]!.lang).toBe('en');
		for (const entry of log.filter(logged => logged.started)) {
			expect(entry.started!.kind).toBe('sentence');
			expect(squash(entry.started!.text)).toBe(squash(entry.text));
		}
		// The controls say what a click does now.
		expect(await inOverlay(page, `return root.querySelector('.cp-listen-main').textContent;`)).toBe('Pause');
		await leave();
	});

	it('highlights the word at each boundary charIndex across paragraphs, links and inline formatting (boundary events dispatched on the player\'s real utterances: this engine sends none)', async () => {
		await readingMode();
		await observe(page, true);
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(8);
		const log = await spoken(page);
		const words = log.flatMap(entry => entry.words);
		for (const {word, highlighted} of words) {
			expect(highlighted, word).toEqual({text: word, kind: 'word'});
		}
		const heard = words.map(({word}) => word);
		// Inside <em>, <a> and <strong>, and in the fourth paragraph as well as the first.
		expect(heard).toEqual(expect.arrayContaining(['twenty', 'notebook', 'late', 'flour,', 'bakery']));
		await leave();
	});

	it('highlights the right word in a right-to-left Arabic article, with an Arabic voice (dispatched boundary events on real utterances)', async () => {
		await readingMode('listen-article-ar.html');
		await observe(page, true);
		await clickInOverlay(page, '.cp-listen-main');
		// Read to the end: title, byline, four paragraphs, one of them two sentences.
		await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(7);
		await expect.poll(() => state(page)).toBe('idle');
		const log = await spoken(page);
		expect(log[0]!.text).toBe('الضباب يؤخر عبارة الميناء مرة أخرى');
		expect(log[0]!.lang).toBe('ar');
		const voice = await inOverlay<string>(page, `return root.querySelector('.cp-listen-voice').selectedOptions[0].textContent;`);
		expect(voice).toMatch(/\(ar\b/u);
		const words = log.flatMap(entry => entry.words);
		for (const {word, highlighted} of words) expect(highlighted, word).toEqual({text: word, kind: 'word'});
		expect(words.map(({word}) => word)).toEqual(expect.arrayContaining(['عشرين', 'بدفتر', 'الدقيق،']));
		await leave();
	});

	it('pauses, resumes, skips a paragraph and changes speed from the keyboard and the controls', async () => {
		await readingMode();
		await observe(page, false);
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(() => state(page)).toBe('playing');
		await page.keyboard.press('l');
		await expect.poll(() => state(page)).toBe('paused');
		await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
		const paused = await withListen<string>(page, 'return listen.passage();');
		const heardBefore = (await spoken(page)).length;
		await page.keyboard.press('l');
		await expect.poll(() => state(page)).toBe('playing');
		// Resumes where it stopped: the next utterance is from the same paragraph.
		await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(heardBefore);
		expect(paused).toContain((await spoken(page))[heardBefore]!.text.trim());

		await inOverlay(page, `const rate = root.querySelector('.cp-listen-rate'); rate.value = '2'; rate.dispatchEvent(new Event('change'));`);
		await expect.poll(async () => (await spoken(page)).at(-1)!.rate).toBe(2);
		const before = await withListen<string>(page, 'return listen.passage();');
		await page.keyboard.press('l');
		await expect.poll(() => state(page)).toBe('paused');
		await page.keyboard.press(']');
		const after = await withListen<string>(page, 'return listen.passage();');
		expect(after).not.toBe(before);
		await clickInOverlay(page, '.cp-listen-stop');
		await expect.poll(() => state(page)).toBe('idle');
		expect(await withListen(page, 'return listen.highlighted();')).toBeNull();
		await leave();
	});

	it('stops speaking when reading mode is left while it speaks, and gives the page back exactly', async () => {
		({page, tabId} = await openPage(extension, server.page('listen-article.html')));
		await page.fill('#name', 'Ada');
		await page.evaluate(() => window.scrollTo(0, 400));
		const before = await pageState(page);
		await extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(true);
		await leave();
		await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
		const after = await pageState(page);
		// The click that started listening focused nothing on the page; all else is as it was.
		expect({...after, focus: before.focus}).toEqual(before);
	});

	it('Listen in the popup opens reading mode and reads there with the extension\'s engine, and goes on after the popup closes', async () => {
		// Started outside the page: Chrome's speechSynthesis could refuse it (no click in the page), the extension's engine speaks.
		page = await extension.context.newPage();
		// Its own address, so the popup reads this tab and not the first one, on the same page.
		await page.goto(`${server.page('listen-article.html')}?tab=new`);
		tabId = await tabIdOf(extension, page.url());
		const popup = await openPopup(extension, tabId);
		await popup.getByRole('button', {name: 'Listen'}).click();
		// The page is a tab behind the popup, where waitForSelector's animation frames do not run.
		await expect.poll(() => page.evaluate(() => document.querySelector('clearpage-reader') !== null)).toBe(true);
		await expect.poll(() => state(page)).toBe('playing');
		expect(await withListen(page, 'return listen.engine();')).toBe('background');
		await expect.poll(() => popup.locator('#copy-status').textContent()).toMatch(/goes on when this popup closes/u);
		await popup.close();
		const first = await withListen<string>(page, 'return listen.passage();');
		// The engine's sentence events come back to the page: the highlight moves on through the article.
		await expect.poll(() => withListen<string>(page, 'return listen.passage();')).not.toBe(first);
		await expect.poll(() => withListen<Highlight | null>(page, 'return listen.highlighted();')).toMatchObject({kind: 'sentence'});
		// Between one sentence's end and the next one's start the engine is briefly not speaking: poll.
		await expect.poll(() => extension.worker.evaluate(() => new Promise(resolve => chrome.tts.isSpeaking(resolve)))).toBe(true);
		await page.bringToFront();
		await leave();
		await expect.poll(() => extension.worker.evaluate(() => new Promise(resolve => chrome.tts.isSpeaking(resolve)))).toBe(false);
		await page.close();
	});

	it('the Listen shortcut (its handler, through the service-worker hook) starts, pauses and resumes', async () => {
		({page, tabId} = await openPage(extension, server.page('listen-article.html')));
		const listen = () => extension.worker.evaluate(id => globalThis.__test!.runListen(id), tabId);
		await listen();
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await expect.poll(() => state(page)).toBe('playing');
		await listen();
		await expect.poll(() => state(page)).toBe('paused');
		await listen();
		await expect.poll(() => state(page)).toBe('playing');
		await leave();
	});

	it('line focus: a toggle with its state, 1, 3 or 5 lines, moved by the arrow keys, the mouse and the spoken word', async () => {
		({page, tabId} = await openPage(extension, server.page('listen-article.html')));
		await page.fill('#name', 'Ada');
		await page.evaluate(() => window.scrollTo(0, 400));
		const before = await pageState(page);
		await extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await clickInOverlay(page, '.cp-line-focus-toggle');
		expect(await inOverlay(page, `return root.querySelector('.cp-line-focus-toggle').getAttribute('aria-pressed');`)).toBe('true');
		const focus = () => withListen<{on: boolean; lines: number; top: number; bottom: number}>(page, 'return listen.lineFocus();');
		const line = await inOverlay<number>(page, `return parseFloat(getComputedStyle(root.querySelector('.cp-body p')).lineHeight);`);
		let band = await focus();
		expect(band).toMatchObject({on: true, lines: 3});
		expect(band.bottom - band.top).toBeCloseTo(3 * line, 0);
		// The dimmed panels leave exactly the band clear.
		const panels = await inOverlay<{above: number; below: number}>(page, `
			return {above: root.querySelector('.cp-line-focus-above').getBoundingClientRect().bottom,
				below: root.querySelector('.cp-line-focus-below').getBoundingClientRect().top};`);
		expect(panels.above).toBeCloseTo(band.top, 0);
		expect(panels.below).toBeCloseTo(band.bottom, 0);

		await page.keyboard.press('ArrowDown');
		expect((await focus()).top).toBeCloseTo(band.top + line, 0);
		await inOverlay(page, `const lines = root.querySelector('.cp-line-focus-lines'); lines.value = '5'; lines.dispatchEvent(new Event('change'));`);
		band = await focus();
		expect(band.bottom - band.top).toBeCloseTo(5 * line, 0);
		await page.mouse.move(300, 500);
		band = await focus();
		expect((band.top + band.bottom) / 2).toBeCloseTo(500, 0);

		// Following the spoken word: the band is centred on the highlight.
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(() => withListen(page, 'return listen.highlighted();')).not.toBeNull();
		await inOverlay(page, `root.querySelector('.cp-listen-main').click();`);
		await expect.poll(() => state(page)).toBe('paused');
		const mark = await inOverlay<{top: number; bottom: number}>(page, `const rect = root.querySelector('mark.cp-spoken').getBoundingClientRect(); return {top: rect.top, bottom: rect.bottom};`);
		band = await focus();
		expect(band.top).toBeLessThanOrEqual(mark.top + 1);
		expect(band.bottom).toBeGreaterThanOrEqual(mark.bottom - 1);

		await page.keyboard.press('f');
		expect((await focus()).on).toBe(false);
		await leave();
		const after = await pageState(page);
		if (after.html !== before.html) {
			let i = 0;
			while (after.html[i] === before.html[i]) i++;
			console.log('LFSTATE', JSON.stringify(before.html.slice(i - 200, i + 300)), '\nAFTER', JSON.stringify(after.html.slice(i - 200, i + 300)));
		}
		expect({...after, focus: before.focus}).toEqual(before);
	});
});

describe.skipIf(skipReason ?? speechSkipReason)('Listen and line focus controls under axe', () => {
	let server: TestServer;
	let extension: Extension;
	let speech: SpeechEnv;

	beforeAll(async () => {
		speech = await speechEnv();
		({server, extension} = await startSession({speech: speech.env}));
		await engineReady(extension, server.page('listen-article.html'));
	});
	afterAll(async () => {
		await stopSession(server, extension);
		await speech?.remove();
	});

	it('finds no serious violation with every Listen control shown, a word highlighted and line focus on', async () => {
		const {page, tabId} = await openPage(extension, server.page('listen-article.html'));
		await extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(() => withListen(page, 'return listen.highlighted();')).not.toBeNull();
		await page.keyboard.press('l');
		await expect.poll(() => withListen(page, 'return listen.state();')).toBe('paused');
		await page.keyboard.press('f');
		expect(await inOverlay(page, `return [...root.querySelectorAll('.cp-listen button, .cp-line-focus-toggle')].map(b => b.getAttribute('aria-label') ?? b.textContent);`))
			.toEqual(['Resume', 'Previous paragraph', 'Stop', 'Next paragraph', 'Line focus']);
		expect(await overlayViolations(page)).toEqual([]);
	});
});

describe.skipIf(skipReason)('Listen in Chromium with no speech engine', () => {
	let server: TestServer;
	let extension: Extension;

	beforeAll(async () => {
		({server, extension} = await startSession());
	});
	afterAll(() => stopSession(server, extension));

	it('says there is no voice instead of a button that does nothing', async () => {
		const {page, tabId} = await openPage(extension, server.page('listen-article.html'));
		expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
		await extension.worker.evaluate(id => globalThis.__test!.toggleInTab(id), tabId);
		await page.waitForSelector('clearpage-reader', {state: 'attached'});
		await clickInOverlay(page, '.cp-listen-main');
		await expect.poll(() => inOverlay(page, `return root.querySelector('.cp-listen-status').textContent;`)).toMatch(/no speech engine/u);
		expect(await withListen(page, 'return listen.state();')).toBe('idle');
	});
});

