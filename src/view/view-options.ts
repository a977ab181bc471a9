/** Reader settings as plain data: what the view and the copy need. Storage lives in options/storage.ts. */

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type Font = 'serif' | 'sans' | 'atkinson' | 'opendyslexic';
export type TextAlign = 'start' | 'justify';
export type CopyFormat = 'text' | 'markdown' | 'html';
export type CaptionPlacement = 'list' | 'under-images';

export interface ViewOptions {
	theme: Theme;
	font: Font;
	/** Body text size in CSS pixels. */
	textSize: number;
	/** Line width in characters. */
	lineWidth: number;
	/** Line height in hundredths of the text size (160 = 1.6). */
	lineHeight: number;
	/** Extra space between letters, in hundredths of an em. */
	letterSpacing: number;
	/** Extra space between words, in hundredths of an em. */
	wordSpacing: number;
	/** Space after a paragraph, in hundredths of an em. */
	paragraphSpacing: number;
	textAlign: TextAlign;
	copyFormat: CopyFormat;
	copyCaptions: boolean;
	copyCitation: boolean;
	captions: CaptionPlacement;
}

export const DEFAULT_VIEW_OPTIONS: Readonly<ViewOptions> = Object.freeze({
	theme: 'system',
	font: 'serif',
	textSize: 18,
	lineWidth: 68,
	lineHeight: 160,
	letterSpacing: 0,
	wordSpacing: 0,
	paragraphSpacing: 100,
	textAlign: 'start',
	copyFormat: 'text',
	copyCaptions: true,
	copyCitation: true,
	captions: 'list',
});

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const FONTS: readonly Font[] = ['serif', 'sans', 'atkinson', 'opendyslexic'];
export const TEXT_ALIGNS: readonly TextAlign[] = ['start', 'justify'];
export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown', 'html'];
export const CAPTION_PLACEMENTS: readonly CaptionPlacement[] = ['list', 'under-images'];
export const TEXT_SIZE = {min: 12, max: 32} as const;
export const LINE_WIDTH = {min: 40, max: 100} as const;
export const LINE_HEIGHT = {min: 120, max: 240} as const;
export const LETTER_SPACING = {min: 0, max: 20} as const;
export const WORD_SPACING = {min: 0, max: 60} as const;
export const PARAGRAPH_SPACING = {min: 50, max: 300} as const;

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function inRange(range: {min: number; max: number}, value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, Math.round(value))) : fallback;
}

/** Any stored value -> valid options; each bad or missing field takes its default. */
export function normalizeViewOptions(value: unknown): ViewOptions {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const d = DEFAULT_VIEW_OPTIONS;
	return {
		theme: oneOf(THEMES, raw.theme, d.theme),
		font: oneOf(FONTS, raw.font, d.font),
		textSize: inRange(TEXT_SIZE, raw.textSize, d.textSize),
		lineWidth: inRange(LINE_WIDTH, raw.lineWidth, d.lineWidth),
		lineHeight: inRange(LINE_HEIGHT, raw.lineHeight, d.lineHeight),
		letterSpacing: inRange(LETTER_SPACING, raw.letterSpacing, d.letterSpacing),
		wordSpacing: inRange(WORD_SPACING, raw.wordSpacing, d.wordSpacing),
		paragraphSpacing: inRange(PARAGRAPH_SPACING, raw.paragraphSpacing, d.paragraphSpacing),
		textAlign: oneOf(TEXT_ALIGNS, raw.textAlign, d.textAlign),
		copyFormat: oneOf(COPY_FORMATS, raw.copyFormat, d.copyFormat),
		copyCaptions: typeof raw.copyCaptions === 'boolean' ? raw.copyCaptions : d.copyCaptions,
		copyCitation: typeof raw.copyCitation === 'boolean' ? raw.copyCitation : d.copyCitation,
		captions: oneOf(CAPTION_PLACEMENTS, raw.captions, d.captions),
	};
}
