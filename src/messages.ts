/**
 * The whole message protocol between popup, background and content script: one typed map
 * name -> {request, response}, a handler map on the receiving side (no if-chains) and
 * senders that re-throw the receiver's error, as webext-msg does, but typed.
 */
import browser from 'webextension-polyfill';
import type {Runtime} from 'webextension-polyfill';
import type {Article, NotArticle} from './core/index.js';

/** What the content script answers to getArticle: the core's result or a state the popup explains. */
export type PageResult =
	| Article
	| NotArticle
	| {kind: 'error'; message: string}
	| {kind: 'too-large'; elements: number}
	| {kind: 'loading'}
	/** The tab shows a PDF (in the browser's viewer), not a web page. */
	| {kind: 'pdf'};

export interface ReadingModeState {
	open: boolean;
}

/** Reading aloud in a tab: not at all, speaking, or paused where it was. */
export type ListenStatus = 'idle' | 'playing' | 'paused';

export interface ListenState {
	open: boolean;
	listening: ListenStatus;
}

/** What the background's tts engine reports of an utterance, passed on to the tab that asked for it. */
export interface TtsEvent {
	id: number;
	type: 'start' | 'word' | 'end' | 'error';
	charIndex?: number;
	length?: number;
	message?: string;
}

export interface Protocol {
	/**
	 * Popup -> content: clean the live page. `force` skips the not-article and size checks;
	 * `patient` gives the core the longer time budget (the reader asked for more time).
	 */
	getArticle: {request: {force?: boolean; patient?: boolean}; response: PageResult};
	/** Popup/background -> content: `open` omitted toggles. */
	setReadingMode: {request: {open?: boolean}; response: ReadingModeState};
	/** Popup -> content. */
	getReadingMode: {request: Record<string, never>; response: ReadingModeState};
	/** Popup -> content: the removed blocks the reader put back (indexes into removed[]), for reading mode too. */
	setRestored: {request: {indexes: number[]}; response: void};
	/** Content -> background, so the badge follows Esc and page-side closes too. */
	readingModeChanged: {request: ReadingModeState; response: void};
	/** Popup/background -> content: reads aloud in reading mode (opening it), or pauses and resumes. */
	listen: {request: Record<string, never>; response: ListenState};
	/** Content -> background: whether the extension's tts engine is there (Chrome; Firefox has none). */
	ttsAvailable: {request: Record<string, never>; response: boolean};
	/** Content -> background: speak with the tts engine, replacing what it says; events come back as ttsEvent. */
	ttsSpeak: {request: {id: number; text: string; lang: string; voice?: string; rate: number}; response: void};
	ttsStop: {request: Record<string, never>; response: void};
	/** Content -> background: the tts engine's voices, for a page that lists none yet. */
	ttsVoices: {request: Record<string, never>; response: {name: string; lang: string}[]};
	/** Background -> content. */
	ttsEvent: {request: TtsEvent; response: void};
}

export type MessageName = keyof Protocol;
type Request<N extends MessageName> = Protocol[N]['request'];
type Response<N extends MessageName> = Protocol[N]['response'];

export type Handlers<N extends MessageName> = {
	[K in N]: (request: Request<K>, sender: Runtime.MessageSender) => Response<K> | Promise<Response<K>>;
};

interface Envelope {
	clearpage: MessageName;
	request: unknown;
}

type Reply = {ok: true; value: unknown} | {ok: false; error: string};

function isEnvelope(message: unknown): message is Envelope {
	return typeof message === 'object' && message !== null && typeof (message as Envelope).clearpage === 'string';
}

/**
 * Answers the named messages. Messages for other names are left to other listeners;
 * senders outside this extension are ignored (runtime messages only come from the extension,
 * but the check costs nothing and mirrors darkreader's messenger).
 */
export function handleMessages<N extends MessageName>(handlers: Handlers<N>): void {
	const table = handlers as unknown as Record<string, (request: unknown, sender: Runtime.MessageSender) => unknown>;
	browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
		if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
		const handler = Object.hasOwn(table, message.clearpage) ? table[message.clearpage] : undefined;
		if (!handler) return undefined;
		return (async (): Promise<Reply> => {
			try {
				return {ok: true, value: await handler(message.request, sender)};
			} catch (error) {
				return {ok: false, error: error instanceof Error ? error.message : String(error)};
			}
		})();
	});
}

function unwrap<N extends MessageName>(name: N, reply: unknown): Response<N> {
	if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
		throw new Error(`No handler answered "${name}"`);
	}
	const typed = reply as Reply;
	if (!typed.ok) throw new Error(typed.error);
	return typed.value as Response<N>;
}

/** Sends a message to the content script of a tab; throws the handler's error. */
export async function sendToTab<N extends MessageName>(tabId: number, name: N, request: Request<N>): Promise<Response<N>> {
	const envelope: Envelope = {clearpage: name, request};
	return unwrap(name, await browser.tabs.sendMessage(tabId, envelope));
}

/** Sends a message to the extension's own pages and background; throws the handler's error. */
export async function sendToRuntime<N extends MessageName>(name: N, request: Request<N>): Promise<Response<N>> {
	const envelope: Envelope = {clearpage: name, request};
	return unwrap(name, await browser.runtime.sendMessage(envelope));
}
