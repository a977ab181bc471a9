import {hasTag} from '../dom-find.js';
import {fold} from '../dom-text.js';

/**
 * The visible headings that may be the article's headline, read from the untouched page:
 * every h1, and the elements a blog or CMS marks as the entry's title (an h2 under an h1
 * that holds the blog's name).
 */

export interface Heading {
	text: string;
	/** Position in the page's element list, to look for a dateline or byline near it. */
	index: number;
	/** An h1, or an element marked as the headline (itemprop, entry-title class). */
	strong: boolean;
	h1: boolean;
	/** The texts of its child elements: a kicker and the headline proper, set apart in their own spans. */
	parts: string[];
	/** The site's name as a heading: a link home, or marked as the site title or logo. */
	site: boolean;
	/** Inside the page's <article> or <main>: the story's own heading rather than the page's. */
	inArticle: boolean;
}

const HEADLINE_MARK = /(?:^|[\s_-])(?:entry|post|article|story|page|blog|news)[-_]?(?:title|headline)(?:$|[\s_-])|(?:^|\s)headline(?:$|\s)/i;
/** Page furniture: a heading inside it is a menu's, a teaser's or a widget's, not the story's. */
const FURNITURE = new Set(['FOOTER', 'ASIDE']);
const MAX_HEADINGS = 40;
const SITE_MARK = /(?:^|\s)(?:site[-_]?(?:title|name|logo|branding|header)|blog[-_]?(?:title|name)|logo|brand|branding|masthead)(?:$|\s)/i;

export function findHeadings(elements: Element[], url: string): Heading[] {
	const headings: Heading[] = [];
	for (const [index, el] of elements.entries()) {
		// The marks are attributes, which most elements of a page have none of.
		const strong = el.tagName === 'H1' || (el.hasAttributes() && (el.getAttribute('itemprop') === 'headline' || (/^H[1-3]$/.test(el.tagName) && HEADLINE_MARK.test(el.getAttribute('class') ?? ''))));
		if (!strong && el.tagName !== 'H2') continue;
		const place = placeOf(el);
		// A breadcrumb may hold the page's only h1: a menu's h2 is a menu's, an h1 is the page's.
		if (place === 'furniture' || (place === 'menu' && el.tagName !== 'H1')) continue;
		const text = fold(el.textContent ?? '');
		if (text.length < 2 || text.length > 300) continue;
		headings.push({text, index, strong, h1: el.tagName === 'H1', parts: childTexts(el), site: isSiteHeading(el, url), inArticle: place === 'article'});
		if (headings.length >= MAX_HEADINGS) break;
	}
	return headings;
}

/** Whether a heading sits in page furniture (a sidebar, the footer), in a menu, in the article, or elsewhere. */
function placeOf(el: Element): 'furniture' | 'menu' | 'article' | 'page' {
	let place: 'article' | 'page' = 'page';
	for (let node = el.parentElement; node; node = node.parentElement) {
		const role = node.getAttribute('role');
		if (FURNITURE.has(node.tagName) || role === 'complementary' || role === 'contentinfo') return 'furniture';
		if (node.tagName === 'NAV' || role === 'navigation') return 'menu';
		if (node.tagName === 'ARTICLE' || node.tagName === 'MAIN' || role === 'main') place = 'article';
	}
	return place;
}

/** A heading that links to the home page, or that the theme marks as the site's title or logo. */
function isSiteHeading(el: Element, url: string): boolean {
	// The theme's marks on the heading itself, or for an h1 on its block too (an h2 in a "brand" box may be a teaser's).
	const depth = el.tagName === 'H1' ? 3 : 1;
	for (let node: Element | null = el, up = 0; node && up < depth; node = node.parentElement, up++) {
		if (SITE_MARK.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
	}
	// Most headings hold no link: the selector engine is asked only when one might match.
	const link = hasTag(el, 'a') ? el.querySelector('a[href]') : null;
	if (!link || fold(link.textContent ?? '').length < fold(el.textContent ?? '').length / 2) return false;
	try {
		const target = new URL(link.getAttribute('href')!, url);
		return target.origin === new URL(url).origin && /^\/?(?:index\.\w+)?$/.test(target.pathname) && !target.search;
	} catch {
		return false;
	}
}

function childTexts(el: Element): string[] {
	if (el.children.length < 1 || el.children.length > 4) return [];
	return [...el.children].map(child => fold(child.textContent ?? '')).filter(Boolean);
}
