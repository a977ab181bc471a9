import {TextDecoder as WhatwgDecoder} from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** How far into a page a late `<meta charset>` is still looked for: the head of any real page. */
const HEAD_BYTES = 64 * 1024;

/**
 * Bytes of a saved page -> its text, in the encoding a browser would pick: the HTML standard's
 * sniffing (a byte order mark, else a `<meta charset>` in the first 1,024 bytes); else a
 * declaration further down the head, which a browser's parser meets and re-reads the page in
 * (archived pages put kilobytes of scripts above it); else UTF-8 where the bytes are UTF-8, which
 * is what pages are saved in today, and windows-1252, a browser's default, where they are not.
 * Undefined for a file that is not text at all (NUL bytes, as in an executable or an image),
 * which no encoding reads as a page.
 */
export function decodeHtml(bytes: Uint8Array): string | undefined {
	const encoding = sniffHtmlEncoding(bytes, {defaultEncoding: ''}) || lateDeclaration(bytes) || undeclared(bytes);
	// UTF-16 text is half NUL bytes (the sniffer only answers UTF-16 for a byte order mark);
	// anything else with one near its start is not text.
	if (!encoding.startsWith('UTF-16') && bytes.subarray(0, 8192).includes(0)) return undefined;
	try {
		// The Encoding standard's decoders: Node's own reads windows-1252 as Latin-1, turning a page's
		// curly quotes and dashes into invisible control characters.
		return new WhatwgDecoder(encoding).decode(bytes);
	} catch {
		// An encoding the standard names but Node cannot decode (`replacement`): read it as UTF-8.
		return new TextDecoder('utf-8').decode(bytes);
	}
}

/**
 * A `<meta>` declaring the encoding past the first 1,024 bytes, before the body: each candidate
 * tag is read by the standard's own pre-scan, started at that tag, so its attribute rules
 * (charset, http-equiv with content) hold as they do at the top. UTF-16 declared in ASCII text
 * means UTF-8, as the pre-scan says.
 */
function lateDeclaration(bytes: Uint8Array): string {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1');
	const end = head.search(/<body[\s>]/i);
	const tags = /<meta[\s/]/gi;
	for (let match = tags.exec(head); match && (end < 0 || match.index < end); match = tags.exec(head)) {
		if (insideComment(head, match.index)) continue;
		const found = sniffHtmlEncoding(bytes.subarray(match.index), {defaultEncoding: ''});
		if (found) return found;
	}
	return '';
}

function insideComment(text: string, at: number): boolean {
	const open = text.lastIndexOf('<!--', at);
	return open >= 0 && text.indexOf('-->', open) > at;
}

function undeclared(bytes: Uint8Array): string {
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		return 'UTF-8';
	} catch {
		return 'windows-1252';
	}
}
