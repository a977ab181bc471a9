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
/** The options a slider sets: every numeric one, so a new number without a range fails to compile. */
export type SliderOption = {[K in keyof ViewOptions]: ViewOptions[K] extends number ? K : never}[keyof ViewOptions];

/**
 * Each slider's range (a stored value is kept inside it) and the step its control moves by, in
 * the order the options page shows them. Every default sits on a step.
 */
export const SLIDERS: Readonly<Record<SliderOption, {min: number; max: number; step: number}>> = {
	textSize: {min: 12, max: 32, step: 1},
	lineWidth: {min: 40, max: 100, step: 2},
	lineHeight: {min: 120, max: 240, step: 10},
	letterSpacing: {min: 0, max: 20, step: 1},
	wordSpacing: {min: 0, max: 60, step: 5},
	paragraphSpacing: {min: 50, max: 300, step: 10},
};
export const SLIDER_OPTIONS = Object.keys(SLIDERS) as SliderOption[];

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function inRange(range: {min: number; max: number}, value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, Math.round(value))) : fallback;
}

function sliderValues(raw: Record<string, unknown>): Pick<ViewOptions, SliderOption> {
	return Object.fromEntries(SLIDER_OPTIONS.map(name => [name, inRange(SLIDERS[name], raw[name], DEFAULT_VIEW_OPTIONS[name])])) as Pick<ViewOptions, SliderOption>;
}

/** Any stored value -> valid options; each bad or missing field takes its default. */
export function normalizeViewOptions(value: unknown): ViewOptions {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const d = DEFAULT_VIEW_OPTIONS;
	return {
		theme: oneOf(THEMES, raw.theme, d.theme),
		font: oneOf(FONTS, raw.font, d.font),
		...sliderValues(raw),
		textAlign: oneOf(TEXT_ALIGNS, raw.textAlign, d.textAlign),
		copyFormat: oneOf(COPY_FORMATS, raw.copyFormat, d.copyFormat),
		copyCaptions: typeof raw.copyCaptions === 'boolean' ? raw.copyCaptions : d.copyCaptions,
		copyCitation: typeof raw.copyCitation === 'boolean' ? raw.copyCitation : d.copyCitation,
		captions: oneOf(CAPTION_PLACEMENTS, raw.captions, d.captions),
	};
}
