import {fold} from '../dom-text.js';
import {cleanByline, firstByline, joinNames, type BylineContext} from './byline.js';
import {domainName, hostForms, key} from './compare.js';
import {toPageDate} from './date-text.js';
import {classedDate, dateInUrl, datelineNear, labelledDate, rdfaDate, UPDATE_LABEL} from './dateline.js';
import {findHeadings} from './headings.js';
import {namesOf, peopleOf, readJsonLd, siteNameOf, stringOf, type JsonLd} from './json-ld.js';
import {markedBylines, nearBylines, type PageBylines} from './page-byline.js';
import {chooseTitle, isIdLike, type TitleChoice} from './title.js';

/**
 * The article's header (title, byline, date) as the page shows it, from the evidence of the
 * untouched page: meta tags, JSON-LD, its headings and the lines around its headline. Read
 * before Readability rewrites the clone; Readability's own answer is one more candidate.
 */

/** Meta names (lower-cased `name`, `property` or `itemprop`) that carry the publication date, best first. */
const DATE_META = ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'datecreated'];
/** Dates of the last change: a last resort, since a page changed later was published earlier. */
const MODIFIED_META = ['og:updated_time', 'article:modified_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];
/** The label of a Twitter card's label/data pair that names the writer ("Written by", "Verfasst von"). */
const AUTHOR_CARD_LABEL = /^(?:written\s+by|author|verfasst\s+von|geschrieben\s+von|autor(?:in)?|auteur|écrit\s+par|escrito\s+por|scritto\s+da|geschreven\s+door|autor\s+artykułu)$/i;

export interface HeaderEvidence {
	title: TitleChoice;
	/** The site's display name: og:site_name, the JSON-LD WebSite or publishing organisation, application-name. */
	siteName: string | null;
	/** Byline candidates, best first: JSON-LD's authors (each), meta tags, then what the page shows. */
	/** `people`: the JSON-LD authors typed Person who publish the site themselves (a blogger). */
	bylines: {jsonLd: string[]; people: string[]; meta: string[]; page: PageBylines};
	context: BylineContext;
	/** The publication date in the page's own terms (see date-text.ts), or null. */
	publishedTime: string | null;
	modifiedTime: string | null;
	lang: string | null;
	/** Where the headline stands: its index in the elements the header was read from, if the page shows one. */
	headline: number | undefined;
}

export type MetaLookup = (...names: string[]) => string | null;

export function readHeader(elements: Element[], meta: MetaLookup, url: string, lang: string | null, scripts: Element[]): HeaderEvidence {
	const jsonLd = readJsonLd(scripts);
	const hosts = hostForms(url);
	const siteNames = [meta('og:site_name'), siteNameOf(jsonLd), meta('application-name')].filter((name): name is string => Boolean(name));
	const titleTag = elements.find(el => el.tagName === 'TITLE');
	const titles = [meta('og:title'), stringOf(jsonLd.article?.headline), titleTag ? fold(titleTag.textContent ?? '') : null, meta('twitter:title'), meta('title')];
	const headings = findHeadings(elements, url);
	const title = chooseTitle({titles: titles.filter((t): t is string => Boolean(t)), headings, siteNames, hosts});
	// The headline on the page, where the byline and the dateline are: the heading the title came from, or one that reads the same.
	const anchor = (title.heading ?? headings.find(heading => title.title !== null && key(heading.text) === key(title.title)))?.index ?? sameHeading(elements, title.title);
	const publishedTime = publishedDate(elements, meta, jsonLd, lang, anchor, url) ?? labelledDate(elements, lang) ?? (anchor === undefined ? classedDate(elements, lang) : null) ?? dateInUrl(url);
	const context = {siteNames, hosts, domain: domainName(url)};
	const data = {
		jsonLd: jsonLd.article ? namesOf(jsonLd.article.author ?? jsonLd.article.creator, jsonLd.nodes) : [],
		people: jsonLd.article ? selfPublished(jsonLd) : [],
		meta: [...AUTHOR_META.map(name => meta(name)), cardAuthor(meta)].filter((value): value is string => Boolean(value) && !/^https?:/.test(value!)),
	};
	const near = nearBylines(elements, anchor);
	// Author markup elsewhere on the page is the last resort (articleByline): a page whose data names its writer is not walked for it.
	const page = {near, ...(settledByline(data, near, context) === null ? markedBylines(elements, anchor) : {marked: [], logins: []})};
	return {
		title,
		siteName: siteNames[0] ?? null,
		bylines: {...data, page},
		context,
		publishedTime,
		// "Aktualisiert: 30.12.2016" is the one date some pages show: read only when they show no other.
		modifiedTime: [...MODIFIED_META.map(name => meta(name)), stringOf(jsonLd.article?.dateModified)].map(value => toPageDate(value, lang)).find(Boolean) ?? (publishedTime ? null : labelledDate(elements, lang, UPDATE_LABEL)),
		lang,
		headline: anchor,
	};
}

/** The JSON-LD authors typed Person who are also the publisher: a blog published under its writer's name. */
function selfPublished(jsonLd: JsonLd): string[] {
	const article = jsonLd.article!;
	const publishers = peopleOf(article.publisher, jsonLd.nodes);
	return peopleOf(article.author ?? article.creator, jsonLd.nodes).filter(name => publishers.includes(name));
}

/** The writer a Twitter card names in a label/data pair (SEO plugins write "Written by" and the name there). */
function cardAuthor(meta: MetaLookup): string | null {
	for (let n = 1; n <= 4; n++) {
		const label = meta(`twitter:label${n}`);
		if (label && AUTHOR_CARD_LABEL.test(label.trim())) return meta(`twitter:data${n}`);
	}
	return null;
}

/** The title to show: ours, or Readability's when the page gave us nothing to go on. */
export function articleTitle(header: HeaderEvidence, readabilityTitle: string | null): string | null {
	if (header.title.title) return fold(header.title.title);
	const theirs = fold(readabilityTitle ?? '');
	return theirs && !isIdLike(theirs) ? theirs : null;
}

/**
 * The byline to show: every JSON-LD author that is a name (said in full by a meta tag or the
 * byline by the headline, or outvoted by the two of them), else the first candidate that is one:
 * meta tags, the page's byline by the headline, Readability's, author markup elsewhere, then the
 * name that signs the article at its end (sign-off.ts).
 */
export function articleByline(header: HeaderEvidence, readabilityByline: string | null, signature: string | null = null): string | null {
	const {jsonLd, meta} = header.bylines;
	const {near, marked, logins} = header.bylines.page;
	const settled = settledByline(header.bylines, near, header.context);
	if (settled !== null) return settled;
	// Readability's byline is often one of these data fields again: rejected there, it stays rejected.
	const fromData = [...meta, jsonLd.join(', ')].some(value => fold(value) === fold(readabilityByline ?? ''));
	// A name the page also links to the account page of the same slug is the login, wherever else it shows (a hidden microdata name).
	const isLogin = (name: string | null) => logins.some(login => login.toLowerCase() === fold(name ?? '').toLowerCase());
	const shown = [...near, fromData ? null : readabilityByline, ...marked, signature].filter(name => !isLogin(name));
	return firstByline(shown, {...header.context, source: 'page'});
}

/**
 * The byline the page's data settles: its JSON-LD authors, its meta tags, and the byline by the
 * headline where they disagree or say less. Null when only what the page shows can tell.
 */
function settledByline({jsonLd, people, meta}: Omit<HeaderEvidence['bylines'], 'page'>, near: string[], context: BylineContext): string | null {
	const data = {...context, source: 'data' as const};
	const page = {...context, source: 'page' as const};
	const authors = joinNames(jsonLd.map(name => cleanByline(name, {...data, person: people.includes(name)})).filter((name): name is string => name !== null));
	// The meta tags and the byline by the headline agree on a writer the JSON-LD does not name: the CMS put another account there.
	const tagged = firstByline(meta, data);
	const outvoted = authors && tagged && key(tagged) === key(firstByline(near, page) ?? '') && !namesIn(tagged).some(name => namesIn(authors).includes(name));
	if (outvoted) return tagged;
	return fuller(authors, meta.map(name => cleanByline(name, data)), near.map(name => cleanByline(name, page))) ?? authors ?? tagged;
}

/** The names of a byline that lists several ("Ann Lee, Bo Chen and Cy Dunn"). */
const partsOf = (byline: string) => byline.split(/,\s*|\s+(?:and|und|et|y|&)\s+/).map(name => name.trim()).filter(Boolean);
const namesIn = (byline: string) => partsOf(byline).map(name => name.toLowerCase());
/** A writer's full name: a month or initials glued to a list ("Evan Symon, August", "Tina Klee, TK") are none. */
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * A byline that says more of the same writers: an author field listing every data author and
 * more ("Ann Lee" and "Ann Lee, Bo Chen"), or the page's byline giving a first name in full
 * ("Nils" and "Nils Pickert"). The page's own list is not taken: it may go on with a role.
 */
function fuller(authors: string | null, meta: (string | null)[], near: (string | null)[]): string | null {
	if (!authors) return null;
	const want = namesIn(authors);
	const more = meta.find((other): other is string => other !== null && key(other) !== key(authors) && want.every(name => namesIn(other).includes(name))
		&& partsOf(other).every(name => want.includes(name.toLowerCase()) || FULL_NAME.test(name)));
	if (more) return joinNames(partsOf(more));
	const first = want.length === 1 && !/\s/.test(want[0]!) ? want[0]! : null;
	return (first && near.find((other): other is string => other !== null && FULL_NAME.test(other) && other.toLowerCase().startsWith(`${first} `))) || null;
}

/** The date to show, in the page's own time zone: ours first, Readability's, then the date of the last change. */
export function articleDate(header: HeaderEvidence, readabilityDate: string | null): string | null {
	return header.publishedTime ?? toPageDate(readabilityDate, header.lang) ?? header.modifiedTime;
}

const inUtc = (date: string) => /T.*(?:Z|[+-]00:00)$/.test(date);

/**
 * A CMS often writes its date in UTC while the page shows the day where it was published: a
 * story of 00:30 in Berlin is "2020-01-01T23:30:00Z" in the data and "2. Januar" by the headline.
 * The day shown by the headline (or, failing that, the day in the address, which the CMS writes
 * in its own time zone), one day from the data's, is the page's own.
 */
function localDay(data: string, shown: string | null, lang: string | null): string {
	// A dateline in UTC too says nothing of the page's own day.
	if (!shown || inUtc(shown)) return midnightInEurope(data, lang) ?? data;
	const apart = Math.abs(Date.parse(`${shown.slice(0, 10)}T00:00:00Z`) - Date.parse(`${data.slice(0, 10)}T00:00:00Z`));
	return apart === 86_400_000 ? shown : data;
}

/** Languages written where the clock is one or two hours ahead of UTC, and the regions that keep them there. */
const CET_LANG = /^(?:de|fr|it|nl|pl|cs|sk|sl|hr|sr|bs|hu|da|sv|nb|nn|no|fi|el|ro|bg|lt|lv|et|lb)(?:-(?:de|at|ch|li|lu|fr|be|it|nl|pl|cz|sk|si|hr|rs|ba|hu|dk|se|no|fi|gr|cy|ro|bg|lt|lv|ee))?$/i;

/**
 * A day a CMS stored as local midnight and wrote in UTC: "2022-11-06T23:00:00Z" on a German page
 * is 7 November, 00:00 in Berlin. Only a time of exactly 22:00 or 23:00, where a story of that
 * minute would be a rare one.
 */
function midnightInEurope(data: string, lang: string | null): string | null {
	if (!lang || !CET_LANG.test(lang) || !/T2[23]:00:00(?:Z|\+00:00)$/.test(data)) return null;
	return new Date(Date.parse(`${data.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function publishedDate(elements: Element[], meta: MetaLookup, jsonLd: JsonLd, lang: string | null, headingIndex: number | undefined, url: string): string | null {
	const fromData = [
		...DATE_META.map(name => meta(name)),
		stringOf(jsonLd.article?.datePublished),
		...jsonLd.nodes.map(node => stringOf(node.datePublished)),
		stringOf(jsonLd.article?.dateCreated),
	];
	for (const value of fromData) {
		const date = toPageDate(value, lang);
		if (date) return inUtc(date) ? localDay(date, (headingIndex === undefined ? null : datelineNear(elements, headingIndex, lang)) ?? dateInUrl(url), lang) : date;
	}
	const marked = elements.find(el => el.getAttribute('itemprop') === 'datePublished' || (el.tagName === 'TIME' && el.hasAttribute('pubdate')));
	// An <abbr> holds the machine date in its title and shows only the time ("2:33 PM").
	const stated = marked && (marked.getAttribute('datetime') ?? marked.getAttribute('content') ?? (marked.tagName === 'ABBR' ? marked.getAttribute('title') : null));
	const markedDate = marked ? toPageDate(stated, lang) ?? toPageDate(fold(marked.textContent ?? ''), lang) : null;
	if (markedDate) return markedDate;
	return rdfaDate(elements, lang) ?? (headingIndex === undefined ? null : datelineNear(elements, headingIndex, lang));
}

/** A lesser heading (an h3 or h4 of a plain CMS) that reads as the title: where the header lines are. */
function sameHeading(elements: Element[], title: string | null): number | undefined {
	if (!title) return undefined;
	const wanted = key(title);
	const index = elements.findIndex(el => /^H[1-6]$/.test(el.tagName) && key(fold(el.textContent ?? '')) === wanted);
	return index < 0 ? undefined : index;
}
