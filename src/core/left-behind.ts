import {endsInCredit} from './captions/credit.js';
import {DISCUSSION, OVERLAY} from './clutter/protect-prose.js';
import {hasProse, hasTeasers, isTeaser} from './clutter/shape.js';
import {isMetaLine} from './clutter/text-rules.js';
import {hasTag} from './dom-find.js';
import {linkDensity, textLengthAtLeast, textOf} from './dom-text.js';

/**
 * Readability keeps the block it scores best and the siblings that score well beside it. A lede
 * set in a block of its own between the headline and the body (a page builder's row, a
 * "subtitle" h2, the standfirst in a `header`) scores apart and is left behind in the page.
 * Prose that stands between the headline and the first paragraph Readability kept goes back in
 * front of that paragraph (not a photo's caption standing there: captions are found apart); the
 * clutter rules after Readability read it like the rest of the article.
 *
 * Where a block stands is judged before Readability: it takes out whole boxes it finds unlikely
 * (a `story-header`), lede and all, so after it the lede's surroundings are gone.
 */

const ORDER = 'data-cp-order';
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4']);
/** How many elements after the headline a lede may start: it stands under it, past a lead picture or gallery. */
const WINDOW = 300;
/**
 * A lede is a paragraph or two, and a story's opening paragraphs in a box of their own a few more;
 * more than this left behind is another part of the page.
 */
const MAX_BLOCKS = 8;
const MAX_CHARS = 4000;
/** What no lede sits in: page furniture, forms, figures (their captions are listed apart). */
const OUTSIDE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'figure', 'figcaption']);
const OUTSIDE_ROLES = new Set(['navigation', 'complementary']);
/** Beside discussion and what opens over the page (protect-prose.ts): promos, share bars and other stories. */
const PROMO_OR_OTHER_STORY = /newsletter|subscribe|promo|related|share|sharing|social/i;
/**
 * "Teaser" names both another story's box and this story's own standfirst (a CMS's `teaser-text`
 * under the headline): only a teaser built like another story's (a linked headline, links) is one.
 */
const TEASER = /teaser/i;
/** The writer's box beside the headline (name, role, a line of bio): the header shows the byline. */
const AUTHOR_BOX = /author|byline|contributor|profile/i;
/** A box named for a picture, or a block beside one, holds that picture's caption: captions are found apart. */
const PICTURE_BOX = /caption|credit|image|photo|gallery/i;
const PICTURES = ['img', 'picture', 'video'];
/** A caption is a few lines; a picture-named box holding more is a module of the article. */
const PICTURE_BOX_CHARS = 600;
const HEADINGS = new Set(['H2', 'H3', 'H4']);
/** What a line of text is made of inside a box: a box holding only these is a block of text. */
const PHRASING = new Set(['A', 'ABBR', 'B', 'BR', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
/**
 * A standfirst is a sentence without its full stop as often as with one: a line of a dozen
 * words or more, mostly outside links, is one when it stands where a standfirst stands.
 */
const STANDFIRST_WORDS = 10;
const STANDFIRST_CHARS = 60;

/** The blocks under the headline, numbered before Readability, and which of them stand where a lede may. */
export interface LedeMarks {
	headline: number;
	/** Blocks whose place (not in a figure, a form, a promo…) allows a lede; their text is read afterwards. */
	candidates: Candidate[];
}

/**
 * A block as it stood before Readability: Readability empties some blocks it does not keep
 * (a box of text alone becomes a new <p> holding the box's own nodes), so a copy is put back,
 * and the block counts as kept when its nodes are in the article, in whatever element.
 */
interface Candidate {
	order: number;
	copy: Element;
	nodes: Node[];
}

/**
 * Before Readability: numbers the blocks under the headline (`elements` is the body's, in order;
 * `headline` one of them), so the ones left behind can be told apart and placed. Undefined when
 * the page shows no headline.
 */
export function markBlocks(elements: Element[], headline: Element | undefined): LedeMarks | undefined {
	const start = headline ? elements.indexOf(headline) : -1;
	if (start < 0) return undefined;
	const end = Math.min(elements.length, start + WINDOW);
	const title = textOf(headline!);
	const candidates: Candidate[] = [];
	const outside = outsideTest();
	const refuses = refusesLedeTest();
	const header = new Set<Element>();
	for (let node: Element | null = headline!; node; node = node.parentElement) header.add(node);
	for (let i = start + 1; i < end; i++) {
		const el = elements[i]!;
		// Elements the markup rules took out are still listed, detached.
		if (!isBlock(el) || !el.isConnected) continue;
		el.setAttribute(ORDER, String(i));
		// What a block reads as is judged now, on the block as it stands: only a lede is worth a copy.
		if (!standsAsLede(el, header, outside, refuses)) continue;
		const text = textOf(el);
		if (!repeats(text, title) && readsAsLede(el, text)) {
			candidates.push({order: i, copy: el.cloneNode(true) as Element, nodes: [el, ...el.childNodes]});
		}
	}
	return {headline: start, candidates};
}

/** After Readability: puts the lede left behind back at the top of `root`, and takes the numbers off. */
export function restoreLede(root: Element, marks: LedeMarks | undefined): void {
	const first = root.querySelector(`[${ORDER}]`);
	if (marks && first) {
		const firstOrder = Number(first.getAttribute(ORDER));
		const lede: Element[] = [];
		for (const {order, copy, nodes} of marks.candidates) {
			if (order <= marks.headline || order >= firstOrder || nodes.some(node => root.contains(node))) continue;
			// A heading after the lede heads something else (a box of other stories) before the body.
			if (lede.length > 0 && copy.tagName !== 'P' && copy.tagName !== 'DIV') break;
			lede.push(copy);
		}
		// A page may print its standfirst twice (a header's and the body's abstract): once is enough.
		if (lede.length > 0) {
			const shown = new Set([textOf(root)]);
			for (let i = lede.length - 1; i >= 0; i--) {
				const text = textOf(lede[i]!);
				if ([...shown].some(other => other.includes(text))) lede.splice(i, 1);
				else shown.add(text);
			}
		}
		const chars = lede.reduce((sum, el) => sum + textOf(el).length, 0);
		// Above a figure, not inside it: the first block kept may be its caption's paragraph. And above
		// every box that begins with that block: the box may be a promo the rules after this take whole.
		const anchor = outermostStart(first.closest('figure') ?? first.closest('figcaption') ?? first, root);
		if (lede.length > 0 && lede.length <= MAX_BLOCKS && chars <= MAX_CHARS) anchor.before(...lede);
	}
	for (const el of root.querySelectorAll(`[${ORDER}]`)) el.removeAttribute(ORDER);
}

/** The outermost element under `root` that begins with `el`: nothing with text stands before `el` in it. */
function outermostStart(el: Element, root: Element): Element {
	let node = el;
	while (node.parentElement && node.parentElement !== root && beginsWith(node.parentElement, node)) node = node.parentElement;
	return node;
}

function beginsWith(box: Element, child: Element): boolean {
	for (const node of box.childNodes) {
		if (node === child) return true;
		if (/\S/.test(node.textContent ?? '')) return false;
	}
	return false;
}

/** A paragraph or subheading, or a box of text alone (a CMS's `<div class="description">` with no blocks in it). */
function isBlock(el: Element): boolean {
	if (BLOCKS.has(el.tagName)) return true;
	if (el.tagName !== 'DIV') return false;
	for (const child of el.children) if (!PHRASING.has(child.tagName)) return false;
	return /\S/.test(el.textContent ?? '');
}

/** `header`: the headline and the boxes holding it, which are the article's header whatever they are named ("module-imageTeaser"). */
function standsAsLede(el: Element, header: Set<Element>, outside: (el: Element) => boolean, refuses: (box: Element) => boolean): boolean {
	if (outside(el) || besidePicture(el)) return false;
	for (let node: Element | null = el; node && node.tagName !== 'BODY' && !header.has(node); node = node.parentElement) {
		if (refuses(node)) return false;
	}
	return true;
}

/** Whether a box's name and build say no lede is in it; the blocks under a headline share most boxes, each is judged once. */
function refusesLedeTest(): (box: Element) => boolean {
	const known = new Map<Element, boolean>();
	return box => {
		let result = known.get(box);
		if (result === undefined) {
			result = refusesLede(box);
			known.set(box, result);
		}
		return result;
	};
}

function refusesLede(node: Element): boolean {
	const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
	if (DISCUSSION.test(names) || OVERLAY.test(names) || PROMO_OR_OTHER_STORY.test(names) || AUTHOR_BOX.test(names)) return true;
	if (PICTURE_BOX.test(names) && isPictureBox(node)) return true;
	return TEASER.test(names) && (isTeaser(node) || hasTeasers(node) || linkDensity(node) >= 0.3);
}

/**
 * A box named for a picture is one when it is built like one: a caption's few lines, not a
 * subheading (a utility class like `caption-s5` styles headings too) nor a module holding the
 * article's text beside its picture.
 */
function isPictureBox(node: Element): boolean {
	return !HEADINGS.has(node.tagName) && !textLengthAtLeast(node, PICTURE_BOX_CHARS);
}

/**
 * Whether an element stands in page furniture, a form or a figure (OUTSIDE_TAGS), itself or by an
 * ancestor. The blocks under a headline share most ancestors: each is judged once.
 */
function outsideTest(): (el: Element) => boolean {
	const known = new Map<Element, boolean>();
	return el => {
		const climbed: Element[] = [];
		let result = false;
		for (let node: Element | null = el; node; node = node.parentElement) {
			const seen = known.get(node);
			if (seen !== undefined) {
				result = seen;
				break;
			}
			climbed.push(node);
			if (OUTSIDE_TAGS.has(node.localName) || OUTSIDE_ROLES.has(node.getAttribute('role') ?? '')) {
				result = true;
				break;
			}
		}
		// Every element climbed past lies inside the one that decided, or under no furniture at all.
		for (const node of climbed) known.set(node, result);
		return result;
	};
}

/** A block that shares a small box with a picture is that picture's caption, whatever it says. */
function besidePicture(el: Element): boolean {
	const box = el.parentElement;
	if (!box || box.children.length > 3) return false;
	for (const sibling of box.children) if (sibling !== el && (PICTURES.includes(sibling.localName) || hasTag(sibling, ...PICTURES))) return true;
	return false;
}

/** A line that holds the headline again is a widget's ("Share all options for: …") or a teaser's, not the lede. */
function repeats(text: string, title: string): boolean {
	// A short title ("Children and work") is words a paragraph may hold; a long one held by a short line is the headline again.
	return title.length >= 20 && text.length < title.length * 3 && text.includes(title);
}

/** Prose, or a standfirst's line: a dozen words mostly outside links, not a byline or dateline. */
function readsAsLede(el: Element, text: string): boolean {
	if (endsInCredit(text)) return false;
	if (hasProse(el, text)) return true;
	if (text.length < STANDFIRST_CHARS || text.split(' ').length < STANDFIRST_WORDS) return false;
	return linkDensity(el, text) < 0.3 && !isMetaLine(text) && !isDateline(text) && !BYLINE_START.test(text) && !/:$/.test(text);
}

/** "By Jane Doe on Monday…": a byline, however it goes on. */
const BYLINE_START = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez)\s+\p{Lu}/u;

/** Words of a date and a time: "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT". */
const DATE_PART = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|(?:1[89]|20)\d\d,?|\d{1,2}[:.]\d\d|\d{1,2}(?:st|nd|rd|th)?,?|[A-Z]{2,4}T|UTC|GMT)$/i;

/** A line mostly of dates and times (two of them, say): a dateline, however long. */
function isDateline(text: string): boolean {
	const words = text.split(' ');
	const dated = words.filter(word => DATE_PART.test(word)).length;
	return dated >= 4 && dated >= words.length / 2;
}
