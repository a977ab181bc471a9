/** The stored reading positions as plain data, kept apart from storage so it can be tested anywhere. */

export const MAX_POSITIONS = 200;

/** [address hash, share of the article read (0-1), when (ms since 1970)]. */
export type PositionEntry = [key: string, fraction: number, at: number];

/** FNV-1a over the address without its fragment, as two 32-bit halves: enough to tell articles apart, and no readable address. */
export function positionKey(url: string): string {
	const address = url.split('#')[0]!;
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < address.length; i++) {
		const code = address.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193) >>> 0;
		b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
	}
	return a.toString(36) + b.toString(36);
}

/** Any stored value -> the valid entries, newest first, at most MAX_POSITIONS. */
export function normalizePositions(value: unknown): PositionEntry[] {
	if (!Array.isArray(value)) return [];
	return value
		.filter((entry): entry is PositionEntry => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number'
			&& entry[1] >= 0 && entry[1] <= 1 && typeof entry[2] === 'number' && Number.isFinite(entry[2]))
		.sort((x, y) => y[2] - x[2])
		.slice(0, MAX_POSITIONS);
}

/** The entries with `url`'s position set (or removed, for null), newest first and bounded. */
export function withPosition(entries: PositionEntry[], url: string, fraction: number | null, now: number): PositionEntry[] {
	const key = positionKey(url);
	const rest = entries.filter(([other]) => other !== key);
	return normalizePositions(fraction === null ? rest : [[key, Math.round(fraction * 10_000) / 10_000, now], ...rest]);
}
