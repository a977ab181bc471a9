import type {LeadImage} from '../types.js';
import {byTag} from '../dom-find.js';

/**
 * The picture shown above the article. The share image (og:image) is often the very photo
 * the body opens with, in another size, or the site's logo or default card; either way,
 * showing it above the body shows the reader the wrong thing or the same thing twice.
 */

/** Words in a share image's address or alt text that say it is no photo of this story. */
const NOT_A_PHOTO = /(?:^|[^a-z])(?:logo|logos|default|placeholder|fallback|share[-_]?default|default[-_]?share|og[-_]?default|social[-_]?share|avatar|icon|favicon|sprite|blank|no[-_]?image)(?:[^a-z]|$)/i;
/** Below this declared width or height, a share image is an icon, not a lead photo. */
const MIN_SIDE = 200;

/** Whether the page's share image is worth showing at all. */
export function isShareablePhoto(image: LeadImage, width: string | null, height: string | null): boolean {
	if (NOT_A_PHOTO.test(pathOf(image.url)) || NOT_A_PHOTO.test(image.alt ?? '')) return false;
	const tiny = (side: string | null) => side !== null && Number.parseInt(side, 10) < MIN_SIDE;
	return !tiny(width) && !tiny(height);
}

function pathOf(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname);
	} catch {
		return url;
	}
}

/**
 * A picture's file name without what varies between its sizes: the extension, the query,
 * and size suffixes ("-1024x768", "_800w", "@2x", "-scaled"). Two URLs with the same stem
 * show the same photo.
 */
export function imageStem(url: string): string {
	const file = pathOf(url).split('/').filter(Boolean).at(-1) ?? '';
	let stem = file.toLowerCase().replace(/\.(?:jpe?g|png|gif|webp|avif|jfif)$/, '');
	for (let guard = 0; guard < 3; guard++) {
		stem = stem.replace(/[-_.@](?:\d+x\d+|\d+x|\d{2,4}w|\d+h|w\d{2,4}|scaled|large|medium|small|thumb|thumbnail|full|orig|original|\d+)$/, '');
	}
	return stem;
}

/** Whether the body already shows the lead picture (same address, or the same file in another size). */
export function bodyShows(lead: LeadImage, bodyImages: string[]): boolean {
	const stem = imageStem(lead.url);
	// A stem like "image" or "1" names no particular photo: only the same address counts then.
	const distinctive = stem.length >= 6 && !/^(?:image|photo|picture|bild|foto|img|default|index|original)$/.test(stem);
	return bodyImages.some(src => src === lead.url || (distinctive && imageStem(src) === stem));
}

/**
 * The article's lead picture: the share image, unless the body already shows that photo (then
 * none, or it is shown twice); with no share image, the body's first picture.
 */
export function articleLeadImage(share: LeadImage | null, root: Element): LeadImage | null {
	const images = byTag(root, 'img').filter(img => img.getAttribute('src')?.startsWith('http'));
	if (share) return bodyShows(share, images.map(img => img.getAttribute('src')!)) ? null : share;
	const first = images[0];
	return first ? {url: first.getAttribute('src')!, alt: first.getAttribute('alt') || null} : null;
}
