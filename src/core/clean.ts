import {extractCaptions, findLeadCaptions, readLeadCaptions, seenCaptions} from './captions/extract.js';
import {prepareCaptions} from './captions/screen-reader.js';
import {removeByMarkup} from './clutter/markup-pass.js';
import {protectFigures} from './clutter/protect-figures.js';
import {hasProse} from './clutter/shape.js';
import {protectProse, unprotect} from './clutter/protect-prose.js';
import {RemovalLog} from './clutter/removal-log.js';
import {removeByText} from './clutter/text-pass.js';
import {elementsWithin, fold, textOf} from './dom-text.js';
import {resolveMedia} from './images.js';
import {type LedeMarks, markBlocks, restoreLede} from './left-behind.js';
import {toMarkdown} from './markdown.js';
import {hostOf} from './header/compare.js';
import {articleByline, articleDate, articleTitle} from './header/index.js';
import {articleLeadImage} from './header/lead-image.js';
import {signOff} from './header/sign-off.js';
import {directionOf, isJsonLd, jsonLdScripts, readMetadata} from './metadata.js';
import {toPlainText} from './plain-text.js';
import {cloneDocument, unclobber} from './unclobber.js';
import {parseArticle} from './readability.js';
import {markRecipe, type RecipeParts, restoreRecipe} from './recipe.js';
import {makeSanitizer} from './sanitize.js';
import {refuse} from './verdict.js';
import {textDocumentPre, titleTextDocument} from './text-document.js';
import type {Article, CleanOptions, CleanResult, NotArticleCode} from './types.js';
import {measure} from './words.js';

/**
 * Cleans a page into an article. The pipeline, in order, and why:
 * 1. Clone: Readability and the rules rewrite what they get; the caller's page must stay as it is.
 * 2. Metadata from the untouched clone: Readability drops <script> (JSON-LD) and <time> on its way.
 * 3. Markup clutter (comments, share bars, related boxes, footers…) out of the clone, so
 *    Readability neither scores it nor keeps it; prose that only wears an unlikely name
 *    (a lede in a "header") is marked so Readability still reads it (protect-prose.ts).
 *    Captions are shown as they are seen (screen-reader labels out, aria-hidden text in).
 * 4. Readability picks the article; a lede or a recipe's ingredients it left behind go back.
 * 5. Lazy images and absolute URLs, so captions can point at their image.
 * 6. Clutter by text ("MORE:", "Leave a Reply"…) and markup again, now that the article is known.
 * 7. Captions out of the body into their own list, after the clutter rules: a related box
 *    takes its thumbnails and their captions with it.
 * 8. Sanitize; the captions whose picture is still shown (or is the lead image) are listed.
 * 9. Text, counts and (on demand) Markdown.
 */
export function cleanDocument(doc: Document, options: CleanOptions): CleanResult {
	try {
		return clean(doc, options);
	} catch (error) {
		// jsdom walks the tree recursively; a page nested thousands deep overflows the stack
		// (browsers' parsers stop nesting at 512, so there the page never gets that deep).
		if (error instanceof RangeError) return notArticle('too-deep', 'This page is nested too deeply or is too large to read.');
		if (error instanceof OutOfTime) return notArticle('too-slow', 'This page took too long to read; it may be very large or still changing.');
		throw error;
	}
}

/** Thrown between steps when the time budget is spent; turned into a `too-slow` result. */
class OutOfTime extends Error {}

/** A check to call between steps: throws OutOfTime once `budgetMs` has passed since it was made. */
function clock(budgetMs: number | undefined): () => void {
	if (budgetMs === undefined) return () => {};
	const deadline = performance.now() + budgetMs;
	return () => {
		if (performance.now() > deadline) throw new OutOfTime();
	};
}

function clean(doc: Document, options: CleanOptions): CleanResult {
	const {url, force = false} = options;
	const check = clock(options.timeBudgetMs);
	const clone = cloneDocument(doc);
	const all = unclobber(clone);
	check();
	// Listed before the markup rules take any out: the recipe is read from them too.
	const jsonLd = jsonLdScripts(clone);
	const meta = readMetadata(clone, url, all, jsonLd);
	// A text file has no <title>: its first line or its file name names it, not the host. A first line
	// taken as the title leaves the body, as a repeated headline does.
	const textPre = textDocumentPre(clone);
	const textTitle = textPre ? titleTextDocument(textPre, url) : null;
	const sanitizer = makeSanitizer(doc);
	const log = new RemovalLog(sanitizer.toHtml);

	let leadCaptions: Element[] = [];
	let lede: LedeMarks | undefined;
	let recipe: RecipeParts | undefined;
	if (clone.body) {
		const inBody = elementsWithin(all, clone.body);
		dropUnread(inBody);
		removeByMarkup(clone.body, log, inBody);
		recipe = markRecipe(all, clone.body, jsonLd);
		prepareCaptions(inBody);
		leadCaptions = findLeadCaptions(clone.body, inBody);
		protectProse(inBody);
		protectFigures(inBody);
		lede = markBlocks(inBody, meta.header.headline === undefined ? undefined : all[meta.header.headline]);
	}
	check();
	const parsed = parseArticle(clone);
	if (!parsed) return notArticle('no-text', 'This page has no article text to read.');
	check();

	const root = unwrapPage(parsed.content);
	unprotect(root);
	restoreLede(root, lede);
	restoreRecipe(root, recipe);
	const lead = readLeadCaptions(leadCaptions, root, url);
	resolveMedia(root, url);
	const title = textTitle ?? (articleTitle(meta.header, parsed.title) || hostOf(url));
	dropRepeatedTitle(root, title);
	removeByText(root, log, url);
	removeByMarkup(root, log);
	const inArticle = extractCaptions(root, url);
	check();
	sanitizer.inPlace(root);
	// Without a share image, the picture of the page's lead figure that Readability left out heads the article.
	const leadFigure = lead[0] ? {url: lead[0].caption.imageSrc!, alt: lead[0].caption.imageAlt ?? null} : null;
	const leadImage = articleLeadImage(meta.leadImage ?? leadFigure, root);
	// Last, once the clutter rules are done: a caption is listed only if its picture is still shown.
	const captions = seenCaptions(lead, inArticle, root, leadImage);

	const text = toPlainText(root);
	if (!force) {
		const refusal = refuse(root, text, meta.calledArticle);
		if (refusal) return notArticle(...refusal);
	} else if (!text) {
		return notArticle('no-text', 'This page has no text to read.');
	}

	const lang = parsed.lang ?? meta.lang;
	const article: Omit<Article, 'markdown'> = {
		kind: 'article',
		url,
		title,
		byline: articleByline(meta.header, parsed.byline, signOff(root)),
		siteName: meta.siteName ?? parsed.siteName ?? hostOf(url),
		publishedTime: articleDate(meta.header, parsed.publishedTime),
		lang,
		dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : (meta.dir ?? directionOf(lang)),
		excerpt: parsed.excerpt ? fold(parsed.excerpt) : null,
		leadImage,
		...measure(text),
		html: root.innerHTML,
		text,
		captions,
		removed: log.blocks,
	};
	let markdown: string | undefined;
	return Object.defineProperty(article, 'markdown', {
		enumerable: true,
		get: () => (markdown ??= toMarkdown(root)),
	}) as Article;
}

function notArticle(code: NotArticleCode, reason: string): CleanResult {
	return {kind: 'not-article', code, reason};
}

/**
 * The headline is shown apart; a copy of it at the top of the body would be read twice. The copy
 * may come after a section label ("Breaking News"), but before the article's first paragraph.
 */
function dropRepeatedTitle(root: Element, title: string): void {
	const headline = fold(title);
	for (const el of root.querySelectorAll('h1, h2, p')) {
		if (el.tagName === 'P') {
			if (hasProse(el)) return;
			continue;
		}
		if (textOf(el) === headline) return void el.remove();
	}
}

/**
 * Elements whose text no reader sees as prose: scripts, styles, templates, hidden fallbacks,
 * a <title> in the body, form fields. Gone before anything reads text (captions, rules),
 * so payloads hidden in them never reach a caption or a removed-block preview. JSON-LD
 * stays: Readability reads metadata from it.
 */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE', 'XMP', 'NOEMBED', 'NOFRAMES', 'PLAINTEXT', 'TEXTAREA', 'SELECT']);

function dropUnread(elements: Element[]): void {
	for (const el of elements) {
		if (!UNREAD.has(el.tagName)) continue;
		if (!isJsonLd(el)) el.remove();
	}
}

/** Readability wraps its pick in <div id="readability-page-1">; the article is what is inside. */
function unwrapPage(content: Element): Element {
	const only = content.children.length === 1 ? content.firstElementChild : null;
	return only?.id === 'readability-page-1' ? only : content;
}
