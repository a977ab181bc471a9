import type {NotArticle} from '../core/index.js';
import type {Translate} from '../view/translate.js';

/**
 * Why a page holds no article, in the reader's language, picked by the core's `code`
 * (`notArticle_<code>` in _locales). The core's own English sentence stays the fallback
 * for a code this build has no message for.
 */
export function notArticleText(result: NotArticle, t: Translate): string {
	const key = `notArticle_${String(result.code).replaceAll('-', '_')}`;
	const text = t(key);
	return text && text !== key ? text : result.reason;
}

/** "Show anyway" helps a page that looked like no article, not one already forced or too deep to read at all. */
export function canShowAnyway(result: NotArticle, forced: boolean): boolean {
	return !forced && result.code !== 'too-deep' && result.code !== 'too-slow';
}
