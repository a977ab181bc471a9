// The page-state table: which screen each answer of the page gets, and what its one button asks
// next (the popup reads the table; so does reading mode when it cannot open).
import {describe, expect, it} from 'vitest';
import type {NotArticleCode} from '../../src/core/types.js';
import {pageState, pageStateOf} from '../../src/page-states.js';
import type {Ask, NoArticle} from '../../src/page-states.js';

const notArticle = (code: NotArticleCode): NoArticle => ({kind: 'not-article', code, reason: 'The core says why.'});
const first: Ask = {force: false, patient: false};

/** What the screen's button would ask for next, or undefined when the screen offers none. */
function nextAsk(result: NoArticle, asked: Ask): Ask | undefined {
	return pageState(pageStateOf(result)).action?.next(asked, result);
}

describe('page states', () => {
	it('gives every answer of the page its screen', () => {
		expect(pageStateOf({kind: 'loading'})).toBe('page-loading');
		expect(pageStateOf({kind: 'pdf'})).toBe('pdf');
		expect(pageStateOf({kind: 'too-large', elements: 90_000})).toBe('too-large');
		expect(pageStateOf({kind: 'error', message: 'x'})).toBe('error');
		expect(pageStateOf({kind: 'not-responding'})).toBe('not-responding');
		expect(pageStateOf(notArticle('listing'))).toBe('not-article');
		expect(pageStateOf(notArticle('too-slow'))).toBe('too-slow');
	});

	it('offers "Show anyway" only where forcing can help, and keeps the longer time budget', () => {
		expect(nextAsk(notArticle('listing'), first)).toEqual({force: true, patient: false});
		expect(nextAsk(notArticle('too-little-text'), {force: false, patient: true})).toEqual({force: true, patient: true});
		expect(nextAsk(notArticle('listing'), {force: true, patient: false})).toBeUndefined();
		expect(nextAsk(notArticle('too-deep'), first)).toBeUndefined();
	});

	it('gives a slow page more time once, never a button to try forever', () => {
		expect(nextAsk(notArticle('too-slow'), {force: true, patient: false})).toEqual({force: true, patient: true});
		expect(nextAsk(notArticle('too-slow'), {force: false, patient: true})).toBeUndefined();
	});

	it('reads a very large page with the longer budget, and tries the same again after an error or a hang', () => {
		expect(nextAsk({kind: 'too-large', elements: 90_000}, first)).toEqual({force: false, patient: true});
		const asked = {force: true, patient: true};
		for (const result of [{kind: 'error', message: 'x'}, {kind: 'loading'}, {kind: 'not-responding'}] as NoArticle[]) {
			expect(nextAsk(result, asked), result.kind).toEqual(asked);
		}
	});

	it('offers nothing on a PDF or a page the browser keeps extensions out of', () => {
		expect(nextAsk({kind: 'pdf'}, first)).toBeUndefined();
		expect(pageState('restricted').action).toBeUndefined();
		expect(pageState('file').action).toBeUndefined();
	});

	it('has reading mode say what a PDF is, not only that it cannot be read', () => {
		expect(pageState('pdf').refusal).toBe(pageState('pdf').detail);
		expect(pageState('too-large').refusal).toBeUndefined();
	});
});
