// The second half of `npm run screenshots` (alone: `npx tsx scripts/screenshots-listen.ts`): PNGs
// of Listen (a word marked, the controls shown) and of line focus in reading mode, for the README
// (docs/screenshots/). Needs the speech engine of docs/e2e.md ("Speech"); espeak-ng reports no word
// boundaries, so one boundary event is dispatched on the player's utterance to show the word mark a
// voice with boundaries gives.
import {openPage} from '../tests/e2e/browser.js';
import {evaluateInContentWorld, inOverlay} from '../tests/e2e/content-world.js';
import {startServer} from '../tests/e2e/server.js';
import {speechEnv, speechSkipReason} from '../tests/e2e/speech-env.js';
import {launch, openReadingMode, screenshotsDir, shot} from './screenshot-kit.js';

if (speechSkipReason) {
	// The other screenshots are written by now; say which two are not, and fail.
	console.error(`listen.png and line-focus.png not rewritten: ${speechSkipReason}`);
	process.exit(1);
}
const server = await startServer();
const speech = await speechEnv();
const extension = await launch({speech: speech.env});
try {
	const {page, tabId} = await openPage(extension, server.page('listen-article.html'));
	await page.waitForFunction(() => speechSynthesis.getVoices().length > 10, undefined, {timeout: 90_000});
	await openReadingMode(extension, page, tabId);
	// The third utterance is the first paragraph's: mark its second word.
	await evaluateInContentWorld(page, `(() => {
		let count = 0;
		globalThis.__clearpageTest.listen.observe(utterance => {
			if (++count !== 3) return;
			const word = [...utterance.text.matchAll(/\\S+/gu)][1];
			utterance.dispatchEvent(new SpeechSynthesisEvent('boundary', {utterance, charIndex: word.index, charLength: word[0].length, name: 'word'}));
		});
	})()`);
	const box = await inOverlay<{x: number; y: number}>(page, `
		const rect = root.querySelector('.cp-listen-main').getBoundingClientRect();
		return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2};`);
	await page.mouse.click(box.x, box.y);
	const marked = () => evaluateInContentWorld<{kind: string} | null>(page, 'globalThis.__clearpageTest.listen.highlighted()');
	for (let tries = 0; (await marked())?.kind !== 'word'; tries++) {
		if (tries > 200) throw new Error('no word was marked');
		await page.waitForTimeout(50);
	}
	await page.keyboard.press('l');
	await shot(page, 'listen.png');
	await page.keyboard.press('f');
	const mark = await inOverlay<number>(page, `const rect = root.querySelector('mark.cp-spoken').getBoundingClientRect(); return rect.y + rect.height / 2;`);
	await page.mouse.move(500, mark);
	await shot(page, 'line-focus.png');
} finally {
	await extension.close();
	await server.close();
	await speech.remove();
}
console.log(`screenshots written to ${screenshotsDir.pathname}`);
