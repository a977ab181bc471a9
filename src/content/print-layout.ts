/**
 * Printing from reading mode prints the article, not the page under it. On screen the overlay's
 * host is a fixed box the size of the viewport (inline !important styles, which no stylesheet can
 * override), so while the document is laid out for print the host becomes a block that grows
 * with the article, and a constructed stylesheet, adopted by the page's document for that time
 * only, hides the page's body. Nothing is written to the page's markup: after printing both go.
 */

/** The host's print layout; the screen values come back from what was set before. */
const PRINT_STYLE: Record<string, string> = {
	position: 'absolute',
	inset: '0 auto auto 0',
	width: '100%',
	height: 'auto',
	contain: 'none',
};

const PAGE_CSS = '@media print { html > body { display: none !important; } html { overflow: visible !important; block-size: auto !important; } }';

/** Follows print (window.print(), the browser's own Print, emulated print media) for as long as reading mode is open. */
export function followPrintMedia(host: HTMLElement): () => void {
	const doc = host.ownerDocument;
	const view = doc.defaultView;
	if (!view) return () => {};
	let saved: [string, string, string][] | undefined;
	let sheet: CSSStyleSheet | undefined;
	const toPrint = () => {
		if (saved) return;
		saved = Object.keys(PRINT_STYLE).map(name => [name, host.style.getPropertyValue(name), host.style.getPropertyPriority(name)]);
		for (const [name, value] of Object.entries(PRINT_STYLE)) host.style.setProperty(name, value, 'important');
		try {
			sheet = new view.CSSStyleSheet();
			sheet.replaceSync(PAGE_CSS);
			doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
		} catch {
			// An engine that will not adopt a sheet from here prints the page's body after the article.
			sheet = undefined;
		}
	};
	const toScreen = () => {
		if (!saved) return;
		for (const [name, value, priority] of saved) host.style.setProperty(name, value, priority);
		saved = undefined;
		if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(other => other !== sheet);
		sheet = undefined;
	};
	const media = view.matchMedia('print');
	const onMedia = () => (media.matches ? toPrint() : toScreen());
	media.addEventListener('change', onMedia);
	view.addEventListener('beforeprint', toPrint);
	view.addEventListener('afterprint', toScreen);
	// A re-render (a live option change, a block put back) starts over while print may already be
	// on, and no change event will come to say so.
	onMedia();
	return () => {
		media.removeEventListener('change', onMedia);
		view.removeEventListener('beforeprint', toPrint);
		view.removeEventListener('afterprint', toScreen);
		toScreen();
	};
}
