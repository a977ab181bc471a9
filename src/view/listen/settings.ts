/** Listening settings as plain data: the speed, and a voice per language. Storage: listen-storage.ts. */
import {baseLanguage} from './voices.js';

export interface ListenSettings {
	rate: number;
	/** Voice name by base language ('en', 'ar'). */
	voices: Record<string, string>;
}

export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export const DEFAULT_LISTEN: Readonly<ListenSettings> = Object.freeze({rate: 1, voices: {}});

/** Any stored value -> valid settings; a bad field takes its default. */
export function normalizeListen(value: unknown): ListenSettings {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const rate = typeof raw.rate === 'number' && (RATES as readonly number[]).includes(raw.rate) ? raw.rate : DEFAULT_LISTEN.rate;
	const voices: Record<string, string> = {};
	if (typeof raw.voices === 'object' && raw.voices !== null) {
		for (const [lang, name] of Object.entries(raw.voices)) if (typeof name === 'string' && /^[a-z]{2,3}$/u.test(lang)) voices[lang] = name;
	}
	return {rate, voices};
}

export function rememberVoice(settings: ListenSettings, lang: string, voice: string | undefined): ListenSettings {
	const voices = {...settings.voices};
	const base = baseLanguage(lang);
	if (!base) return settings;
	if (voice === undefined) delete voices[base];
	else voices[base] = voice;
	return {...settings, voices};
}
