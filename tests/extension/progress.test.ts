// Reading progress: the share read, the minutes left, the bar's accessible value, and the bounded store of places.
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {MAX_POSITIONS, normalizePositions, positionKey, withPosition} from '../../src/position-list.js';
import {minutesLeft, readFraction, renderProgress} from '../../src/view/progress.js';

describe('reading progress', () => {
	it('is the share of the scrollable height scrolled past, clamped, and whole for an article that fits', () => {
		expect(readFraction(0, 5000, 1000)).toBe(0);
		expect(readFraction(2000, 5000, 1000)).toBe(0.5);
		expect(readFraction(4000, 5000, 1000)).toBe(1);
		expect(readFraction(4100, 5000, 1000)).toBe(1);
		expect(readFraction(-20, 5000, 1000)).toBe(0);
		expect(readFraction(0, 800, 1000)).toBe(1);
	});

	it('counts minutes left up, never 0 before the end', () => {
		expect(minutesLeft(10, 0)).toBe(10);
		expect(minutesLeft(10, 0.5)).toBe(5);
		expect(minutesLeft(4, 0.4999)).toBe(2);
		expect(minutesLeft(10, 0.55)).toBe(5);
		expect(minutesLeft(10, 0.56)).toBe(5);
		expect(minutesLeft(10, 0.61)).toBe(4);
		expect(minutesLeft(10, 0.99)).toBe(1);
		expect(minutesLeft(1, 0.2)).toBe(1);
		expect(minutesLeft(10, 1)).toBe(0);
	});

	it('gives the bar a name and a value a screen reader says with the minutes left', () => {
		const {document} = new JSDOM('').window;
		const t = (key: string, sub?: string | string[]) => ({progressLabel: 'Reading progress', minutesLeft: `${sub} left`, progressDone: 'End of the article'})[key] ?? key;
		const progress = renderProgress(document, 8, t, 'en');
		expect(progress.bar.getAttribute('role')).toBe('progressbar');
		expect(progress.bar.getAttribute('aria-label')).toBe('Reading progress');
		progress.update(0.25);
		expect(progress.bar.getAttribute('aria-valuenow')).toBe('25');
		expect(progress.bar.getAttribute('aria-valuetext')).toBe('25%, 6 minutes left');
		expect(progress.label.textContent).toBe('6 minutes left');
		progress.update(1);
		expect(progress.label.textContent).toBe('End of the article');
	});
});

describe('stored reading positions', () => {
	it('keys an article by its address without the fragment, and keeps no readable address', () => {
		expect(positionKey('https://news.example/a?id=1#comments')).toBe(positionKey('https://news.example/a?id=1'));
		expect(positionKey('https://news.example/a?id=1')).not.toBe(positionKey('https://news.example/a?id=2'));
		expect(positionKey('https://news.example/a')).not.toContain('news');
	});

	it('replaces an article\'s place, newest first, and forgets the oldest past the limit', () => {
		let entries = withPosition([], 'https://a.example/1', 0.3, 1);
		entries = withPosition(entries, 'https://a.example/2', 0.5, 2);
		entries = withPosition(entries, 'https://a.example/1', 0.7, 3);
		expect(entries).toEqual([[positionKey('https://a.example/1'), 0.7, 3], [positionKey('https://a.example/2'), 0.5, 2]]);
		expect(withPosition(entries, 'https://a.example/2', null, 4)).toEqual([[positionKey('https://a.example/1'), 0.7, 3]]);
		for (let i = 0; i < MAX_POSITIONS + 50; i++) entries = withPosition(entries, `https://a.example/many/${i}`, 0.5, 10 + i);
		expect(entries).toHaveLength(MAX_POSITIONS);
		expect(entries[0]![0]).toBe(positionKey(`https://a.example/many/${MAX_POSITIONS + 49}`));
		expect(entries.some(([key]) => key === positionKey('https://a.example/1'))).toBe(false);
	});

	it('reads garbage in storage as no positions, keeping the valid entries', () => {
		for (const stored of [undefined, null, 'x', 42, {}, [[1, 2, 3]], [['k', 2, 1]], [['k', 0.5, Number.NaN]]]) expect(normalizePositions(stored)).toEqual([]);
		expect(normalizePositions([['k', 0.5, 1], 'junk', ['j', 0.25, 2]])).toEqual([['j', 0.25, 2], ['k', 0.5, 1]]);
	});
});
