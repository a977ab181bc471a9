import {type JsonNode, readJsonLd, typesOf} from './header/json-ld.js';
import {textLengthAtLeast} from './dom-text.js';

/**
 * A recipe's ingredients and steps. Readability scores prose, and a recipe is short lines: it
 * keeps the method and leaves the ingredient list behind (a table of amounts scores nothing), or
 * picks the page's service box over both. A recipe page says what its parts are, in schema.org's
 * Recipe (JSON-LD or microdata): the block of the page that holds those ingredients, or those
 * steps, is that part. A part the article lost goes back: a recipe without its ingredients is no
 * recipe to cook from.
 */

export interface RecipeParts {
	ingredients: Part | null;
	steps: Part | null;
}

interface Part {
	/** The block as it stood before Readability. */
	copy: Element;
	/** Each item's first words, lower-cased: what tells whether the article holds the item. */
	items: string[][];
}

/** Share of the items a block must hold to be that part, and the article to have kept it. */
const HOLDS = 0.6;
const KEPT = 0.5;
/** A block that long is not an ingredient list or a method, but the page around them. */
const MAX_CHARS = {ingredients: 4000, steps: 20000};
const WORD = /\p{L}{3,}/gu;
const MICRODATA_INGREDIENT = '[itemprop~="recipeIngredient"], [itemprop~="ingredients"]';

/**
 * Before Readability: the page's recipe parts, from its JSON-LD blocks (`jsonLd`) or its microdata
 * (an element of `elements`, the page's, typed Recipe); undefined on a page that is no recipe.
 */
export function markRecipe(elements: Element[], body: Element, jsonLd: Element[]): RecipeParts | undefined {
	const scripts = jsonLd.filter(el => /Recipe/.test(el.textContent ?? ''));
	const recipe = scripts.length > 0 ? readJsonLd(scripts).nodes.find(node => typesOf(node).includes('Recipe')) : undefined;
	if (recipe) return fromJsonLd(recipe, body, scripts);
	// A loop over the elements already listed: a whole-page attribute query costs several times more in jsdom.
	return elements.some(isMicrodataRecipe) ? fromMicrodata(body) : undefined;
}

function isMicrodataRecipe(el: Element): boolean {
	return el.hasAttributes() && /schema\.org\/Recipe$/.test(el.getAttribute('itemtype') ?? '');
}

function fromJsonLd(recipe: JsonNode, body: Element, scripts: Element[]): RecipeParts | undefined {
	const ingredients = itemsOf(textsOf(recipe['recipeIngredient'] ?? recipe['ingredients']), 3);
	const steps = itemsOf(textsOf(recipe['recipeInstructions']), 6);
	const text = (el: Element) => textWithout(el, scripts);
	const parts = {
		ingredients: part(holder(body, ingredients, text), ingredients, MAX_CHARS.ingredients),
		steps: part(holder(body, steps, text), steps, MAX_CHARS.steps),
	};
	return parts.ingredients || parts.steps ? parts : undefined;
}

function fromMicrodata(body: Element): RecipeParts | undefined {
	const listed = [...body.querySelectorAll(MICRODATA_INGREDIENT)];
	const method = [...body.querySelectorAll('[itemprop~="recipeInstructions"]')];
	const items = (els: Element[], words: number) => itemsOf(els.map(el => el.getAttribute('content') ?? el.textContent ?? ''), words);
	const parts = {
		ingredients: part(commonAncestor(listed), items(listed, 3), MAX_CHARS.ingredients),
		steps: part(commonAncestor(method), items(method, 6), MAX_CHARS.steps),
	};
	return parts.ingredients || parts.steps ? parts : undefined;
}

/** After Readability (and the lede's put-back): the parts `root` lost go back, above the method it kept or at the top. */
export function restoreRecipe(root: Element, parts: RecipeParts | undefined): void {
	if (!parts) return;
	const text = lower(root.textContent);
	const kept = (part: Part) => share(text, part.items) >= KEPT;
	const lost = [parts.ingredients, parts.steps].filter((part): part is Part => part !== null && !kept(part));
	if (lost.length === 0) return;
	const method = parts.steps && kept(parts.steps) ? holder(root, parts.steps.items, el => lower(el.textContent)) : null;
	const anchor = method ? topLevel(method, root) : root.firstChild;
	for (const part of lost) {
		if (anchor) anchor.before(part.copy);
		else root.append(part.copy);
	}
}

/** The text of schema.org's loose shapes: a string, a list, a HowToStep's `text`, a HowToSection's steps. */
function textsOf(value: unknown, depth = 0): string[] {
	if (depth > 4 || value === null || value === undefined) return [];
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(item => textsOf(item, depth + 1));
	if (typeof value !== 'object') return [];
	const node = value as JsonNode;
	if (node['itemListElement']) return textsOf(node['itemListElement'], depth + 1);
	return textsOf(node['text'] ?? node['name'], depth + 1);
}

function itemsOf(texts: string[], words: number): string[][] {
	return texts.map(text => (lower(stripTags(text)).match(WORD) ?? []).slice(0, words)).filter(item => item.length > 0);
}

/** JSON-LD text may carry HTML ("<p>Preheat the oven…</p>"). */
function stripTags(text: string): string {
	return text.replace(/<[^>]*>/g, ' ');
}

function part(block: Element | null, items: string[][], maxChars: number): Part | null {
	if (!block || items.length === 0 || textLengthAtLeast(block, maxChars)) return null;
	return {copy: block.cloneNode(true) as Element, items};
}

/**
 * The deepest element under `root` whose text holds most of `items` (as many as its parent, near
 * enough: one table of a recipe's two shares words with both), or null when `root` holds too few.
 */
function holder(root: Element, items: string[][], text: (el: Element) => string): Element | null {
	let held = items.length === 0 ? 0 : share(text(root), items);
	if (held < HOLDS) return null;
	let node = root;
	for (;;) {
		let next: Element | null = null;
		for (const child of node.children) {
			if (child.tagName === 'SCRIPT') continue;
			const childHeld = share(text(child), items);
			if (childHeld >= Math.max(HOLDS, held - 0.1)) [next, held] = [child, childHeld];
			if (next) break;
		}
		if (!next) return node === root ? null : node;
		node = next;
	}
}

function share(text: string, items: string[][]): number {
	if (items.length === 0) return 0;
	return items.filter(words => words.every(word => text.includes(word))).length / items.length;
}

/** An element's text without the JSON-LD it may hold: the recipe's own data names every ingredient. */
function textWithout(el: Element, scripts: Element[]): string {
	let text = lower(el.textContent);
	for (const script of scripts) if (el.contains(script)) text = text.replace(lower(script.textContent), ' ');
	return text;
}

function lower(text: string | null): string {
	return (text ?? '').toLowerCase();
}

function commonAncestor(els: Element[]): Element | null {
	if (els.length === 0) return null;
	let common: Element | null = els[0]!;
	for (const el of els.slice(1)) while (common && !common.contains(el)) common = common.parentElement;
	return common && common.tagName !== 'BODY' ? common : null;
}

/** The child of `root` that holds `el`: the part goes above the whole block the method stands in. */
function topLevel(el: Element, root: Element): Element {
	let node = el;
	while (node.parentElement && node.parentElement !== root) node = node.parentElement;
	return node;
}
