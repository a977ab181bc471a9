import {isSiteName, key, mentionsSite, overlap, words} from './compare.js';
import type {Heading} from './headings.js';

/**
 * The headline a reader sees. Titles in <title> and og:title carry the site or section
 * ("Headline - Site", "Site | Headline", "Headline › Blog"); the page's own heading does
 * not. So a heading that matches a title wins; else the title loses only the parts that
 * are the site (its name or address), and a title that is the blog's name gives way to
 * the entry's heading.
 */

export interface TitleEvidence {
	/** Machine-readable titles, best first: og:title, JSON-LD headline, <title>, twitter:title. */
	titles: string[];
	headings: Heading[];
	/** og:site_name, application-name, the JSON-LD publisher. */
	siteNames: string[];
	/** The forms of the page's address (compare.ts hostForms). */
	hosts: string[];
}

export interface TitleChoice {
	title: string | null;
	/** The heading the title was read from, when it was. */
	heading: Heading | null;
}

/** Separators between a title's parts; a colon only splits off a part that is the site. */
const SEPARATOR = /\s+(?:[|·•»«›‹~\/\\–—│‖-]|::|--)\s+|\s*[|｜│]\s*/;
const COLON = /:\s+/;

/** A structured-data id ("d-161500790") or a file name shown as the title: no spaces, digits and joiners. */
export function isIdLike(text: string): boolean {
	return !/\s/.test(text.trim()) && /\d/.test(text) && /[-_]|\d{4}/.test(text);
}

/** Titles that name no page: a CMS's default for the home page or an unnamed one. */
const GENERIC = /^(?:home|homepage|start|startseite|index|untitled|unbenannt|welcome|willkommen|accueil|inicio|news|blog|aktuelles)$/i;

export function chooseTitle(evidence: TitleEvidence): TitleChoice {
	const titles = unique(evidence.titles.filter(title => title && !isIdLike(title) && !GENERIC.test(key(title))));
	// A heading that is the site's title names the site as well as og:site_name does.
	const site = {...evidence, siteNames: [...evidence.siteNames, ...evidence.headings.filter(heading => heading.site).map(heading => heading.text)]};
	const isSite = (text: string) => isSiteName(text, site.siteNames, site.hosts);
	const headings = evidence.headings.filter(heading => !heading.site && !isSite(heading.text));
	const stripped = titles.map(title => stripSite(title, site)).filter(title => title && !isSite(title));
	const matched = bestHeading(headings, stripped.length > 0 ? stripped : titles, titles);
	if (matched) return matched;
	if (stripped.length > 0) return {title: stripped[0]!, heading: null};
	// Every title is the site's name (a blog's post pages often say only that): the entry's heading.
	const entry = headings.find(heading => heading.strong) ?? null;
	if (entry) return {title: entry.text, heading: entry};
	return {title: titles[0] ?? evidence.headings[0]?.text ?? null, heading: null};
}

interface Match {
	/**
	 * 3 the same text, 2 the first part of a title ("Headline | Site"), 1.5 its last part (where
	 * titles put the site, "Site | Headline" aside), below 1 the share of words in common.
	 */
	score: number;
	/** The headline as the match reads it: the heading's text, or the title's when the heading adds a kicker to it. */
	text: string;
}

/** How a heading matches the titles, or null when it does not. */
function matchHeading(heading: Heading, stripped: string[], titles: string[]): Match | null {
	const k = key(heading.text);
	if (!k) return null;
	let best: Match | null = null;
	const consider = (match: Match) => {
		if (!best || match.score > best.score) best = match;
	};
	for (const part of heading.parts) {
		// A kicker and the headline in spans of their own: the span that is a title is the headline.
		if (heading.parts.length > 1 && stripped.some(title => key(title) === key(part))) consider({score: 3, text: part});
	}
	for (const title of stripped) {
		const t = key(title);
		if (t === k) return {score: 3, text: heading.text};
		// "Nach Corona-Lockerungen Autohäuser rechnen…": a kicker before the headline; "Headline 02.02.2022 • Verband": a date line after it.
		const kicker = k.length > t.length && words(title).length >= 3 && (k.endsWith(t) || (k.startsWith(t) && /^\s*(?:[|·•:–—│-]|\d)/.test(k.slice(t.length))));
		if (kicker) consider({score: 2.5, text: title});
		else consider({score: wordMatch(heading.text, title), text: heading.text});
	}
	for (const title of titles) {
		const end = endPart(key(title), k);
		if (end) consider({score: end === 'start' ? 2 : 1.5, text: heading.text});
	}
	return best;
}

/**
 * How much a heading and a title say the same: their word overlap, or that of the heading and the
 * title's longest part, and 0.9 when the heading holds every word of that part (a fuller headline).
 */
function wordMatch(heading: string, title: string): number {
	const parts = title.split(SEPARATOR);
	const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
	const headingWords = new Set(words(heading));
	const partWords = words(longest);
	const common = new Set(partWords.filter(word => headingWords.has(word))).size;
	if (partWords.length >= 2 && common === new Set(partWords).size) return 0.9;
	const share = Math.max(overlap(heading, title), overlap(heading, longest));
	return common >= 2 ? share : Math.min(share, 0.29);
}

/** Whether `part` is a whole part at the start or the end of `title` ("Headline: Subhead | Site" starts with "Headline"). */
function endPart(title: string, part: string): 'start' | 'end' | null {
	if (part.length >= title.length) return null;
	if (title.startsWith(part) && /^\s*(?:[|·•»«›‹~\/\\:–—│-]|::)/.test(title.slice(part.length))) return 'start';
	if (title.endsWith(part) && /(?:[|·•»«›‹~\/\\:–—│-]|::)\s*$/.test(title.slice(0, -part.length))) return 'end';
	return null;
}

/**
 * The heading that is the headline. Headings that are a title or its first part come first, then
 * one that is its last part, then any that shares enough words with a title (an h2 must share
 * more); among alike, an h1, then the one inside the article. With no title at all, the first h1.
 */
function bestHeading(headings: Heading[], stripped: string[], titles: string[]): TitleChoice | null {
	if (titles.length === 0) {
		const first = headings.find(heading => heading.strong);
		return first ? {title: first.text, heading: first} : null;
	}
	let best: {heading: Heading; match: Match; rank: number[]} | null = null;
	for (const heading of headings) {
		const match = matchHeading(heading, stripped, titles);
		if (!match || match.score < (heading.strong ? STRONG_NEEDS : OTHER_NEEDS)) continue;
		const tier = match.score >= 2 ? 2 : match.score >= 1 ? 1 : 0;
		const rank = [tier, heading.h1 ? 1 : 0, heading.inArticle ? 1 : 0, match.score];
		if (!best || isAhead(rank, best.rank)) best = {heading, match, rank};
	}
	return best ? {title: best.match.text, heading: best.heading} : null;
}

/** The share of words an h1 must have in common with a title to be its headline ("Firmenwagen: Leasing oder Finanzierung?" for "Firmenwagen: Leasen oder Finanzieren?"), and an h2. */
const STRONG_NEEDS = 0.3;
const OTHER_NEEDS = 0.75;

function isAhead(rank: number[], other: number[]): boolean {
	for (const [i, value] of rank.entries()) {
		if (value !== other[i]) return value > other[i]!;
	}
	return false;
}

/**
 * A title without the parts that are the site: first the parts that are its name or address
 * exactly, then an outer part that holds the name ("Anglerboard – Forum mit Tipps"), and
 * never the last part standing.
 */
export function stripSite(title: string, {siteNames, hosts}: Pick<TitleEvidence, 'siteNames' | 'hosts'>): string {
	let parts = title.split(SEPARATOR).map(part => part.trim()).filter(Boolean);
	if (parts.length === 1) {
		const colon = title.split(COLON);
		if (colon.length > 1 && (isSiteName(colon[0]!, siteNames, hosts) || isSiteName(colon.at(-1)!, siteNames, hosts))) parts = colon;
		else return unglue(title.trim(), siteNames);
	}
	const exact = parts.filter(part => !isSiteName(part, siteNames, hosts));
	if (exact.length > 0 && exact.length < parts.length) parts = exact;
	else if (exact.length === parts.length && parts.length > 1) {
		const longest = Math.max(...parts.map(part => part.length));
		const outer = [parts.length - 1, 0].find(i => parts[i]!.length < longest && mentionsSite(parts[i]!, siteNames, hosts));
		if (outer !== undefined) parts = parts.filter((_, i) => i !== outer);
	}
	return unglue(joinParts(title, parts), siteNames);
}

/** "Truckwash A31Das etwas andere Branchenbuch": a theme that glued the site's name to the headline, with no space. */
function unglue(title: string, siteNames: string[]): string {
	for (const name of siteNames) {
		if (name.length >= 4 && title.length > name.length + 2 && title.endsWith(name) && /\S/.test(title.at(-name.length - 1)!)) {
			return title.slice(0, -name.length).trim();
		}
	}
	return title;
}

/** The kept parts with the separators the title had between them. */
function joinParts(title: string, parts: string[]): string {
	const first = title.indexOf(parts[0]!);
	const last = parts.at(-1)!;
	const end = title.lastIndexOf(last) + last.length;
	return first >= 0 && end > first ? title.slice(first, end).trim() : parts.join(' - ');
}

function unique(texts: string[]): string[] {
	return texts.filter((text, i) => texts.findIndex(other => key(other) === key(text)) === i);
}
