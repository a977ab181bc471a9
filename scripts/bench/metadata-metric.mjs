// The header metric of shared/corpus/README.md (trafilatura set): title exact / extra / wrong,
// author found / missed / false, date exact / a day off / missing / wrong. Pure functions: an
// annotation {url, title, author, date} and what a system returned {title, byline, publishedTime,
// siteName} in, a score out; printMetadataTable puts several systems side by side.

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** A title or name as the README compares it: NFKC, case folded, quotes and dashes unified, edges trimmed. */
export function normalise(text) {
	return (text ?? '')
		.normalize('NFKC')
		// Upper then lower folds "ß" to "ss" as full case folding does.
		.toUpperCase()
		.toLowerCase()
		.replace(QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.replace(DASHES, '-')
		.replace(/\s+/g, ' ')
		.replace(EDGE_PUNCTUATION, '');
}

/** 'exact', 'extra' (the title and more, e.g. a site name), 'wrong', or null when the page has no annotated title. */
export function scoreTitle(expected, got) {
	const want = normalise(expected);
	if (!want) return null;
	const have = normalise(got);
	if (have === want) return 'exact';
	if (have.includes(want)) return 'extra';
	return 'wrong';
}

/** The annotated names of one author field ("A; B", "A, B", "A and B", "A und B", "A & B"). */
export function authorNames(author) {
	return (author ?? '')
		.split(/\s*[;,&]\s*|\s+(?:and|und|et)\s+/i)
		.map(normalise)
		.filter(Boolean);
}

const JUNK_WORDS = /^(?:by|von|par|posted|posted on|posted by|published|published on|publiziert|publiziert am|veröffentlicht|veröffentlicht am|written by|geschrieben von|no author|unknown|anonymous|admin|administrator|wordpressadmin|webmaster|super user|superuser|redaktion admin|author|autor|guest|user)$/;
const DATE_IN_TEXT = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zäé]*\.?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}:\d{2}\b/i;

/**
 * Why a byline is junk a reader should not see, or null: a label with no name ("By", "Posted on",
 * "No Author", "admin"), a URL, a user name, the site's own name, a date, or a label or date glued
 * to a name. A byline that holds an annotated name is checked only for what is glued to it.
 */
export function junkReason(byline, {names = [], site = [], url = ''} = {}) {
	const raw = (byline ?? '').trim();
	if (!raw) return null;
	const text = normalise(raw);
	const holdsName = names.some(name => text.includes(name));
	if (!text || JUNK_WORDS.test(text)) return 'label';
	if (/https?:\/\/|www\.|\.(?:com|de|org|net)\b/i.test(raw)) return 'url';
	if (DATE_IN_TEXT.test(raw)) return 'date';
	if (/^(?:by|von|posted|publiziert|veröffentlicht)\b/i.test(raw) || /^\||\|$/.test(raw)) return 'label';
	if (holdsName) return null;
	if (/\b(?:admin|administrator|super user|no author)\b/i.test(raw)) return 'label';
	if (/^@|^[a-z0-9_.-]+$/.test(raw) && /[0-9_@.]|^[a-z]/.test(raw)) return 'handle';
	const hostLabel = hostWords(url);
	if (site.some(name => normalise(name) === text) || (hostLabel && text.replace(/[\s.-]/g, '') === hostLabel)) return 'site';
	return null;
}

function hostWords(url) {
	try {
		const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
		return labels.length > 1 ? labels.slice(0, -1).join('').replace(/-/g, '') : '';
	} catch {
		return '';
	}
}

/**
 * The calendar day a publishedTime states, as the page wrote it: an ISO string is read at its own
 * offset (its first ten characters), anything else through Date.parse in UTC. null when none.
 */
export function calendarDay(value) {
	if (!value) return null;
	const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
	if (iso) return iso[1];
	const time = Date.parse(value);
	return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** 'exact', 'day-off' (one day either side: a time zone shift), 'missing', 'wrong'; 'false' or null on an undated page. */
export function scoreDate(expected, got) {
	const day = calendarDay(got);
	if (!expected) return day ? 'false' : null;
	if (!day) return 'missing';
	if (day === expected) return 'exact';
	const apart = Math.abs(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${expected}T00:00:00Z`));
	return apart === 86_400_000 ? 'day-off' : 'wrong';
}

/**
 * One page's header score. `annotation` is a trafilatura page ({url, title, author, date});
 * `article` what a system returned ({title, byline, publishedTime, siteName}) or null for nothing.
 */
export function scoreMetadata(annotation, article) {
	const got = article ?? {};
	const names = authorNames(annotation.author);
	const byline = got.byline?.trim() || null;
	const found = byline !== null && names.some(name => normalise(byline).includes(name));
	let author;
	if (names.length > 0) author = found ? 'found' : byline ? 'wrong' : 'missing';
	else author = byline ? 'false' : 'none';
	return {
		id: annotation.id,
		url: annotation.url,
		title: scoreTitle(annotation.title, got.title),
		author,
		junk: junkReason(byline, {names, site: [got.siteName].filter(Boolean), url: annotation.url}),
		date: scoreDate(annotation.date, got.publishedTime),
		got: {title: got.title ?? null, byline, publishedTime: got.publishedTime ?? null},
		want: {title: annotation.title ?? '', author: annotation.author ?? '', date: annotation.date ?? ''},
	};
}

/** Counts per field: shares are of the pages the field applies to. */
export function summarise(scores) {
	const count = (field, value) => scores.filter(s => s[field] === value).length;
	const titled = scores.filter(s => s.title !== null).length;
	const named = scores.filter(s => s.author === 'found' || s.author === 'wrong' || s.author === 'missing').length;
	const unnamed = scores.filter(s => s.author === 'false' || s.author === 'none').length;
	const dated = scores.filter(s => s.date !== null && s.date !== 'false').length;
	const undated = scores.filter(s => s.date === 'false').length + scores.filter(s => s.date === null).length;
	return {
		pages: scores.length,
		title: {of: titled, exact: count('title', 'exact'), extra: count('title', 'extra'), wrong: count('title', 'wrong')},
		author: {of: named, found: count('author', 'found'), wrong: count('author', 'wrong'), missing: count('author', 'missing'), unnamed, false: count('author', 'false')},
		junk: scores.filter(s => s.junk).length,
		date: {of: dated, exact: count('date', 'exact'), dayOff: count('date', 'day-off'), missing: count('date', 'missing'), wrong: count('date', 'wrong'), undated, false: count('date', 'false')},
	};
}

/** The rows of the side-by-side table: label, then one summary value per system. */
const ROWS = [
	['title exact', s => share(s.title.exact, s.title.of)],
	['title extra (site or section left on)', s => share(s.title.extra, s.title.of)],
	['title wrong or missing', s => share(s.title.wrong, s.title.of)],
	['author found (named pages)', s => share(s.author.found, s.author.of)],
	['author: byline without the name', s => share(s.author.wrong, s.author.of)],
	['author missing', s => share(s.author.missing, s.author.of)],
	['false byline (page names no author)', s => share(s.author.false, s.author.unnamed)],
	['junk bylines (label, URL, handle, site, date)', s => String(s.junk)],
	['date exact (dated pages)', s => share(s.date.exact, s.date.of)],
	['date a day off (time zone)', s => share(s.date.dayOff, s.date.of)],
	['date missing', s => share(s.date.missing, s.date.of)],
	['date wrong', s => share(s.date.wrong, s.date.of)],
	['date on an undated page', s => share(s.date.false, s.date.undated)],
];

function share(part, whole) {
	return whole ? `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})` : '-';
}

/** The table as Markdown lines, one column per system: `systems` maps a name to its list of scores. */
export function metadataTable(systems) {
	const names = Object.keys(systems);
	const summaries = names.map(name => summarise(systems[name]));
	return [
		`| field | ${names.join(' | ')} |`,
		`|---|${names.map(() => '---').join('|')}|`,
		...ROWS.map(([label, value]) => `| ${label} | ${summaries.map(value).join(' | ')} |`),
	];
}

/** Prints metadataTable to the console. */
export function printMetadataTable(systems) {
	for (const line of metadataTable(systems)) console.log(line);
}

/**
 * Agreement with Readability's own expected metadata (readability dev set), a regression check:
 * its answer is not a human's, so a title of ours that is its title with a part cut ('shorter')
 * is told apart from one that differs.
 */
export function compareWithReadability(expected, article, url = '') {
	const got = article ?? {};
	// Where the page names no site, Clearpage shows its host name: told apart from a real difference.
	const host = (() => {
		try {
			return new URL(url).hostname.replace(/^www\./, '');
		} catch {
			return '';
		}
	})();
	const want = normalise(expected.title);
	const have = normalise(got.title);
	let title = 'differs';
	if (have === want) title = 'same';
	else if (have && want.includes(have)) title = 'shorter';
	const same = (a, b) => normalise(a) === normalise(b);
	return {
		title,
		byline: same(expected.byline, got.byline) ? 'same' : 'differs',
		date: calendarDay(expected.publishedTime) === calendarDay(got.publishedTime) ? 'same' : 'differs',
		siteName: same(expected.siteName, got.siteName) ? 'same' : !expected.siteName && host && got.siteName === host ? 'host' : 'differs',
	};
}

/** Markdown lines: per field, how many pages agree with Readability's expected metadata. */
export function readabilityAgreementTable(comparisons) {
	const count = (field, value) => comparisons.filter(c => c[field] === value).length;
	const n = comparisons.length;
	return [
		'| field | same | other |',
		'|---|---|---|',
		`| title | ${share(count('title', 'same'), n)} | ${count('title', 'shorter')} shorter (a part cut), ${count('title', 'differs')} differ |`,
		`| byline | ${share(count('byline', 'same'), n)} | ${count('byline', 'differs')} differ |`,
		`| publishedTime (calendar day) | ${share(count('date', 'same'), n)} | ${count('date', 'differs')} differ |`,
		`| siteName | ${share(count('siteName', 'same'), n)} | ${count('siteName', 'host')} the host name where Readability has none, ${count('siteName', 'differs')} differ |`,
	];
}
