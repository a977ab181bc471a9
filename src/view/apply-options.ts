import {installFont} from './fonts.js';
import type {ViewOptions} from './view-options.js';

/**
 * Applies theme, font, size, width and spacing to a reader root (popup body or overlay root);
 * reader.css reads them from data attributes and custom properties, so a change is live.
 * `fontUrl` locates the bundled fonts; without it (tests, the CLI) only system fonts are used.
 */
export function applyViewOptions(root: HTMLElement, options: ViewOptions, fontUrl?: (file: string) => string): void {
	root.classList.add('cp-reader');
	root.dataset.theme = options.theme;
	root.dataset.font = options.font;
	root.dataset.captions = options.captions;
	root.dataset.align = options.textAlign;
	const style = root.style;
	style.setProperty('--cp-size', `${options.textSize}px`);
	style.setProperty('--cp-width', `${options.lineWidth}ch`);
	style.setProperty('--cp-line-height', String(options.lineHeight / 100));
	style.setProperty('--cp-letter-spacing', `${options.letterSpacing / 100}em`);
	style.setProperty('--cp-word-spacing', `${options.wordSpacing / 100}em`);
	style.setProperty('--cp-paragraph-spacing', `${options.paragraphSpacing / 100}em`);
	const fonts = root.ownerDocument.fonts;
	if (fontUrl && fonts) installFont(fonts, options.font, fontUrl);
}
