/** Comparing short texts of the header (a title and its heading, a segment and the site's name). */

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g;
// Not « and »: titles use them as separators too.
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const EDGES = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
/** Scripts written without spaces: their words are compared character by character. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A text as a reader compares it: case, quotes, dashes, spacing and edge punctuation ignored. */
export function key(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\s+/g, ' ').replace(EDGES, '');
}

/** Letters and digits only: "Battery-News.de" and "battery-news.de" squash alike. */
export function squash(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function words(text: string): string[] {
	const tokens = key(text).match(/[\p{L}\p{N}]+/gu) ?? [];
	return tokens.flatMap(token => (UNSPACED.test(token) ? [...token] : [token]));
}

/** Dice overlap of two texts' word sets: 1 for the same words, 0 for none in common. */
export function overlap(a: string, b: string): number {
	const left = new Set(words(a));
	const right = new Set(words(b));
	if (left.size === 0 || right.size === 0) return 0;
	let common = 0;
	for (const word of left) if (right.has(word)) common++;
	return (2 * common) / (left.size + right.size);
}

/**
 * The forms a site's address takes in its titles and bylines: "www.battery-news.de" is
 * "batterynewsde" and "batterynews"; "blog.example.co.uk" also "example".
 */
export function hostForms(url: string): string[] {
	let host: string;
	try {
		host = new URL(url).hostname.replace(/^www\d?\./, '');
	} catch {
		return [];
	}
	const labels = host.split('.');
	if (labels.length < 2) return [];
	const forms = new Set([squash(host)]);
	const secondLevel = labels.length > 2 && labels.at(-2)!.length <= 3 ? 2 : 1;
	const named = labels.slice(0, -secondLevel);
	forms.add(squash(named.join('')));
	for (const label of named) forms.add(squash(label));
	return [...forms].filter(form => form.length >= 3);
}

/**
 * The site's own name in its address, squashed: "kirche-und-leben.de" is "kircheundleben",
 * "news.example.co.uk" "example". A subdomain is left out: on a blog host it is the blogger's.
 */
export function domainName(url: string): string {
	let labels: string[];
	try {
		labels = new URL(url).hostname.split('.');
	} catch {
		return '';
	}
	if (labels.length < 2) return '';
	const suffix = labels.length > 2 && labels.at(-2)!.length <= 3 ? 2 : 1;
	return squash(labels.at(-1 - suffix) ?? '');
}

/** Whether a text is the site itself: its name, or its address in any of the forms above. */
export function isSiteName(text: string, siteNames: string[], hosts: string[]): boolean {
	const k = key(text);
	const s = squash(text);
	if (!s) return false;
	return siteNames.some(name => key(name) === k || squash(name) === s) || hosts.includes(s);
}

/** Whether a text names the site loosely: it holds the site's address or name (a segment like "Anglerboard – Forum…"). */
export function mentionsSite(text: string, siteNames: string[], hosts: string[]): boolean {
	const s = squash(text);
	if (s.length < 3) return false;
	const names = [...siteNames.map(squash), ...hosts].filter(name => name.length >= 5);
	// "KXAN Austin" on kxan.com: the part starts with the address's name.
	const start = hosts.some(host => host.length >= 4 && s.startsWith(host));
	return start || names.some(name => s.includes(name) || (s.length >= 5 && name.includes(s)));
}

/** The page's host name without "www.", or "" for an address with none. */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}
