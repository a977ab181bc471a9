import type {NotArticle} from '../core/index.js';
import type {NotArticleCode} from '../core/types.js';
import type {Translate} from '../view/translate.js';

/**
 * The message saying why a page holds no article, one per core code; a Record over the
 * union, so a new code does not compile without its message. A page too slow to read has a
 * screen of its own, whose detail is the sentence here.
 */
export const NOT_ARTICLE_KEYS: Record<NotArticleCode, string> = {
	'no-text': 'notArticle_no_text',
	'too-little-text': 'notArticle_too_little_text',
	'listing': 'notArticle_listing',
	'too-deep': 'notArticle_too_deep',
	'too-slow': 'tooSlowDetail',
};

/**
 * Why a page holds no article, in the reader's language, picked by the core's `code`.
 * The core's own English sentence stays the fallback for a code this build has no message for.
 */
export function notArticleText(result: NotArticle, t: Translate): string {
	const key = Object.hasOwn(NOT_ARTICLE_KEYS, result.code) ? NOT_ARTICLE_KEYS[result.code] : undefined;
	const text = key ? t(key) : '';
	return text && text !== key ? text : result.reason;
}
