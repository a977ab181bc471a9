/**
 * URL checks shared by image resolution, captions and the sanitizer. DOMPurify checks an
 * attribute's value as one URL; a srcset holds several, and an image may be given a data:
 * URL that is not an image at all.
 */

export interface SrcsetCandidate {
	url: string;
	/** `640w`, `2x` or empty. */
	descriptor: string;
}

/**
 * The candidates of a srcset, parsed as the HTML spec does: a URL is a run of non-spaces
 * (so data: URLs keep their commas), and descriptors run to the next comma outside brackets.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
	const out: SrcsetCandidate[] = [];
	let i = 0;
	while (i < value.length) {
		while (i < value.length && /[\s,]/.test(value[i]!)) i++;
		if (i >= value.length) break;
		const start = i;
		while (i < value.length && !/\s/.test(value[i]!)) i++;
		let url = value.slice(start, i);
		let descriptor = '';
		if (url.endsWith(',')) {
			url = url.replace(/,+$/, '');
		} else {
			const from = i;
			let depth = 0;
			for (; i < value.length; i++) {
				const char = value[i];
				if (char === '(') depth++;
				else if (char === ')') depth--;
				else if (char === ',' && depth <= 0) break;
			}
			descriptor = value.slice(from, i).trim();
		}
		if (url) out.push({url, descriptor});
	}
	return out;
}

export function formatSrcset(candidates: SrcsetCandidate[]): string {
	return candidates.map(({url, descriptor}) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');
}

/**
 * Whether a picture may be loaded from `url`: web URLs, page-relative ones and data:
 * images. Browsers drop spaces and control characters before the scheme, so the check does too.
 */
export function isSafeImageUrl(url: string): boolean {
	const value = url.replace(/[\u0000-\u0020]/g, '');
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase();
	if (!scheme) return true;
	if (scheme === 'http' || scheme === 'https') return true;
	return scheme === 'data' && /^data:image\//i.test(value);
}

/**
 * The site an address is on: its host's last two labels, three under a country's second level
 * ("bbc.co.uk"), so news.example.com and www.example.com are one site. Null for no address.
 */
export function siteOf(href: string, base?: string): string | null {
	let host: string;
	try {
		host = new URL(href, base).hostname;
	} catch {
		return null;
	}
	const labels = host.split('.');
	const keep = labels.length >= 3 && /^(?:co|com|org|net|gov|ac|edu|or|ne|go)$/.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
	return labels.slice(-keep).join('.') || null;
}
