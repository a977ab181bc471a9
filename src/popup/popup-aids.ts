/** The popup's reading aids around the rendered article: the outline follows the reader's scrolling. */
import {trackOutline} from '../view/outline.js';

let stopOutline: (() => void) | undefined;

/** Call after each render of the article view: follows the new view's outline, stops following the old one. */
export function followArticleView(view: HTMLElement): void {
	stopOutline?.();
	const nav = view.querySelector<HTMLElement>('.cp-outline');
	stopOutline = nav ? trackOutline(nav, document) : undefined;
}
