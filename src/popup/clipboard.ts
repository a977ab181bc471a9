import type {CopyContent} from '../view/copy-content.js';

/**
 * Writes to the clipboard: HTML as text/html with a text/plain fallback, so rich editors
 * get formatting and plain ones get text. Resolves false when the browser refuses.
 */
export async function writeClipboard(content: CopyContent): Promise<boolean> {
	try {
		if (content.html === undefined) {
			await navigator.clipboard.writeText(content.text);
		} else {
			await navigator.clipboard.write([new ClipboardItem({
				'text/html': new Blob([content.html], {type: 'text/html'}),
				'text/plain': new Blob([content.text], {type: 'text/plain'}),
			})]);
		}
		return true;
	} catch {
		return false;
	}
}
