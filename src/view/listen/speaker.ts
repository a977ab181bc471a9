/**
 * One utterance at a time, whichever engine speaks it: the page's speechSynthesis, or the
 * extension's `tts` API in Chrome's background (tts-speaker.ts), which speaks without the page's
 * user activation Chrome asks of speechSynthesis.speak().
 */
export interface SpeakEvents {
	start(): void;
	/** A word (or a smaller unit) begins at charIndex of the utterance's text. */
	word(charIndex: number, charLength: number | undefined): void;
	end(): void;
	error(message: string): void;
}

export interface SpeakRequest {
	text: string;
	lang: string;
	/** A voice name as speechSynthesis.getVoices() lists it; undefined: the engine's choice for `lang`. */
	voice: string | undefined;
	rate: number;
}

export interface Speaker {
	/** Replaces whatever it was speaking. */
	speak(request: SpeakRequest, events: SpeakEvents): void;
	/** Stops at once; the cancelled utterance reports nothing more. */
	cancel(): void;
}

/**
 * Test build only: called with each utterance before the page engine speaks it, so an e2e test
 * can dispatch real boundary events on it (an engine without word boundaries sends none).
 */
let observer: ((utterance: SpeechSynthesisUtterance) => void) | undefined;

export function observeUtterances(probe: ((utterance: SpeechSynthesisUtterance) => void) | undefined): void {
	if (__CLEARPAGE_TEST__) observer = probe;
}

export class WebSpeaker implements Speaker {
	readonly #synth: SpeechSynthesis;
	/** Each speak() counts up; events of an utterance from before (a cancel fires end or error late) are dropped. */
	#turn = 0;
	#utterance: SpeechSynthesisUtterance | undefined;

	constructor(synth: SpeechSynthesis) {
		this.#synth = synth;
	}

	speak(request: SpeakRequest, events: SpeakEvents): void {
		const turn = ++this.#turn;
		this.#synth.cancel();
		const utterance = new SpeechSynthesisUtterance(request.text);
		utterance.lang = request.lang;
		utterance.rate = request.rate;
		const voice = request.voice === undefined ? undefined : this.#synth.getVoices().find(candidate => candidate.name === request.voice);
		if (voice) utterance.voice = voice;
		const live = () => turn === this.#turn;
		utterance.addEventListener('start', () => live() && events.start());
		utterance.addEventListener('boundary', event => {
			if (live() && event.name !== 'sentence') events.word(event.charIndex, event.charLength || undefined);
		});
		utterance.addEventListener('end', () => live() && events.end());
		utterance.addEventListener('error', event => {
			if (!live() || event.error === 'interrupted' || event.error === 'canceled') return;
			events.error(event.error);
		});
		// Kept referenced: Chrome drops the events of an utterance it garbage-collects mid-speech.
		this.#utterance = utterance;
		if (__CLEARPAGE_TEST__) observer?.(utterance);
		this.#synth.speak(utterance);
	}

	cancel(): void {
		this.#turn++;
		// Only ours: the page may speak on its own, and a cancel with nothing of ours queued would stop it.
		if (this.#utterance) this.#synth.cancel();
		this.#utterance = undefined;
	}
}
