/// <reference types="chrome" />
/**
 * Reading aloud for a tab with the extension's `tts` engine (Chrome): the page's speechSynthesis
 * refuses to speak until the reader has clicked in the page (Chrome's user-activation rule), and
 * Listen started from the popup or the shortcut has no such click. The tab sends one sentence at
 * a time and gets the engine's events back. Firefox has no `tts` API: there the page speaks.
 */
import {handleMessages, sendToTab} from './messages.js';
import type {TtsEvent} from './messages.js';

const tts = (): typeof chrome.tts | undefined => (globalThis as {chrome?: typeof chrome}).chrome?.tts;

export function relayTts(): void {
	handleMessages({
		ttsAvailable: () => tts() !== undefined,
		ttsSpeak({id, text, lang, voice, rate}, sender) {
			const engine = tts();
			const tabId = sender.tab?.id;
			if (!engine || tabId === undefined) throw new Error('no speech engine for this tab');
			const report = (event: Omit<TtsEvent, 'id'>) => void sendToTab(tabId, 'ttsEvent', {id, ...event}).catch(() => {});
			// A whole SSML document would be read as markup: the article's own '<' never opens one (same length, so offsets hold).
			void engine.speak(text.replaceAll('<', '\u2039'), {
				lang: lang || undefined,
				voiceName: voice,
				rate,
				enqueue: false,
				onEvent(event) {
					switch (event.type) {
						case 'start': return report({type: 'start'});
						case 'word': return report({type: 'word', charIndex: event.charIndex, length: event.length !== undefined && event.length > 0 ? event.length : undefined});
						case 'end': return report({type: 'end'});
						case 'error': return report({type: 'error', message: event.errorMessage ?? 'error'});
						default: return undefined;
					}
				},
			});
		},
		ttsStop() {
			tts()?.stop();
		},
		async ttsVoices() {
			const voices = (await tts()?.getVoices()) ?? [];
			return voices.flatMap(voice => (voice.voiceName ? [{name: voice.voiceName, lang: voice.lang ?? ''}] : []));
		},
	});
}
