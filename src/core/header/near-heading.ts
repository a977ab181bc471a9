import {closestTag} from '../dom-find.js';
import {fold} from '../dom-text.js';

const ARTICLE = new Set(['article']);

/** How far from the headline a header line is looked for. */
export interface Reach {
	/** Elements read after the heading, and before it (in the heading's block only). */
	after: number;
	before: number;
	/** Once this much paragraph text has passed after the heading, the article has begun. */
	maxProse: number;
}

/**
 * The elements after the heading (until `stop`, or until the story's prose has begun; those inside
 * a `skip` box left out) and then just before it, nearest first, in the block that holds it: where
 * a page writes its byline and date.
 */
export function* nearHeading(elements: Element[], headingIndex: number, reach: Reach, stop: (el: Element) => boolean, skip?: (el: Element) => boolean): Generator<Element> {
	const heading = elements[headingIndex];
	if (!heading) return;
	let prose = 0;
	// Header furniture (a share bar between the headline and the byline) is passed over, not stopped at.
	let skipped: Element | undefined;
	for (let i = headingIndex + 1; i < elements.length && i <= headingIndex + reach.after; i++) {
		const el = elements[i]!;
		if (skipped?.contains(el)) continue;
		if (skip?.(el)) {
			skipped = el;
			continue;
		}
		if (stop(el)) break;
		yield el;
		if (el.tagName === 'P') prose += fold(el.textContent ?? '').length;
		if (prose > reach.maxProse) break;
	}
	// A story's <article> holds its whole header; elsewhere the heading's own block does.
	const block = closestTag(heading, ARTICLE) ?? heading.parentElement?.parentElement ?? heading.parentElement;
	for (let i = headingIndex - 1; i >= 0 && i >= headingIndex - reach.before; i--) {
		const el = elements[i]!;
		if (!block?.contains(el)) break;
		if (!el.contains(heading)) yield el;
	}
}
