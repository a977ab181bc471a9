import type {RemovalReason} from '../types.js';

/**
 * Clutter recognised by its markup: a class or id token, a tag or a role.
 * Tokens are matched part by part (split on "-" and "_"), so `post-share` and
 * `share_bar` match "share" but `shared-content` and `unrelated` do not. A token that reads as
 * a phrase (`sharing-with-partners`, the slug of a heading) names a section, not a widget.
 * The order matters: the first rule that matches names the reason.
 */
export interface MarkupRule {
	reason: RemovalReason;
	/** Whole class or id tokens, lower-cased. */
	tokens?: RegExp;
	/** Any one part of a token split on "-" and "_". */
	parts?: RegExp;
	/** Tags and attributes that mean the rule whatever the classes say. */
	element?: (el: Element) => boolean;
	/**
	 * A pop-up card that opens over a word of the text: its trigger (that word) and the card share
	 * the name, so only the innermost element so named is the card (see markup-pass.ts).
	 */
	card?: boolean;
}

export const markupRules: MarkupRule[] = [
	{
		reason: 'comments',
		tokens: /^(commentlist|comment-?respond|comment-form|comment-list|respond|disqus_thread|fb-comments|discussion|reply-title)$/,
		parts: /^(comments|disqus|commentary-thread)$/,
	},
	{
		reason: 'likes',
		tokens: /^(jetpack-likes-widget-wrapper|sd-like|wpl-likebox|post-likes-widget)$/,
		parts: /^(likes)$/,
	},
	{
		reason: 'share',
		tokens: /^(sharedaddy|addtoany|a2a_kit|shareaholic|sharethis|sd-sharing-enabled|sd-block|ssba)$/,
		parts: /^(share|sharing|sharebar|sharetools|social(share|buttons|bar))$/,
	},
	{
		reason: 'follow',
		tokens: /^(follow-us|connect-with-us|social-links|social-icons|social-follow|social-media|social-profiles|socials)$/,
	},
	{
		reason: 'related',
		tokens: /^(jp-relatedposts|yarpp-related|crp_related|read-next|readnext|more-stories|also-like|you-may-like|more-from|more-in)$/,
		parts: /^(related|relatedposts|recommended|recommendations|recirc|recirculation|outbrain|taboola|trending|popular|mostread|most-read)$/,
	},
	{
		// A person's or topic's card over a name in the text: their picture and links to other stories.
		reason: 'related',
		parts: /^(rollover|hovercard|popover|flyout)$/,
		card: true,
	},
	{
		reason: 'promo',
		parts: /^(newsletter|newsletters|subscribe|subscription|signup|membership|donate|donation|promo|app-banner)$/,
	},
	{
		reason: 'cookie',
		parts: /^(cookie|cookies|consent|gdpr|dsgvo|rgpd|cmp|cookiebar|onetrust)$/,
	},
	{
		reason: 'ad',
		parts: /^(ad|ads|advert|adverts|advertisement|adslot|adsbygoogle|dfp|gpt|sponsor|sponsored|adunit|ad-unit|banner-ad)$/,
		element: el => el.id.startsWith('div-gpt-ad'),
	},
	{
		reason: 'footer',
		tokens: /^(colophon|site-footer|page-footer|footer|footer-widgets|site-info)$/,
		element: el => el.tagName === 'FOOTER' || el.getAttribute('role') === 'contentinfo',
	},
	{
		reason: 'author',
		tokens: /(^|-)(author-?bio|author-?box|about-(the-)?author|author-info|author-card|byline-social)(-|$)/,
	},
	{
		reason: 'navigation',
		tokens: /^(to-top|back-to-top|scroll-top|scrolltop|go-top|gotop|breadcrumb|breadcrumbs|post-navigation|nav-links|pagination|skip-link|tags|tag-list|post-tags|entry-tags|post-categories)$/,
		element: el => el.tagName === 'NAV' || el.getAttribute('role') === 'navigation' || el.hasAttribute('hidden'),
	},
];

const SPLIT = /[-_]/;
/** Words of a phrase, not of a widget's name: a token holding one is a heading's slug. */
const PHRASE_WORDS = /^(?:a|an|the|and|or|of|with|for|to|in|on|at|by|from|how|what|why|when|who|is|are|your|our|und|der|die|das|mit|von|zu|le|la|les|des|et|avec|pour|el|los|las|con|para|y)$/;
const MAX_NAME_PARTS = 5;

function isPhrase(parts: string[]): boolean {
	return parts.length > MAX_NAME_PARTS || parts.some(part => PHRASE_WORDS.test(part));
}
/** Tags that some rule's `element` test matches by themselves. */
const RULE_TAGS = new Set(['FOOTER', 'NAV']);

/** A rule that matched: why the block goes, and the rule's id for the removal log. */
export interface MarkupMatch {
	reason: RemovalReason;
	id: string;
	card?: boolean;
}

/** The first rule an element's markup matches, or undefined. */
export function matchMarkup(el: Element): MarkupMatch | undefined {
	// Every rule reads an attribute or one of these tags; most elements of a page have neither,
	// and a page may have 100,000 of them.
	if (!el.hasAttributes() && !RULE_TAGS.has(el.tagName)) return undefined;
	// The class tokens come before the id's: on a tie of rules the class names it.
	const byClass = matchNames(el.getAttribute('class') ?? '');
	const id = el.id;
	const byId = id ? readNames(id.toLowerCase().trim()) : null;
	const named = byId && (!byClass || byId.index < byClass.index) ? byId : byClass;
	// Rules are tried in order, each by its element test before its names.
	for (const index of ELEMENT_RULES) {
		if (named && named.index < index) break;
		const rule = markupRules[index]!;
		if (rule.element!(el)) return {reason: rule.reason, id: `markup:${rule.reason}-element`};
	}
	return named?.match;
}

const ELEMENT_RULES = markupRules.flatMap((rule, index) => (rule.element ? [index] : []));

interface NamedMatch {
	index: number;
	match: MarkupMatch;
}

/**
 * Pages repeat a handful of class lists over thousands of elements ("menu-item", "col-md-4"):
 * each list is read once (ids are each page's own, and are not kept). The cache is emptied when
 * it grows past what one page holds.
 */
const namesSeen = new Map<string, NamedMatch | null>();
const MAX_NAMES_SEEN = 5000;

function matchNames(raw: string): NamedMatch | null {
	const seen = namesSeen.get(raw);
	if (seen !== undefined) return seen;
	if (namesSeen.size >= MAX_NAMES_SEEN) namesSeen.clear();
	const found = readNames(raw.toLowerCase().trim());
	namesSeen.set(raw, found);
	return found;
}

/** The first rule (by its tokens or their parts) a class-and-id list matches. */
function readNames(names: string): NamedMatch | null {
	if (!names) return null;
	// Each token's parts once, not once a rule; a phrase's parts name no widget.
	const tokens = names.split(/\s+/).map(token => {
		const parts = token.split(SPLIT);
		return {token, parts: isPhrase(parts) ? [] : parts};
	});
	for (const [index, rule] of markupRules.entries()) {
		for (const {token, parts} of tokens) {
			if (rule.tokens?.test(token)) return {index, match: {reason: rule.reason, id: `markup:${rule.reason}-token`}};
			if (rule.parts && parts.some(part => rule.parts!.test(part))) {
				return {index, match: {reason: rule.reason, id: `markup:${rule.reason}-part`, ...(rule.card && {card: true})}};
			}
		}
	}
	return null;
}
