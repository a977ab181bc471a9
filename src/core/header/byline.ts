import {fold} from '../dom-text.js';
import {isSiteName, squash} from './compare.js';
import {dayInText} from './date-text.js';

/**
 * The byline a reader should see: a person's (or a desk's) name, without the label, date or
 * separator the page glues to it, and never a label alone ("By", "Posted on"), a CMS account
 * ("admin", "Super User"), a URL, a handle or the site's own name.
 */

export interface BylineContext {
	siteNames: string[];
	hosts: string[];
	/**
	 * Where the byline was read: 'data' (JSON-LD, meta tags) holds the CMS's own fields, where a
	 * user name is the login and a company the publisher; 'page' is what the reader is shown.
	 */
	source?: 'data' | 'page';
	/**
	 * The data types the name as a Person: a blogger whose site is named after them
	 * ("Frau Sabienes" on frau-sabienes.de) is the writer, so only the site's display name rejects it.
	 */
	person?: boolean;
	/** The site's name in its address (compare.ts domainName): a byline that starts with it is the site's ("Lakeside – Das Magazin"). */
	domain?: string;
}

const LABEL_BEFORE = /^(?:(?:text|interview|fotos?|photos?|bilder)\s+(?:und|and|&|\/)\s+(?:text|interview|fotos?|photos?|bilder)|(?:written|posted|published|reported|story|text|words|photos?|recipe|interview)\s+by|by|von|vom|par|por|di|door|av|autor(?:\/?in)?|auteur|author|verfasser(?:in)?|redaktion(?=\s*:)|ein\s+(?:artikel|beitrag)\s+von|verfasst\s+von|geschrieben\s+von|erstellt\s+von|veröffentlicht\s+von|publié\s+par|escrito\s+por|text|texto)(?:\s*[:|]\s*|\s+)/i;
/** An address in the byline: a domain name, with or without a path. */
const DOMAIN = /(?:^|\s)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:\/\S*)?(?=$|\s)/;
const EMAIL = /\S+(?:@|\[at\]|\(at\))\S+/gi;
/** A date with a two-digit year ("am 26/10/13"), which dayInText leaves alone. */
const SHORT_DATE = /(?:\b(?:am|on|le|el)\s+)?\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/gi;
/** A login: one token in lower case, or with digits, underscores or dots in it. */
const LOGIN = /^(?:[\p{Ll}\d_.-]+|[\p{L}\d]*[\d_][\p{L}\d_.-]*)$/u;
/** A company's legal form: the publisher, not a writer. */
const COMPANY = /(?:^|[\s,(])(?:gmbh|ag|e\.\s?v\.|ltd\.?|inc\.?|llc|s\.a\.|sarl|kg|ohg|plc|gbr)(?=$|[\s,).])/i;
/** A date label and what follows it: "Updated 3 March", "Posted on", "Publiziert am 12.03.". */
const DATE_LABEL = /\b(?:(?:last\s+)?updated|aktualisiert|geändert|modified|published|posted|publiziert|veröffentlicht|erstellt|publié|publicado|mis\s+à\s+jour)\b(?:\s+(?:on|am|le|el|at|um))?/i;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:mon|tue|wed|thu|fri|sat|sun)[.,])/gi;
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)/gi;
/** Accounts and placeholders a CMS shows where no author was set. */
const NO_NAME = /^(?:no\s+author|unknown|anonymous|anonym|n\/a|none|admin|administrator|\w*admin|webmaster|super\s*user|superuser|editor|author|autor(?:in)?|auteur|verfasser(?:in)?|guest|gast|user|publisher|stand|posted|by|von|published|publiziert)(?:\s*\(s\))?$/i;
const MAX_LENGTH = 100;
/** An author box's link to the writer's other posts ("Zeige alle Beiträge von …", "View all posts by …"). */
const AUTHOR_BOX_LINK = /\b(?:alle\s+beiträge|all\s+(?:posts|articles|stories)|more\s+(?:posts|articles|stories)|weitere\s+(?:beiträge|artikel))\b/i;
const PARTICLE = /^(?:de|del|della|der|den|di|da|do|dos|du|la|le|van|von|zu|y)$/;
/** A photographer's credit, not the writer's byline. */
const PHOTO_CREDIT = /^(?:fotos?|photos?|bild(?:er)?|image|foto\s*credit|photo\s*credit)\s*:/i;
const DESK = /(?:^|[\s-])(?:team|redaktion|newsroom|desk|staff|editors?|rédaction|redacción|redazione)$/i;
const SITE_SEPARATOR = /\s+[-–—|·•:]\s+/;
/** A person's name: two to four words, each capitalised ("Das Magazin für Lesben" is none). */
export const PERSON = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3}$/u;

/** A byline as a name, or null when nothing a reader should see is left. */
export function cleanByline(byline: string | null | undefined, context: BylineContext): string | null {
	if (!byline) return null;
	let name = fold(byline).replace(EMAIL, ' ');
	if (/^https?:\/\/|^www\./i.test(name)) return null;
	name = trimEdges(stripDates(name).replace(SHORT_DATE, ' '));
	for (let guard = 0; guard < 2; guard++) name = trimEdges(name.replace(LABEL_BEFORE, ''));
	if (!name || name.length > MAX_LENGTH || !/\p{L}/u.test(name)) return null;
	if (!context.person) {
		const writer = withoutSite(name, context.domain);
		if (writer === null) return null;
		name = writer;
	}
	// An editor's initials in lower case ("cpm") name no one the reader knows.
	if (NO_NAME.test(name) || PHOTO_CREDIT.test(name) || AUTHOR_BOX_LINK.test(name) || /^\p{Ll}{1,3}$/u.test(name) || /^@\w/.test(name) || /https?:\/\/|\bwww\./i.test(name)) return null;
	// The site's name or address ("Hildesheimer Presse" on hildesheimer-presse.de, "mix1.de Redaktion").
	if (isSiteName(name, context.siteNames, siteHosts(context)) || DOMAIN.test(name)) return null;
	if (context.source === 'page' && !looksLikeNames(name)) return null;
	if (context.source === 'data' && (LOGIN.test(name) || COMPANY.test(name))) return null;
	return fold(name);
}

/**
 * The byline without the site's name it starts with: "Harbour – Alberto Ávila" is the writer;
 * "Harbour – Das Magazin für Lesben" and "Harbour Verlag, Kiel" are the site (null); a desk
 * named after the site ("Harbour-Team") is a byline as it stands.
 */
function withoutSite(name: string, domain: string | undefined): string | null {
	if (!domain || domain.length < 4 || !squash(name).startsWith(domain) || DESK.test(name)) return name;
	const rest = name.split(SITE_SEPARATOR).slice(1).join(' ');
	return PERSON.test(rest) ? rest : null;
}

/**
 * The address forms a byline may not be: none for a person the data names, and on the page not
 * a subdomain's label alone, which on a blog host is the blogger's ("Creeny" on creeny.blogs.example).
 */
function siteHosts(context: BylineContext): string[] {
	if (context.person) return [];
	if (context.source !== 'page' || !context.domain) return context.hosts;
	return [...context.hosts.slice(0, 2), context.domain];
}

/** Cuts dates, times and "Updated …" out of a byline: what is left around them is the name. */
function stripDates(text: string): string {
	let name = text;
	const label = DATE_LABEL.exec(name);
	// "Jane Doe | Updated 3 March 2021": everything from the label on is the date line.
	if (label && label.index > 0) name = name.slice(0, label.index);
	else if (label) name = name.slice(label[0].length);
	const dated = dayInText(name) !== null;
	for (let guard = 0; guard < 3 && dayInText(name); guard++) name = cutDate(name);
	if (dated) name = name.replace(WEEKDAY, ' ');
	return name.replace(TIME, ' ').replace(/\s+/g, ' ');
}

/** Removes the first date of the text, written in any of the forms dayInText reads. */
function cutDate(text: string): string {
	const pattern = /(?:\b(?:on|am|le|el|the)\s+)?(?:\d{1,2}(?:\.|st|nd|rd|th|er)?\s*(?:de\s+)?[\p{L}]{3,10}\.?,?\s*(?:de\s+)?\d{4}|[\p{L}]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/iu;
	const match = pattern.exec(text);
	if (!match || !dayInText(match[0])) return text.replace(/\d{4}/, ' ');
	return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}

/**
 * Names as a page lists them: each of one to five words besides its particles, and digits only
 * in a one-word user name ("r23"): "Die Tagespresse 31. Oktober 6" is none.
 */
function looksLikeNames(text: string): boolean {
	if (/\d/.test(text) && /\s/.test(text)) return false;
	// Particles ("de la", "du", "van der") are not counted: "Ana María de la Cruz Fernández" is one name.
	return text.split(/,\s*|\s+(?:und|and|&|et|y)\s+/).every(name => name.split(/\s+/).filter(word => !PARTICLE.test(word)).length <= 5);
}

function trimEdges(text: string): string {
	return text.replace(/^[\s|·•,:;/–—-]+|[\s|·•,:;/–—-]+$/g, '');
}

/** Several authors as one byline, each once, joined with ", ". */
export function joinNames(names: string[]): string | null {
	const seen = new Set<string>();
	const kept = names.filter(name => {
		const k = name.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
	return kept.length > 0 ? kept.join(', ') : null;
}

/** The first byline among candidates (best first) that is a name once cleaned. */
export function firstByline(candidates: (string | null | undefined)[], context: BylineContext): string | null {
	for (const candidate of candidates) {
		const name = cleanByline(candidate, context);
		if (name) return name;
	}
	return null;
}
