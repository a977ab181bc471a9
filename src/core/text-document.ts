/**
 * A text file (served as text/plain) is shown by browsers as an HTML document whose body is one
 * <pre>, with no <title>: the tab shows the address. The reader is told what the file is called,
 * or what its first line says it is about.
 */

/** A first line longer than this is a sentence, not a title. */
const MAX_TITLE_LENGTH = 100;

/**
 * The <pre> holding the text of a text document, or null for any other page. A page with no
 * title of its own whose body is nothing but one <pre> reads the same way, so it counts too.
 */
export function textDocumentPre(doc: Document): HTMLPreElement | null {
	const body = doc.body;
	if (!body) return null;
	const pre = [...body.children].find(child => child.tagName === 'PRE') as HTMLPreElement | undefined;
	if (!pre) return null;
	if (/^text\/plain\b/i.test(doc.contentType)) return pre;
	const alone = body.children.length === 1 && !doc.querySelector('title')
		&& ![...body.childNodes].some(node => node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''));
	return alone ? pre : null;
}

/**
 * The title of a text document: its first line when that reads as a title (short, standing
 * alone above a blank line or a ===/--- underline, not ending as a sentence does), which then leaves the
 * body as a headline does; else the file name, the last segment of the address, decoded.
 * Null when neither gives one.
 */
export function titleTextDocument(pre: HTMLPreElement, url: string): string | null {
	const lines = (pre.textContent ?? '').split(/\r?\n/);
	const first = lines.findIndex(line => /\S/.test(line));
	const heading = first < 0 ? null : readsAsTitle(lines[first]!, lines[first + 1]);
	if (heading) {
		let rest = first + 1;
		if (/^\s*(=+|-+)\s*$/.test(lines[rest] ?? '')) rest++;
		while (rest < lines.length && !/\S/.test(lines[rest]!)) rest++;
		pre.textContent = lines.slice(rest).join('\n');
		return heading;
	}
	return fileName(url);
}

function readsAsTitle(line: string, next: string | undefined): string | null {
	const standsAlone = next === undefined || !/\S/.test(next) || /^\s*(=+|-+)\s*$/.test(next);
	if (!standsAlone) return null;
	// A Markdown file served as text keeps its "# " marks.
	const title = line.trim().replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
	if (title.length > MAX_TITLE_LENGTH || !/\p{L}/u.test(title)) return null;
	// A question or an exclamation may be a title; a line ending like a sentence or a lead-in is not.
	if (/[.,;:]$/.test(title) && !/\.\.\.$/.test(title)) return null;
	return title;
}

function fileName(url: string): string | null {
	let path: string;
	try {
		path = new URL(url).pathname;
	} catch {
		return null;
	}
	const segment = path.slice(path.lastIndexOf('/') + 1);
	if (!segment) return null;
	try {
		return decodeURIComponent(segment).trim() || null;
	} catch {
		return segment;
	}
}
