import type {ListenStatus} from '../../messages.js';
import type {Translate} from '../translate.js';
import {Player} from './player.js';
import {loadListen, saveListen} from './listen-storage.js';
import {RATES, rememberVoice} from './settings.js';
import type {ListenSettings} from './settings.js';
import {WebSpeaker} from './speaker.js';
import type {Speaker} from './speaker.js';
import {buildPassages} from './speech-text.js';
import {baseLanguage, chooseVoice, loadVoices, orderVoices} from './voices.js';
import type {VoiceInfo} from './voices.js';

const MAX_LISTED_VOICES = 300;

export interface ListenPanelOptions {
	t: Translate;
	locale: string;
	/** The article's language, for the voice and the order of the voice list. */
	lang: string;
	/** The engine when the page may not speak (no click in it yet) and the extension can (tts-speaker.ts), with its voices. */
	backgroundEngine?: () => Promise<{speaker: Speaker; voices: VoiceInfo[]} | undefined>;
	/** The highlight moved (undefined: cleared): keep it in view, let line focus follow. */
	onHighlight(mark: HTMLElement | undefined): void;
}

/**
 * The Listen controls of reading mode and the player behind them. Made once per reading mode and
 * kept across re-renders (live options): the article is bound again, the place in it is kept.
 */
export class ListenPanel {
	readonly element: HTMLElement;
	readonly #options: ListenPanelOptions;
	readonly #main: HTMLButtonElement;
	readonly #extra: HTMLElement;
	readonly #rate: HTMLSelectElement;
	readonly #voice: HTMLSelectElement;
	readonly #status: HTMLElement;
	#player: Player | undefined;
	#article: HTMLElement | undefined;
	#settings: ListenSettings = {rate: 1, voices: {}};
	#voices: VoiceInfo[] = [];
	#background: Speaker | undefined;
	#ready: Promise<void> | undefined;
	#engine: string | undefined;
	#from: 'page' | 'extension' = 'page';

	constructor(doc: Document, options: ListenPanelOptions) {
		this.#options = options;
		const {t} = options;
		this.element = doc.createElement('div');
		this.element.className = 'cp-listen';
		this.element.setAttribute('role', 'group');
		this.element.setAttribute('aria-label', t('listen'));

		this.#main = button(doc, 'cp-listen-main');
		this.#main.textContent = t('listen');
		this.#main.addEventListener('click', () => void this.toggle());
		this.#extra = doc.createElement('span');
		this.#extra.className = 'cp-listen-extra';
		this.#extra.hidden = true;
		const previous = button(doc, 'cp-listen-previous', ICONS.previous, t('listenPrevious'));
		previous.addEventListener('click', () => this.#player?.skip(-1));
		const stop = button(doc, 'cp-listen-stop', ICONS.stop, t('listenStop'));
		stop.addEventListener('click', () => this.stop());
		const next = button(doc, 'cp-listen-next', ICONS.next, t('listenNext'));
		next.addEventListener('click', () => this.#player?.skip(1));

		this.#rate = doc.createElement('select');
		this.#rate.className = 'cp-control cp-listen-rate';
		this.#rate.setAttribute('aria-label', t('listenSpeed'));
		this.#rate.title = t('listenSpeed');
		const number = new Intl.NumberFormat(options.locale, {maximumFractionDigits: 2});
		for (const rate of RATES) this.#rate.append(new Option(`${number.format(rate)}×`, String(rate)));
		this.#rate.addEventListener('change', () => {
			this.#settings = {...this.#settings, rate: Number(this.#rate.value)};
			void saveListen(this.#settings).catch(() => {});
			this.#player?.restart();
		});

		this.#voice = doc.createElement('select');
		this.#voice.className = 'cp-control cp-listen-voice';
		this.#voice.setAttribute('aria-label', t('listenVoice'));
		this.#voice.title = t('listenVoice');
		this.#voice.addEventListener('change', () => {
			const name = this.#voice.value || undefined;
			this.#settings = rememberVoice(this.#settings, options.lang, name);
			void saveListen(this.#settings).catch(() => {});
			this.#player?.restart();
		});

		this.#status = doc.createElement('span');
		this.#status.className = 'cp-listen-status';
		this.#status.setAttribute('role', 'status');
		this.#status.id = 'cp-listen-status';
		this.#main.setAttribute('aria-describedby', this.#status.id);

		this.#extra.append(previous, stop, next, this.#rate, this.#voice);
		this.element.append(this.#main, this.#extra, this.#status);
		// Engines list their voices late: asking now has them ready by the first click.
		void this.#prepare();
	}

	get status(): ListenStatus {
		return this.#player?.state ?? 'idle';
	}

	/** The rendered article to read (after each render); the place in it is kept. */
	bind(article: HTMLElement): void {
		this.#article = article;
		this.#player?.rebind(buildPassages(article, this.#words()));
	}

	/**
	 * Listen from idle, pause, or resume. `from`: 'page' for a click or key in reading mode,
	 * 'extension' for the popup and the shortcut, which give the page no user activation.
	 */
	async toggle(from: 'page' | 'extension' = 'page'): Promise<ListenStatus> {
		this.#from = from;
		this.#main.setAttribute('aria-busy', 'true');
		await this.#prepare().finally(() => this.#main.removeAttribute('aria-busy'));
		if (this.#voices.length === 0) {
			this.#status.textContent = this.#options.t('listenNoVoices');
			// Asked again at the next click: an engine may have started meanwhile.
			this.#ready = undefined;
			return this.status;
		}
		this.#player ??= this.#makePlayer();
		this.#player?.toggle();
		return this.status;
	}

	stop(): void {
		this.#player?.stop();
	}

	/** Reading-mode keys: L listens / pauses / resumes, [ and ] go back and on a paragraph. */
	handleKey(event: KeyboardEvent): boolean {
		if (event.altKey || event.ctrlKey || event.metaKey) return false;
		if (event.key === 'l' || event.key === 'L') {
			void this.toggle();
			return true;
		}
		if ((event.key === '[' || event.key === ']') && this.#player && this.status !== 'idle') {
			this.#player.skip(event.key === ']' ? 1 : -1);
			return true;
		}
		return false;
	}

	/** Which engine reads ('page' or 'background'), for the test build's hook. */
	get engine(): string | undefined {
		return this.#engine;
	}

	/** The player, for the test build's hook. */
	get player(): Player | undefined {
		return this.#player;
	}

	#words() {
		const {t} = this.#options;
		return {link: t('listenLink'), codeBlock: t('listenCodeBlock')};
	}

	#prepare(): Promise<void> {
		this.#ready ??= (async () => {
			const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
			const [settings, background] = await Promise.all([loadListen(), this.#options.backgroundEngine?.().catch(() => undefined)]);
			// The page's list when it has one; a page that has none yet (Chromium lists voices late in
			// a tab that has not spoken) uses the extension engine's, which holds the same voices.
			const now = synth?.getVoices() ?? [];
			const voices = now.length > 0 || !background?.voices.length ? await loadVoices(synth) : background.voices;
			this.#settings = settings;
			this.#voices = orderVoices(voices, this.#options.lang);
			this.#background = background?.speaker;
			this.#fillVoices();
			this.#rate.value = String(settings.rate);
		})();
		return this.#ready;
	}

	#fillVoices(): void {
		const {t, lang} = this.#options;
		const chosen = chooseVoice(this.#voices, lang, this.#settings.voices[baseLanguage(lang)]);
		this.#voice.replaceChildren(new Option(t('listenDefaultVoice'), ''));
		// speech-dispatcher lists every espeak-ng voice with each of its variants (13,000 on a Debian
		// test machine): past a few hundred a list box is no choice, so the article's language comes first and the list stops there.
		const listed = this.#voices.slice(0, MAX_LISTED_VOICES);
		if (chosen && !listed.includes(chosen)) listed.unshift(chosen);
		for (const voice of listed) this.#voice.append(new Option(`${voice.name} (${voice.lang})`, voice.name));
		this.#voice.value = chosen?.name ?? '';
	}

	#makePlayer(): Player | undefined {
		if (!this.#article) return undefined;
		return new Player(buildPassages(this.#article, this.#words()), {
			lang: this.#options.lang,
			speaker: () => this.#speaker(),
			voice: () => ({name: this.#voice.value || undefined, rate: Number(this.#rate.value) || 1}),
			hooks: {
				changed: () => this.#show(),
				highlighted: mark => this.#options.onHighlight(mark),
				failed: message => {
					this.#status.textContent = this.#options.t('listenFailed', message);
				},
			},
		});
	}

	/**
	 * The page speaks when it may: Chrome lets speechSynthesis speak after a click in the page,
	 * Firefox always. Started from the popup or the shortcut, or in a page never clicked, the
	 * extension's engine speaks where there is one (Chrome's tts).
	 */
	#speaker(): Speaker {
		const activated = typeof navigator !== 'undefined' && navigator.userActivation?.hasBeenActive !== false;
		if ((this.#from === 'extension' || !activated) && this.#background) {
			this.#engine = 'background';
			return this.#background;
		}
		this.#engine = 'page';
		return new WebSpeaker(speechSynthesis);
	}

	#show(): void {
		const {t} = this.#options;
		const state = this.status;
		this.#main.textContent = state === 'playing' ? t('listenPause') : state === 'paused' ? t('listenResume') : t('listen');
		this.#main.dataset.state = state;
		this.#extra.hidden = state === 'idle';
		if (state !== 'idle') this.#status.textContent = '';
	}
}

/** Drawn, not typed: the media symbols (⏮ ⏹ ⏭) are missing from many systems' fonts. */
const ICONS = {
	previous: 'M6 5h2v14H6zM20 5v14L9 12z',
	stop: 'M6 6h12v12H6z',
	next: 'M16 5h2v14h-2zM4 5v14l11-7z',
} as const;

/** An icon button when `icon` is given (its name is `label`); the caller fills a text button. */
function button(doc: Document, className: string, icon?: string, label?: string): HTMLButtonElement {
	const element = doc.createElement('button');
	element.type = 'button';
	element.className = `cp-control ${className}`;
	if (icon) {
		const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
		svg.setAttribute('viewBox', '0 0 24 24');
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('focusable', 'false');
		const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
		path.setAttribute('d', icon);
		path.setAttribute('fill', 'currentColor');
		svg.append(path);
		element.append(svg);
	}
	if (label) {
		element.setAttribute('aria-label', label);
		element.title = label;
	}
	return element;
}
