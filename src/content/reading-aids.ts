/** Reading mode's aids around the article: the outline follows the reader's scrolling in the overlay. */
import {trackOutline} from '../view/outline.js';

/**
 * Starts the aids on a freshly rendered overlay (`scroller`, the element that scrolls the article).
 * Returns a function that stops them, called before the next render and when reading mode closes.
 */
export function startReadingAids(scroller: HTMLElement): () => void {
	const nav = scroller.querySelector<HTMLElement>('.cp-outline');
	const stops = [nav ? trackOutline(nav, scroller) : undefined];
	return () => {
		for (const stop of stops) stop?.();
	};
}
