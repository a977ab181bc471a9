import {handleMessages, sendToRuntime} from '../../messages.js';
import type {TtsEvent} from '../../messages.js';
import type {SpeakEvents, SpeakRequest, Speaker} from './speaker.js';

/** Speaks through the background's tts engine (tts-relay.ts); one per content script. */
export class TtsSpeaker implements Speaker {
	#id = 0;
	#events: SpeakEvents | undefined;

	constructor() {
		handleMessages({ttsEvent: event => this.#receive(event)});
	}

	speak(request: SpeakRequest, events: SpeakEvents): void {
		const id = ++this.#id;
		this.#events = events;
		sendToRuntime('ttsSpeak', {id, text: request.text, lang: request.lang, voice: request.voice, rate: request.rate})
			.catch((error: unknown) => id === this.#id && events.error(error instanceof Error ? error.message : String(error)));
	}

	cancel(): void {
		this.#id++;
		this.#events = undefined;
		sendToRuntime('ttsStop', {}).catch(() => {});
	}

	#receive(event: TtsEvent): void {
		const events = this.#events;
		if (event.id !== this.#id || !events) return;
		if (event.type === 'start') events.start();
		else if (event.type === 'word') events.word(event.charIndex ?? 0, event.length);
		else if (event.type === 'end') events.end();
		else events.error(event.message ?? 'error');
	}
}
