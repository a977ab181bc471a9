import {byTag, hasTag, stillInside} from '../dom-find.js';
import {elementsOf, linkDensity} from '../dom-text.js';
import {matchMarkup, type MarkupMatch} from './markup-rules.js';
import {hasClutterShape} from './shape.js';
import type {RemovalLog} from './removal-log.js';

/** An element holding more than this share of the page's text is the page, not a widget on it. */
const MAX_TEXT_SHARE = 0.5;

/**
 * Removes widgets recognised by their markup (see markup-rules.ts) and built like clutter
 * (shape.ts) from `root`.
 * Before Readability `root` is the whole body; after it, the article.
 * Never removes an element that holds the headline or the marked-up article body.
 * `all` may list elements already taken out of `root`; they are skipped.
 */
export function removeByMarkup(root: Element, log: RemovalLog, all = elementsOf(root)): void {
	// Read only once some rule matches: many pages' markup names no widget at all.
	let keep: Element[] | undefined;
	let rootLength: number | undefined;
	// Named boxes that turned out not to be clutter: their named parts (a BEM `match-comments__minute`
	// inside a live commentary named `match-comments`) are pieces of that box, not widgets of their own.
	const cleared = new Map<Element, string>();
	const connected = root.isConnected;
	for (const el of all) {
		if (!stillInside(el, root, connected)) continue; // inside something removed already
		const rule = el.tagName === 'FORM' ? formRule(el) : matchMarkup(el);
		if (!rule) continue;
		keep ??= all.filter(isArticleMarker);
		if (keep.some(node => el.contains(node))) continue;
		rootLength ??= (root.textContent ?? '').length;
		if (rule.reason !== 'comments' && (el.textContent ?? '').length > rootLength * MAX_TEXT_SHARE) continue;
		if (insideCleared(el, rule.reason, cleared)) continue;
		if (rule.card && !isCard(el)) continue;
		// A name is one signal; the block must also be built like that clutter (see shape.ts).
		// A <nav>, <footer> or role says what the element is by its own semantics, as Readability
		// reads it too: that is both signals, and cleaning the output again finds nothing new.
		if (!rule.id.endsWith('-element') && !hasClutterShape(el, rule.reason)) {
			cleared.set(el, rule.reason);
			continue;
		}
		log.remove(el, rule.reason, rule.id);
	}
}

/**
 * The card itself: links (a name, other stories), and no element inside it named as the card too.
 * Its trigger, the word in the sentence, wears the same name around it, and must stay.
 */
function isCard(el: Element): boolean {
	if (linkDensity(el) < 0.5 || el.querySelectorAll('a[href]').length < 2) return false;
	for (const inner of el.querySelectorAll('[class], [id]')) if (matchMarkup(inner)?.card) return false;
	return true;
}

function insideCleared(el: Element, reason: string, cleared: Map<Element, string>): boolean {
	if (cleared.size === 0) return false;
	for (let node = el.parentElement; node; node = node.parentElement) if (cleared.get(node) === reason) return true;
	return false;
}

/** The headline and a schema.org article body mark where the article is. */
function isArticleMarker(el: Element): boolean {
	return el.tagName === 'H1' || (el.hasAttributes() && /\barticlebody\b/i.test(el.getAttribute('itemprop') ?? ''));
}

/** Forms in an article are comment boxes, newsletter sign-ups or search boxes. */
function formRule(form: Element): MarkupMatch {
	if (hasTag(form, 'textarea')) return {reason: 'comments', id: 'form:textarea'} as const;
	if (byTag(form, 'input').some(input => input.getAttribute('type')?.toLowerCase() === 'email')) return {reason: 'promo', id: 'form:email'} as const;
	return matchMarkup(form) ?? ({reason: 'navigation', id: 'form:other'} as const);
}
