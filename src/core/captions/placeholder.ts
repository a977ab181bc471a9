/**
 * Some lazy loaders write a figure's picture as an empty element with its address in a data
 * attribute (`<div class="js-delayed-image-load" data-src=… data-alt=…>`) and make the <img>
 * with a script. Readability drops the empty element, so the figure's caption would describe
 * a picture no one sees; the <img> the script would make is made here instead.
 */

const SOURCE_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-hi-res-src', 'data-full-src'];
const IMAGE_URL = /^(?:https?:)?\/\/|^\/(?!\/)/i;
/** A declared side below this is a spacer or a rule, not a picture. */
const MIN_SIDE = 50;

/** When `el` is an empty placeholder for the picture of a figure that has none, it becomes that <img>. */
export function showPlaceholderImage(el: Element): void {
	if ((el.tagName !== 'DIV' && el.tagName !== 'SPAN') || el.firstElementChild || !el.hasAttributes()) return;
	const src = SOURCE_ATTRIBUTES.map(name => el.getAttribute(name)?.trim()).find(value => value && IMAGE_URL.test(value));
	if (!src || /\S/.test(el.textContent ?? '')) return;
	if (isTiny(el.getAttribute('data-width')) || isTiny(el.getAttribute('data-height'))) return;
	const figure = el.closest('figure');
	// A picture in <noscript> does not count: Readability drops <noscript>, and a browser running
	// scripts parses its content as text.
	if (!figure || [...figure.querySelectorAll('img, picture, video, iframe')].some(media => !media.closest('noscript'))) return;
	const img = el.ownerDocument.createElement('img');
	img.setAttribute('src', src);
	const alt = el.getAttribute('data-alt');
	if (alt) img.setAttribute('alt', alt);
	el.replaceWith(img);
}

function isTiny(side: string | null): boolean {
	return side !== null && Number.parseInt(side, 10) < MIN_SIDE;
}
