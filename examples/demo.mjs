// npm start: cleans the bundled news page and shows what a reader gets, then where the extension is.
import {readFileSync} from 'node:fs';
import {cleanHtml} from '../dist/lib/clearpage.mjs';

const page = new URL('./news-page.html', import.meta.url);
const url = 'https://newsroom.example/2020/01/08/rockets-hit-baghdad-green-zone-near-us-embassy-after-trump-rows-back-on-iran-war-threats-11945678/';
const result = cleanHtml(readFileSync(page, 'utf8'), {url});
if (result.kind !== 'article') {
	console.error(`clearpage: ${result.reason}`);
	process.exit(3);
}

const rule = '─'.repeat(72);
const date = result.publishedTime ? new Date(result.publishedTime).toUTCString() : 'no date';
console.log(`${rule}\n${result.title}\n${[result.byline, result.siteName, date, `${result.readingMinutes} min read`].filter(Boolean).join(' · ')}\n${rule}\n`);
console.log(result.text);
console.log(`\n${rule}\nCaptions (${result.captions.length}), listed apart from the body:\n`);
for (const [i, caption] of result.captions.entries()) console.log(`  ${i + 1}. ${caption.text}\n     credit: ${caption.credit ?? '—'}`);
console.log(`\n${rule}\nRemoved (${result.removed.length} blocks):\n`);
for (const block of result.removed) console.log(`  [${block.reason}] ${block.text.slice(0, 90)}`);
console.log(`\n${rule}
The extension is built:
  Chrome:  open chrome://extensions, turn on Developer mode, "Load unpacked" → dist/chrome
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → dist/firefox/manifest.json
CLI:       node dist/cli.mjs FILE|- [--url URL] [--format text|markdown|html|json] [--force]   (--help explains them)`);
