import type {ViewOptions} from './view-options.js';

/**
 * Applies theme, font, size and width to a reader root (popup body or overlay root);
 * reader.css reads them from data attributes and custom properties, so a change is live.
 */
export function applyViewOptions(root: HTMLElement, options: ViewOptions): void {
	root.classList.add('cp-reader');
	root.dataset.theme = options.theme;
	root.dataset.font = options.font;
	root.dataset.captions = options.captions;
	root.style.setProperty('--cp-size', `${options.textSize}px`);
	root.style.setProperty('--cp-width', `${options.lineWidth}ch`);
}
