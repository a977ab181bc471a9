/** Thrown by withTimeout when time runs out. */
export class TimedOut extends Error {}

/**
 * Waits for `promise` at most `ms` milliseconds, then throws TimedOut. A tab frozen by its
 * own scripts never answers (nor refuses) a message or an injection, and a caller must not
 * wait on it forever.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TimedOut(`no answer within ${ms} ms`)), ms);
	});
	return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
