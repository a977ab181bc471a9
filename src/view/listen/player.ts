import {SpokenHighlight} from './highlight.js';
import {sentenceRange, wordAt} from './speech-text.js';
import type {Passage} from './speech-text.js';
import type {Speaker} from './speaker.js';

export type PlayerState = 'idle' | 'playing' | 'paused';

export interface PlayerHooks {
	/** State or place changed: the controls follow. */
	changed(): void;
	/** The highlight moved to this mark (undefined: cleared), to keep it in view. */
	highlighted(mark: HTMLElement | undefined): void;
	/** The engine failed; reading has stopped. */
	failed(message: string): void;
}

export interface Voice {
	/** The voice's name, undefined for the engine's default. */
	name: string | undefined;
	rate: number;
}

interface Place {
	passage: number;
	sentence: number;
	/** Where in the passage's text to start: the last word heard, so a pause resumes mid-sentence. */
	offset: number;
}

/**
 * Reads the passages aloud one sentence at a time, so a pause, a speed change or a jump to another
 * paragraph acts at once, and a voice that reports no word boundaries still gets its sentence
 * highlighted at each sentence's start. Pause cancels and remembers the last word: engines differ
 * too much in pause() (some ignore it, some lose the queue) to rely on it.
 */
export class Player {
	#passages: Passage[];
	readonly #speaker: () => Speaker;
	readonly #hooks: PlayerHooks;
	readonly #voice: () => Voice;
	readonly #lang: string;
	readonly #highlight = new SpokenHighlight();
	#state: PlayerState = 'idle';
	#place: Place = {passage: 0, sentence: 0, offset: 0};
	#active: Speaker | undefined;
	/** Whether the voice reported a word this session: then the sentence is not highlighted first. */
	#wordsSeen = false;

	/** `speaker` is asked when reading starts from idle (the engine may differ by then). */
	constructor(passages: Passage[], options: {speaker: () => Speaker; voice: () => Voice; lang: string; hooks: PlayerHooks}) {
		this.#passages = passages;
		this.#speaker = options.speaker;
		this.#voice = options.voice;
		this.#lang = options.lang;
		this.#hooks = options.hooks;
	}

	get state(): PlayerState {
		return this.#state;
	}

	/** The passage being read (or next to read). */
	get passage(): Passage | undefined {
		return this.#passages[this.#place.passage];
	}

	/** After the article was rendered again (live options): same places, new nodes. */
	rebind(passages: Passage[]): void {
		this.#highlight.clear();
		this.#passages = passages;
		if (this.#place.passage >= passages.length) this.#place = {passage: 0, sentence: 0, offset: 0};
		if (this.#state === 'playing') this.#speak();
	}

	play(): void {
		if (this.#state === 'playing') return;
		if (this.#state === 'idle') {
			this.#active = this.#speaker();
			this.#wordsSeen = false;
		}
		this.#state = 'playing';
		this.#speak();
		this.#hooks.changed();
	}

	pause(): void {
		if (this.#state !== 'playing') return;
		this.#state = 'paused';
		this.#active?.cancel();
		this.#hooks.changed();
	}

	toggle(): void {
		if (this.#state === 'playing') this.pause();
		else this.play();
	}

	stop(): void {
		if (this.#state === 'idle') return;
		this.#active?.cancel();
		this.#active = undefined;
		this.#state = 'idle';
		this.#place = {passage: 0, sentence: 0, offset: 0};
		this.#highlight.clear();
		this.#hooks.highlighted(undefined);
		this.#hooks.changed();
	}

	/** One paragraph on (`step` 1) or back (-1); back from inside a paragraph goes to its start first, as players do. */
	skip(step: 1 | -1): void {
		const {passage, sentence, offset} = this.#place;
		const atStart = sentence === 0 && offset <= (this.#passages[passage]?.sentences[0]?.start ?? 0);
		const target = step === 1 ? passage + 1 : atStart ? passage - 1 : passage;
		if (target < 0 || target >= this.#passages.length) return;
		this.#moveTo(target);
	}

	/** Speed or voice changed: the current sentence goes on from its last word with them. */
	restart(): void {
		if (this.#state === 'playing') this.#speak();
	}

	#moveTo(passage: number): void {
		this.#place = {passage, sentence: 0, offset: this.#passages[passage]?.sentences[0]?.start ?? 0};
		if (this.#state === 'playing') this.#speak();
		else this.#showSentence();
		this.#hooks.changed();
	}

	#speak(): void {
		const passage = this.#passages[this.#place.passage];
		const sentence = passage?.sentences[this.#place.sentence];
		const speaker = this.#active;
		if (!passage || !sentence || !speaker) return this.stop();
		const from = Math.max(sentence.start, Math.min(this.#place.offset, sentence.end - 1));
		const {name, rate} = this.#voice();
		speaker.speak({text: passage.text.slice(from, sentence.end), lang: passage.lang || this.#lang, voice: name, rate}, {
			start: () => {
				if (!this.#wordsSeen) this.#showSentence();
			},
			word: (charIndex, charLength) => {
				this.#wordsSeen = true;
				const at = from + charIndex;
				this.#place.offset = at;
				const range = wordAt(passage, at, charLength);
				this.#hooks.highlighted(range ? this.#highlight.show(range, 'word') : undefined);
			},
			end: () => this.#advance(),
			error: message => {
				this.stop();
				this.#hooks.failed(message);
			},
		});
	}

	#showSentence(): void {
		const passage = this.#passages[this.#place.passage];
		const sentence = passage?.sentences[this.#place.sentence];
		const range = passage && sentence ? sentenceRange(passage, sentence) : null;
		this.#hooks.highlighted(range ? this.#highlight.show(range, 'sentence') : undefined);
	}

	#advance(): void {
		if (this.#state !== 'playing') return;
		const passage = this.#passages[this.#place.passage];
		if (passage && this.#place.sentence + 1 < passage.sentences.length) {
			const sentence = this.#place.sentence + 1;
			this.#place = {passage: this.#place.passage, sentence, offset: passage.sentences[sentence]!.start};
		} else if (this.#place.passage + 1 < this.#passages.length) {
			const next = this.#place.passage + 1;
			this.#place = {passage: next, sentence: 0, offset: this.#passages[next]!.sentences[0]?.start ?? 0};
			this.#hooks.changed();
		} else {
			return this.stop();
		}
		this.#speak();
	}
}
