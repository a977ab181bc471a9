/**
 * Bytes of a saved page -> its text, the way a browser picks the encoding for a local file:
 * a byte order mark, else a <meta charset> near the top, else UTF-8. Undefined for a file
 * that is not text at all (NUL bytes, as in an executable or an image), which no encoding reads as a page.
 */
export function decodeHtml(bytes: Uint8Array): string | undefined {
	const bom = bomEncoding(bytes);
	// UTF-16 text is half NUL bytes; anything else with one near its start is not text.
	if (!bom?.startsWith('utf-16') && bytes.subarray(0, 8192).includes(0)) return undefined;
	const label = bom ?? declaredEncoding(bytes) ?? 'utf-8';
	try {
		return new TextDecoder(label).decode(bytes);
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

function bomEncoding(bytes: Uint8Array): string | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1,024 bytes, as browsers prescan. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
	// A page saved as UTF-16 cannot declare itself in ASCII; browsers read such a declaration as UTF-8.
	return label?.startsWith('utf-16') ? 'utf-8' : label;
}
