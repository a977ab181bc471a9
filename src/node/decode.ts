import sniffHtmlEncoding from 'html-encoding-sniffer';

/**
 * Bytes of a saved page -> its text, in the encoding a browser would pick: the HTML standard's
 * sniffing (a byte order mark, else a `<meta charset>` in the first 1,024 bytes), else UTF-8, which
 * is what pages are saved in today. Undefined for a file that is not text at all (NUL bytes, as in
 * an executable or an image), which no encoding reads as a page.
 */
export function decodeHtml(bytes: Uint8Array): string | undefined {
	const encoding = sniffHtmlEncoding(bytes, {defaultEncoding: 'UTF-8'});
	// UTF-16 text is half NUL bytes (the sniffer only answers UTF-16 for a byte order mark);
	// anything else with one near its start is not text.
	if (!encoding.startsWith('UTF-16') && bytes.subarray(0, 8192).includes(0)) return undefined;
	try {
		return new TextDecoder(encoding).decode(bytes);
	} catch {
		// An encoding the standard names but Node cannot decode (`replacement`): read it as UTF-8.
		return new TextDecoder('utf-8').decode(bytes);
	}
}
