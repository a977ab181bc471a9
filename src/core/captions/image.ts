import {hasText, textLengthAtLeast} from '../dom-text.js';

/** Containers a picture and its caption share, besides <figure>. */
const IMAGE_BOX = '[class*="caption"], [class*="image"], [class*="photo"], [class*="media"], [class*="picture"]';
/** An image box holds its picture, the caption and little else: not the article around them. */
const MAX_BOX_EXTRA = 600;
/** How far up a caption's ancestors the search for its picture goes. */
const MAX_DEPTH = 4;

/**
 * The picture a caption describes: the nearest image written before it (stopping at the first
 * block of text between them), else the image of the figure or image box it sits in. The search
 * never leaves the caption's figure: the figure before it has a picture of its own.
 */
export function imageFor(el: Element): Element | null {
	let node: Element = el;
	for (let depth = 0; depth < MAX_DEPTH; depth++) {
		for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
			const img = prev.tagName === 'IMG' ? prev : lastImage(prev);
			if (img) return img;
			if (hasText(prev)) return boxImage(el);
		}
		const parent = node.parentElement;
		if (!parent) break;
		if (parent.tagName === 'FIGURE') return parent.querySelector('img');
		const inBox = parent.matches(IMAGE_BOX) && isSmallBox(parent, el) ? parent.querySelector('img') : null;
		if (inBox) return inBox;
		node = parent;
	}
	return boxImage(el);
}

function boxImage(el: Element): Element | null {
	for (let box = el.parentElement?.closest(`figure, ${IMAGE_BOX}`); box; box = box.parentElement?.closest(`figure, ${IMAGE_BOX}`)) {
		if (box.tagName === 'FIGURE') return box.querySelector('img');
		if (!isSmallBox(box, el)) return null;
		const img = box.querySelector('img');
		if (img) return img;
	}
	return null;
}

function isSmallBox(box: Element, caption: Element): boolean {
	return !textLengthAtLeast(box, (caption.textContent ?? '').length + MAX_BOX_EXTRA);
}

function lastImage(el: Element): Element | null {
	const images = el.getElementsByTagName('img');
	return images.length ? images[images.length - 1]! : null;
}

/**
 * Whether two image URLs show the same picture: the same address, or the same file name once
 * sizes are taken off (a page's og:image is often another size of its hero: "hero-1200x630.jpg",
 * "?width=1200").
 */
export function samePicture(a: string, b: string): boolean {
	if (a === b) return true;
	const [left, right] = [fileStem(a), fileStem(b)];
	return left !== null && left === right && (left.length >= 8 || pathOf(a) === pathOf(b));
}

function pathOf(url: string): string | null {
	try {
		return new URL(url).pathname;
	} catch {
		return null;
	}
}

function fileStem(url: string): string | null {
	const path = pathOf(url);
	const name = path?.split('/').filter(Boolean).pop();
	if (!name) return null;
	let stem: string;
	try {
		stem = decodeURIComponent(name);
	} catch {
		stem = name;
	}
	return stem
		.toLowerCase()
		.replace(/\.(jpe?g|png|gif|webp|avif)$/, '')
		.replace(/[-_.](\d+x\d+|\d+w|\d+)$/, '')
		.replace(/@\dx$/, '');
}
