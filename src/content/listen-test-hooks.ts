/** Test build only: Listen and line focus as the e2e tests reach them (test-hooks.ts). */
import {observeUtterances} from '../view/listen/speaker.js';
import type {ReadingMode} from './reading-mode.js';

export interface ListenTestHooks {
	/** 'idle', 'playing' or 'paused'. */
	state(): string;
	/** The text of the paragraph being read. */
	passage(): string | undefined;
	/** The highlighted text (all its marks) and whether it is a word or a sentence; null when nothing is. */
	highlighted(): {text: string; kind: string} | null;
	/** `probe` sees each utterance before the page engine speaks it; null stops. */
	observe(probe: ((utterance: SpeechSynthesisUtterance) => void) | null): void;
	/** Which engine speaks: the page's or the background's. */
	engine(): string | undefined;
	lineFocus(): {on: boolean; lines: number; top: number; bottom: number};
}

export function listenTestHooks(readingMode: ReadingMode): ListenTestHooks {
	const marks = () => [...(readingMode.shadowRoot?.querySelectorAll<HTMLElement>('mark.cp-spoken') ?? [])];
	return {
		state: () => readingMode.listenStatus,
		passage: () => readingMode.aids?.listen.player?.passage?.text,
		highlighted() {
			const found = marks();
			if (found.length === 0) return null;
			return {text: found.map(mark => mark.textContent).join(''), kind: found[0]!.dataset.kind ?? ''};
		},
		observe: probe => observeUtterances(probe ?? undefined),
		engine: () => readingMode.aids?.listen.engine,
		lineFocus() {
			const focus = readingMode.aids?.lineFocus;
			return {on: focus?.on ?? false, lines: focus?.lines ?? 0, ...focus?.band ?? {top: 0, bottom: 0}};
		},
	};
}
