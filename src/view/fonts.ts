/**
 * The fonts shipped with the extension (from the @fontsource packages, OFL; build.mjs copies
 * their woff2 files to fonts/). They are registered with the FontFace API rather than @font-face
 * in reader.css: the overlay's stylesheet is text adopted by a shadow root, where a relative url()
 * would resolve against the page's address, and @font-face inside a shadow tree is not honoured
 * everywhere. A face added to a document's FontFaceSet serves its shadow trees too, and loads
 * only when text in its unicode range is drawn in it, so nothing is fetched for a font not chosen.
 */
import type {Font} from './view-options.js';

export type BundledFont = Exclude<Font, 'serif' | 'sans'>;

/** Unicode ranges of the Fontsource subsets we ship (their unicode.json). */
const RANGES = {
	latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
	'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

type Subset = keyof typeof RANGES;

/**
 * Family names of our own, so a page that defines "OpenDyslexic" itself (with other glyphs, or
 * none) never stands in for ours in the overlay, which shares the page's FontFaceSet.
 */
export const BUNDLED_FONTS: Readonly<Record<BundledFont, {family: string; package: string; subsets: readonly Subset[]}>> = {
	atkinson: {family: 'Clearpage Atkinson Hyperlegible', package: 'atkinson-hyperlegible', subsets: ['latin', 'latin-ext']},
	// Fontsource ships OpenDyslexic in its latin subset only.
	opendyslexic: {family: 'Clearpage OpenDyslexic', package: 'opendyslexic', subsets: ['latin']},
};

export interface FaceSpec {
	family: string;
	/** File name under fonts/, as Fontsource names it. */
	file: string;
	descriptors: {weight: string; style: string; unicodeRange: string; display: 'swap'};
}

/** Every face of a bundled font: each subset in regular, bold, italic and bold italic. */
export function faceSpecs(font: BundledFont): FaceSpec[] {
	const {family, package: name, subsets} = BUNDLED_FONTS[font];
	return subsets.flatMap(subset => ['400', '700'].flatMap(weight => ['normal', 'italic'].map(style => ({
		family,
		file: `${name}-${subset}-${weight}-${style}.woff2`,
		descriptors: {weight, style, unicodeRange: RANGES[subset], display: 'swap' as const},
	}))));
}

export function isBundled(font: Font): font is BundledFont {
	return font in BUNDLED_FONTS;
}

const installed = new WeakMap<FontFaceSet, Map<BundledFont, FontFace[]>>();

/** Registers a bundled font's faces in `fonts` once; `urlOf` turns a file name into the extension's URL for it. */
export function installFont(fonts: FontFaceSet, font: Font, urlOf: (file: string) => string): void {
	if (!isBundled(font) || typeof FontFace === 'undefined') return;
	let byFont = installed.get(fonts);
	if (!byFont) installed.set(fonts, byFont = new Map());
	if (byFont.has(font)) return;
	const faces = faceSpecs(font).map(spec => new FontFace(spec.family, `url("${urlOf(spec.file)}") format("woff2")`, spec.descriptors));
	for (const face of faces) fonts.add(face);
	byFont.set(font, faces);
}

/** Takes our faces out of a page's FontFaceSet again, as reading mode leaves the page as it found it. */
export function uninstallFonts(fonts: FontFaceSet): void {
	for (const faces of installed.get(fonts)?.values() ?? []) for (const face of faces) fonts.delete(face);
	installed.delete(fonts);
}
