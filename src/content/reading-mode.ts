import type {Article} from '../core/index.js';
import {bundledFontUrl} from '../bundled-fonts.js';
import {uninstallFonts} from '../view/fonts.js';
import {startReadingAids} from './reading-aids.js';
import readerCss from '../view/reader.css';
import {applyViewOptions} from '../view/apply-options.js';
import {renderArticle} from '../view/render-article.js';
import {button, element} from '../view/dom.js';
import {uiDirection} from '../view/translate.js';
import type {Translate} from '../view/translate.js';
import type {ViewOptions} from '../view/view-options.js';
import overlayCss from './overlay.css';
import {LISTEN_AIDS_CSS, ListenAids} from './listen-aids.js';
import type {ListenStatus} from './listen-aids.js';

export interface OverlayContext {
	t: Translate;
	locale: string;
	options: ViewOptions;
}

interface Saved {
	scrollX: number;
	scrollY: number;
	focus: Element | null;
}

/**
 * In-page reading mode. The page DOM is never touched: one host element is appended to
 * <html> and removed again; it covers the viewport with inline !important styles (page
 * CSS cannot override them) and holds the view in a closed shadow root (page CSS and
 * scripts cannot reach in). Leaving restores scroll position and focus; form values and
 * media were never touched, so they keep their state.
 */
export class ReadingMode {
	#host: HTMLElement | undefined;
	#root: HTMLElement | undefined;
	#shadow: ShadowRoot | undefined;
	#article: Article | undefined;
	#context: OverlayContext | undefined;
	#saved: Saved | undefined;
	#listen: ListenAids | undefined;
	#stopAids: (() => void) | undefined;
	/** The removed blocks put back in the popup, and the article they belong to. */
	#restored: {article: Article; indexes: ReadonlySet<number>} | undefined;
	readonly #onClose: () => void;

	/** `onClose` runs after every close, including Esc and the exit button. */
	constructor(onClose: () => void) {
		this.#onClose = onClose;
	}

	get isOpen(): boolean {
		return this.#host !== undefined;
	}

	/** The shadow root, for the test build's hook only. */
	get shadowRoot(): ShadowRoot | undefined {
		return this.#shadow;
	}

	open(article: Article, context: OverlayContext): void {
		if (this.isOpen) return;
		this.#saved = {scrollX: window.scrollX, scrollY: window.scrollY, focus: document.activeElement};
		// Made in an inert document (no custom element registry) and given its shadow root before it
		// joins the page: a page that defined <clearpage-reader> itself would otherwise run its own
		// constructor on our host and take the one shadow root, and reading mode would not open.
		const host = document.adoptNode(document.implementation.createHTMLDocument('').createElement('clearpage-reader'));
		const shadow = host.attachShadow({mode: 'closed'});
		for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
		adoptCss(shadow, `${readerCss}\n${overlayCss}\n${LISTEN_AIDS_CSS}`);
		const listen = new ListenAids(document, {t: context.t, locale: context.locale, lang: article.lang ?? ''});
		this.#listen = listen;
		this.#host = host;
		this.#shadow = shadow;
		this.#article = article;
		this.#context = context;
		try {
			this.#render();
			document.documentElement.append(host);
		} catch (error) {
			// Not open after all: a later toggle, the badge and getReadingMode must say so.
			this.#host = this.#shadow = this.#root = this.#article = this.#context = this.#saved = this.#listen = undefined;
			throw error;
		}
		window.addEventListener('keydown', this.#onKeydown, true);
		window.addEventListener('focusin', this.#onFocusin, true);
		shadow.addEventListener('keydown', stopAtHost);
		shadow.addEventListener('keydown', listen.handleKey);
		this.#root?.focus({preventScroll: true});
	}

	close(): void {
		if (!this.#host) return;
		// Speech would go on over the page the reader went back to.
		this.#listen?.stop();
		this.#listen = undefined;
		window.removeEventListener('keydown', this.#onKeydown, true);
		window.removeEventListener('focusin', this.#onFocusin, true);
		this.#stopAids?.();
		this.#stopAids = undefined;
		this.#host.remove();
		uninstallFonts(document.fonts);
		this.#host = this.#shadow = this.#root = this.#article = undefined;
		const saved = this.#saved;
		this.#saved = undefined;
		if (saved) {
			window.scrollTo(saved.scrollX, saved.scrollY);
			if (saved.focus instanceof HTMLElement && saved.focus !== document.body && saved.focus.isConnected) {
				saved.focus.focus({preventScroll: true});
			}
		}
		this.#onClose();
	}

	/** Blocks put back in the popup: shown in place when reading mode shows that article, now or later. */
	setRestored(article: Article, indexes: number[]): void {
		this.#restored = {article, indexes: new Set(indexes)};
		if (this.#context && this.#article === article) this.update(this.#context.options);
	}

	/** Live options: re-render in place, keeping the reader's scroll position in the overlay. */
	update(options: ViewOptions): void {
		if (!this.#context || !this.isOpen) return;
		this.#context = {...this.#context, options};
		const scroll = this.#root?.scrollTop ?? 0;
		this.#render();
		if (this.#root) this.#root.scrollTop = scroll;
	}

	#render(): void {
		const shadow = this.#shadow;
		const article = this.#article;
		const context = this.#context;
		if (!shadow || !article || !context) return;
		const {t} = context;
		const root = element(document, 'div', 'cp-overlay');
		root.tabIndex = -1;
		root.setAttribute('role', 'dialog');
		root.setAttribute('aria-modal', 'true');
		root.setAttribute('aria-label', t('overlayLabel', article.title));
		// The controls follow the interface's language; the article inside keeps its own.
		root.lang = context.locale;
		root.dir = uiDirection(t);
		applyViewOptions(root, context.options, bundledFontUrl);

		const bar = element(document, 'div', 'cp-overlay-bar');
		const hint = element(document, 'span', 'cp-hint', t('overlayHint'));
		const exit = button(document, 'cp-exit', t('exitReadingMode'));
		exit.addEventListener('click', () => this.close());
		bar.append(hint, exit);
		this.#listen?.addControls(bar, exit);

		const restored = this.#restored?.article === article ? this.#restored.indexes : new Set<number>();
		root.append(bar, renderArticle(document, article, {t, locale: context.locale, options: context.options, restored}));
		const focused = this.#root?.contains(shadow.activeElement) ? shadow.activeElement : null;
		const opening = !this.#root;
		if (this.#root) this.#root.replaceWith(root);
		else shadow.append(root);
		this.#root = root;
		this.#listen?.attach(root, bar);
		this.#stopAids?.();
		this.#stopAids = startReadingAids(root, {article, t, locale: context.locale, options: context.options, restored, resume: opening});
		if (focused) root.focus({preventScroll: true});
	}

	/** Listen (from the popup or the shortcut): starts reading aloud, or pauses and resumes. */
	listen(): Promise<ListenStatus> {
		return this.#listen?.listen.toggle('extension') ?? Promise.resolve('idle');
	}

	get listenStatus(): ListenStatus {
		return this.#listen?.listen.status ?? 'idle';
	}

	/** Listen and line focus, for the test build's hook only. */
	get aids(): ListenAids | undefined {
		return this.#listen;
	}

	/** Esc leaves; only a real key press: a page script can dispatch a made-up one. */
	readonly #onKeydown = (event: KeyboardEvent): void => {
		if (event.key !== 'Escape' || !event.isTrusted) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		this.close();
	};

	/** Keeps keyboard focus inside the overlay, so Tab never wanders into the hidden page. */
	readonly #onFocusin = (event: FocusEvent): void => {
		if (event.target !== this.#host) this.#root?.focus({preventScroll: true});
	};
}

/** The host covers the viewport; every property is set !important inline, above any page rule. */
const HOST_STYLE: Record<string, string> = {
	all: 'initial',
	display: 'block',
	position: 'fixed',
	inset: '0',
	width: '100vw',
	height: '100vh',
	'z-index': '2147483647',
	contain: 'strict',
	'color-scheme': 'normal',
};

/** Keys typed in the overlay stay there: page shortcuts listening on document never see them. */
function stopAtHost(event: Event): void {
	event.stopPropagation();
}

/**
 * Constructed stylesheets are CSSOM, which page CSP (style-src) does not govern, unlike a
 * <style> element; the <style> fallback covers engines that refuse adoptedStyleSheets
 * from a content script.
 */
function adoptCss(shadow: ShadowRoot, css: string): void {
	try {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		shadow.adoptedStyleSheets = [sheet];
	} catch {
		const style = document.createElement('style');
		style.textContent = css;
		shadow.append(style);
	}
}
