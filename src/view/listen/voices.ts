/** The voices a listener chooses from: those of the article's language first. */
export interface VoiceInfo {
	name: string;
	lang: string;
}

/**
 * The voice list, waiting for engines that fill it late (voiceschanged): Chromium on Linux starts
 * speech-dispatcher on first use and lists nothing until it answers, several seconds later the
 * first time. Empty: no speech engine.
 */
export function loadVoices(synth: SpeechSynthesis | undefined, waitMs = 10_000): Promise<VoiceInfo[]> {
	if (!synth) return Promise.resolve([]);
	const read = () => synth.getVoices().map(voice => ({name: voice.name, lang: voice.lang}));
	const now = read();
	if (now.length > 0) return Promise.resolve(now);
	return new Promise(resolve => {
		const done = () => {
			synth.removeEventListener('voiceschanged', done);
			clearTimeout(timer);
			resolve(read());
		};
		const timer = setTimeout(done, waitMs);
		synth.addEventListener('voiceschanged', done);
	});
}

/** The base language of a tag, lower case: 'pt-BR' -> 'pt'. */
export function baseLanguage(tag: string): string {
	return tag.toLowerCase().split(/[-_]/u)[0] ?? '';
}

/**
 * The article's exact language first ('en-GB' voices for an en-GB article), then its other
 * regions, then the rest; by name within each, so the list reads the same every time.
 */
export function orderVoices(voices: VoiceInfo[], lang: string): VoiceInfo[] {
	const wanted = lang.toLowerCase().replace('_', '-');
	const base = baseLanguage(lang);
	const rank = (voice: VoiceInfo) => {
		const tag = voice.lang.toLowerCase().replace('_', '-');
		if (wanted && tag === wanted) return 0;
		if (base && baseLanguage(tag) === base) return 1;
		return 2;
	};
	return [...voices].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Whether a voice speaks the article's language at all. */
export function speaksLanguage(voice: VoiceInfo, lang: string): boolean {
	return baseLanguage(voice.lang) === baseLanguage(lang);
}

/** The remembered voice for the language if it is still installed, else the first voice of the language, else none (the engine picks). */
export function chooseVoice(voices: VoiceInfo[], lang: string, remembered: string | undefined): VoiceInfo | undefined {
	const kept = voices.find(voice => voice.name === remembered);
	if (kept) return kept;
	const ordered = orderVoices(voices, lang);
	return ordered[0] && speaksLanguage(ordered[0], lang) ? ordered[0] : undefined;
}
