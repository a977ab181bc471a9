/**
 * Listen and line focus in reading mode: their controls in the overlay's bar, their keys, the
 * spoken word kept in view. Reading mode makes one per opening and stops it when it closes.
 */
import type {ListenStatus} from '../messages.js';
import {sendToRuntime} from '../messages.js';
import {LineFocus} from '../view/line-focus.js';
import lineFocusCss from '../view/line-focus.css';
import listenCss from '../view/listen/listen.css';
import {ListenPanel} from '../view/listen/panel.js';
import type {Speaker} from '../view/listen/speaker.js';
import type {VoiceInfo} from '../view/listen/voices.js';
import {TtsSpeaker} from '../view/listen/tts-speaker.js';
import type {Translate} from '../view/translate.js';

export const LISTEN_AIDS_CSS = `${listenCss}\n${lineFocusCss}`;

/** One per content script: it listens for the background's events. */
let ttsSpeaker: TtsSpeaker | undefined;

async function backgroundEngine(): Promise<{speaker: Speaker; voices: VoiceInfo[]} | undefined> {
	if (!(await sendToRuntime('ttsAvailable', {}).catch(() => false))) return undefined;
	ttsSpeaker ??= new TtsSpeaker();
	return {speaker: ttsSpeaker, voices: await sendToRuntime('ttsVoices', {}).catch(() => [])};
}

export class ListenAids {
	readonly listen: ListenPanel;
	readonly lineFocus: LineFocus;
	#scroller: HTMLElement | undefined;
	#bar: HTMLElement | undefined;

	constructor(doc: Document, context: {t: Translate; locale: string; lang: string}) {
		this.listen = new ListenPanel(doc, {...context, backgroundEngine, onHighlight: mark => this.#keepInView(mark)});
		this.lineFocus = new LineFocus(doc, context.t);
	}

	/** Puts the controls in the bar, before `before` (the exit button). */
	addControls(bar: HTMLElement, before: Element): void {
		bar.insertBefore(this.listen.element, before);
		bar.insertBefore(this.lineFocus.element, before);
	}

	/** After each render: the overlay root (which scrolls), its bar. */
	attach(scroller: HTMLElement, bar: HTMLElement): void {
		this.#scroller = scroller;
		this.#bar = bar;
		const article = scroller.querySelector<HTMLElement>('.cp-article');
		if (article) this.listen.bind(article);
		this.lineFocus.attach(scroller, bar);
	}

	/** A keydown in the overlay (a shadow root's listener gets a plain Event). */
	readonly handleKey = (keydown: Event): void => {
		const event = keydown as KeyboardEvent;
		// Letters and arrows in a list box choose in it.
		const target = event.composedPath()[0];
		if (target instanceof Element && target.matches('select, input, textarea')) return;
		if (this.listen.handleKey(event) || this.lineFocus.handleKey(event)) event.preventDefault();
	};

	stop(): void {
		this.listen.stop();
	}

	/** The spoken word stays in the upper part of the view as the article is read. */
	#keepInView(mark: HTMLElement | undefined): void {
		const scroller = this.#scroller;
		if (!mark || !scroller) return;
		const view = scroller.getBoundingClientRect();
		const rect = mark.getBoundingClientRect();
		const top = view.top + (this.#bar?.offsetHeight ?? 0);
		if (rect.top < top + rect.height || rect.bottom > view.bottom - rect.height * 2) {
			scroller.scrollTop += rect.top - top - (view.bottom - top) / 3;
		}
		this.lineFocus.follow(mark);
	}
}

export type {ListenStatus};
