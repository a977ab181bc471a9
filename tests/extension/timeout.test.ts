import {afterEach, describe, expect, it, vi} from 'vitest';
import {TimedOut, withTimeout} from '../../src/timeout.js';

describe('withTimeout (a frozen tab never answers)', () => {
	afterEach(() => vi.useRealTimers());

	it('passes an answer that comes in time through, and its refusal too', async () => {
		await expect(withTimeout(Promise.resolve('article'), 50)).resolves.toBe('article');
		await expect(withTimeout(Promise.reject(new Error('no receiver')), 50)).rejects.toThrow('no receiver');
	});

	it('gives up with TimedOut when no answer ever comes', async () => {
		vi.useFakeTimers();
		const waiting = withTimeout(new Promise(() => {}), 5000);
		const caught = waiting.catch((error: unknown) => error);
		await vi.advanceTimersByTimeAsync(4999);
		expect(vi.getTimerCount()).toBe(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(await caught).toBeInstanceOf(TimedOut);
	});

	it('leaves no timer behind once answered', async () => {
		vi.useFakeTimers();
		await withTimeout(Promise.resolve(1), 5000);
		expect(vi.getTimerCount()).toBe(0);
	});
});
