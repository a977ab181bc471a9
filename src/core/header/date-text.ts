/**
 * Dates as the page writes them, kept on the page's own calendar day: an ISO time keeps its
 * offset (a story of 00:30 in Berlin was not published the day before), a day stays a day,
 * and a visible dateline ("12. März 2021", "March 12, 2021", "12/03/2021") becomes that day.
 */

const MONTHS: [number, string][] = [
	[1, 'jan(?:uary|uar|vier|v|eiro|uari)?|jän(?:ner)?|enero|ene|gen(?:naio)?'],
	[2, 'feb(?:ruary|ruar|rero|braio|ruari)?|févr(?:ier)?|fév|fevereiro'],
	[3, 'mar(?:ch|s|zo|ço)?|märz|mär|mrt|maart'],
	[4, 'apr(?:il|ile)?|avr(?:il)?|abr(?:il)?'],
	[5, 'may|mai|mayo|maggio|maio|mei'],
	[6, 'jun(?:e|i|io|ho)?|juin|giu(?:gno)?'],
	[7, 'jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?'],
	[8, 'aug(?:ust|usti)?|août|ago(?:sto)?'],
	[9, 'sep(?:t|tember|tembre|tiembre)?|set(?:tembre|embro)?'],
	[10, 'oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?'],
	[11, 'nov(?:ember|embre|iembre|embro)?'],
	[12, 'dec(?:ember|embre)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?'],
];
const MONTH = `(${MONTHS.map(([, names]) => names).join('|')})`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const DAY_MONTH_YEAR = new RegExp(`${NOT_WORD_BEFORE}(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s*(?:de\\s+)?${MONTH}\\.?,?\\s*(?:de\\s+)?(\\d{4})${NOT_WORD_AFTER}`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`${NOT_WORD_BEFORE}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NOT_WORD_AFTER}`, 'iu');
const NUMERIC = /(?<![\p{L}\p{N}.\/-])(\d{1,2})(\.\s?|[/-])(\d{1,2})\2(\d{4})(?![\p{N}])/u;
const YEAR_FIRST = /(?<![\p{N}])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\p{N}])/u;
const CJK = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** ISO 8601 as pages write it: a day, optionally a time, optionally an offset. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** RFC 2822 and similar ("Wed, 08 Jan 2020 22:45:12 +0100"): day, month name, year, time, offset. */
const WITH_ZONE = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})\\s+${MONTH}\\.?\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|GMT|UTC|[+-]\\d{2}:?\\d{2})$`, 'iu');

const pad = (n: number | string) => String(n).padStart(2, '0');

const MONTH_NAMES = MONTHS.map(([month, names]) => [month, new RegExp(`^(?:${names})$`, 'iu')] as const);

function monthNumber(name: string): number {
	return MONTH_NAMES.find(([, names]) => names.test(name))?.[0] ?? 0;
}

/** A real calendar day in a plausible range, as YYYY-MM-DD, or null. */
export function dayOf(year: number, month: number, day: number): string | null {
	if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
	return `${year}-${pad(month)}-${pad(day)}`;
}

function offsetOf(zone: string | undefined): string {
	if (!zone) return '';
	if (/^(?:z|gmt|utc)$/i.test(zone)) return 'Z';
	const digits = zone.replace(':', '');
	return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

/**
 * A machine-readable date (meta tag, JSON-LD, `<time datetime>`) as ISO 8601 in the page's own
 * terms: "2020-01-02" stays a day, "2020-01-02T00:30:00+01:00" keeps its offset, a time with no
 * offset stays local. null when it is no date.
 */
export function toPageDate(value: string | null | undefined, lang: string | null = null): string | null {
	const text = value?.trim();
	if (!text) return null;
	const iso = ISO.exec(text);
	if (iso) {
		const [, y, mo, d, h, mi, s, zone] = iso;
		const day = dayOf(Number(y), Number(mo), Number(d));
		if (!day) return null;
		if (h === undefined || Number(h) > 23 || Number(mi) > 59) return day;
		return `${day}T${h}:${mi}:${s ?? '00'}${offsetOf(zone)}`;
	}
	const zoned = WITH_ZONE.exec(text);
	if (zoned) {
		const [, d, name, y, h, mi, s, zone] = zoned;
		const day = dayOf(Number(y), monthNumber(name!), Number(d));
		return day && `${day}T${h}:${mi}:${s ?? '00'}${offsetOf(zone)}`;
	}
	return dayInText(text, lang);
}

/** Whether the page's language writes numeric dates month first (12/03/2021 is 3 December). */
function monthFirst(lang: string | null): boolean {
	return /^en(?:-us|-ph)?$/i.test(lang ?? '');
}

/** The first calendar day written in a text, as YYYY-MM-DD, or null. */
export function dayInText(text: string, lang: string | null = null): string | null {
	const found = [datesByName(text), numericDate(text, lang)].filter((hit): hit is [number, string] => hit !== null);
	found.sort((a, b) => a[0] - b[0]);
	return found[0]?.[1] ?? null;
}

/** The earliest date written with a month name, with its position. */
function datesByName(text: string): [number, string] | null {
	const hits: [number, string | null][] = [];
	const dmy = DAY_MONTH_YEAR.exec(text);
	if (dmy) hits.push([dmy.index, dayOf(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]))]);
	const mdy = MONTH_DAY_YEAR.exec(text);
	if (mdy) hits.push([mdy.index, dayOf(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]))]);
	const cjk = CJK.exec(text);
	if (cjk) hits.push([cjk.index, dayOf(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]))]);
	const valid = hits.filter((hit): hit is [number, string] => hit[1] !== null).sort((a, b) => a[0] - b[0]);
	return valid[0] ?? null;
}

function numericDate(text: string, lang: string | null): [number, string] | null {
	const yearFirst = YEAR_FIRST.exec(text);
	if (yearFirst) {
		const day = dayOf(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
		if (day) return [yearFirst.index, day];
	}
	const numeric = NUMERIC.exec(text);
	if (!numeric) return null;
	const [, first, separator, second, year] = numeric;
	const a = Number(first);
	const b = Number(second);
	// A dotted date is always day first; otherwise the language decides, unless a part is over 12.
	const dayFirst = separator!.startsWith('.') || a > 12 || (b <= 12 && !monthFirst(lang));
	const day = dayFirst ? dayOf(Number(year), b, a) : dayOf(Number(year), a, b);
	return day ? [numeric.index, day] : null;
}
