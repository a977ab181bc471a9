/** html-encoding-sniffer ships no types: it returns the canonical name of the encoding (`UTF-8`, `windows-1252`). */
declare module 'html-encoding-sniffer' {
	export default function sniffHtmlEncoding(
		bytes: Uint8Array,
		options?: {xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string},
	): string;
}
