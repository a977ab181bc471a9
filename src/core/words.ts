/** Word counts and reading time that hold for scripts without spaces between words. */

// Han, Hiragana, Katakana and Hangul are read per character, not per word.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
const WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;

/** Words per minute for silent reading of prose (Brysbaert 2019: 238 wpm). */
const WORDS_PER_MINUTE = 238;
/** Characters per minute for CJK scripts (about 500 characters per minute). */
const CJK_PER_MINUTE = 500;

/** Word count and reading time in minutes (at least 1). */
export function measure(text: string): {wordCount: number; readingMinutes: number} {
	const cjk = text.match(CJK)?.length ?? 0;
	const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
	const minutes = words / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE;
	return {wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(minutes))};
}
