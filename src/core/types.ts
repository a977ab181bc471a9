/** Serialisable data produced by the core and shared by every context (content script, popup, CLI). */

export interface Caption {
	/** Caption text with the credit taken out. */
	text: string;
	/** Photo credit, e.g. "AFP/Getty", or null when the caption names none. */
	credit: string | null;
	/** Absolute URL of the image the caption belongs to, when one is found. */
	imageSrc: string | null;
	imageAlt: string | null;
}

/** Why a block left the article. */
export type RemovalReason =
	| 'comments'
	| 'footer'
	| 'related'
	| 'share'
	| 'follow'
	| 'likes'
	| 'promo'
	| 'cookie'
	| 'ad'
	| 'navigation'
	| 'author'
	| 'metadata'
	| 'hidden';

export interface RemovedBlock {
	reason: RemovalReason;
	/** Id of the rule that removed it (`markup:share`, `label:comments`…): what the removal audit counts by. */
	rule: string;
	/** Start of the block's text, whitespace folded, at most 160 characters. */
	text: string;
	/** Characters of text in the whole block (before folding), to judge what putting it back costs. */
	length: number;
	/** Sanitized HTML of the block, so a reader can put it back into the view. */
	html: string;
}

export interface LeadImage {
	url: string;
	alt: string | null;
}

export interface Article {
	kind: 'article';
	url: string;
	title: string;
	byline: string | null;
	siteName: string | null;
	/**
	 * ISO 8601 as the page states it (meta tags, JSON-LD, <time>, a dateline): a day ("2020-01-02"),
	 * or a time at the page's own offset ("2020-01-02T00:30:00+01:00"; with no offset, the page's
	 * local time). Its first ten characters are the page's calendar day, which the view shows as is.
	 */
	publishedTime: string | null;
	lang: string | null;
	dir: 'ltr' | 'rtl';
	excerpt: string | null;
	leadImage: LeadImage | null;
	wordCount: number;
	readingMinutes: number;
	/** Sanitized article HTML, captions taken out, URLs absolute. */
	html: string;
	/** Plain text: one blank line between blocks. */
	text: string;
	/** Markdown (turndown); computed on first read. */
	markdown: string;
	captions: Caption[];
	removed: RemovedBlock[];
}

/** Why there is no article, for callers that explain it in their own words (the popup translates it). */
export type NotArticleCode = 'no-text' | 'too-little-text' | 'listing' | 'too-deep' | 'too-slow';

export interface NotArticle {
	kind: 'not-article';
	code: NotArticleCode;
	/** One sentence a person can read. */
	reason: string;
}

export type CleanResult = Article | NotArticle;

export interface CleanOptions {
	/** The page URL: base for relative links and the article's `url`. */
	url: string;
	/** Extract even when the page does not look like an article ("Show anyway"). */
	force?: boolean;
	/**
	 * Give up with `code: 'too-slow'` once this many milliseconds have passed, checked between
	 * steps: a content script must not freeze the tab on a pathological page. No limit by default.
	 */
	timeBudgetMs?: number;
}
