/**
 * Every state a page can be in besides showing its article, in one table: the popup's screen
 * for it (title, detail, its one button and what that button asks for next) and what reading
 * mode says when it cannot open. The popup (popup/screens.ts) and the content script read it.
 * Each key names a message in src/_locales; tests/locales.test.ts checks they all exist.
 */
import type {Article} from './core/index.js';
import type {PageResult} from './messages.js';

/** What the popup asks of the page: past the not-article check, and with the longer time budget. */
export interface Ask {
	force: boolean;
	patient: boolean;
}

/** What the popup got instead of an article: the content script's answer, or no answer in time. */
export type NoArticle = Exclude<PageResult, Article> | {kind: 'not-responding'};

export interface PageState {
	/** The heading. */
	title: string;
	/** The sentence under it, where the state has one; the popup shows the page's own detail instead when there is one. */
	detail?: string;
	/** The one button: its label, and the next ask, or undefined where asking again cannot help. */
	action?: {label: string; next: (asked: Ask, result: NoArticle) => Ask | undefined};
	/** What reading mode says when it cannot open in this state; the title when unset. */
	refusal?: string;
}

const again = (asked: Ask) => asked;

export const PAGE_STATES = {
	/** The popup, while it asks. */
	'loading': {title: 'loading'},
	'page-loading': {title: 'pageLoadingTitle', detail: 'pageLoadingDetail', action: {label: 'retry', next: again}},
	'not-article': {
		title: 'noArticleTitle',
		detail: 'noArticleDetail',
		// Forcing helps a page that looked like no article, not one already forced or too deep to read at all.
		action: {label: 'showAnyway', next: (asked, result) => (asked.force || (result.kind === 'not-article' && result.code === 'too-deep') ? undefined : {...asked, force: true})},
	},
	'restricted': {title: 'restrictedTitle', detail: 'restrictedDetail'},
	'pdf': {title: 'restrictedTitle', detail: 'pdfDetail', refusal: 'pdfDetail'},
	'file': {title: 'restrictedTitle', detail: 'fileDetail'},
	'error': {title: 'errorTitle', action: {label: 'retry', next: again}},
	// The reader who says "read it anyway" to a very large page gives it the longer time budget too.
	'too-large': {title: 'tooLargeTitle', action: {label: 'readAnyway', next: () => ({force: false, patient: true})}},
	// Once more, with more time; a page over even that gets no button to try forever.
	'too-slow': {title: 'tooSlowTitle', detail: 'tooSlowDetail', action: {label: 'moreTime', next: asked => (asked.patient ? undefined : {...asked, patient: true})}},
	'not-responding': {title: 'notRespondingTitle', detail: 'notRespondingDetail', action: {label: 'retry', next: again}},
} satisfies Record<string, PageState>;

export type PageStateName = keyof typeof PAGE_STATES;

/** The state of each answer; a Record over the kinds, so a new kind does not compile without one. */
const STATE_OF_KIND: Record<Exclude<NoArticle['kind'], 'not-article'>, PageStateName> = {
	'loading': 'page-loading',
	'too-large': 'too-large',
	'pdf': 'pdf',
	'error': 'error',
	'not-responding': 'not-responding',
};

export function pageStateOf(result: NoArticle): PageStateName {
	if (result.kind === 'not-article') return result.code === 'too-slow' ? 'too-slow' : 'not-article';
	return STATE_OF_KIND[result.kind];
}

/** The table's row for a state, as a PageState (the table itself keeps its literal types). */
export const pageState = (name: PageStateName): PageState => PAGE_STATES[name];
