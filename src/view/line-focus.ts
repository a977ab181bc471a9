import browser from 'webextension-polyfill';
import type {Translate} from './translate.js';

export const FOCUS_LINES = [1, 3, 5] as const;
export type FocusLines = (typeof FOCUS_LINES)[number];
const KEY = 'lineFocus';

/**
 * A reading ruler for reading mode: everything but a band of 1, 3 or 5 lines is dimmed. The band
 * follows the pointer, moves a line at a time with the arrow keys (scrolling the article when it
 * reaches an edge) and follows the spoken word. The dimming layer is decoration (aria-hidden) and
 * lets every click through; the toggle carries the state.
 */
export class LineFocus {
	readonly element: HTMLElement;
	readonly #toggle: HTMLButtonElement;
	readonly #lines: HTMLSelectElement;
	readonly #mask: HTMLElement;
	readonly #above: HTMLElement;
	readonly #below: HTMLElement;
	#scroller: HTMLElement | undefined;
	#bar: HTMLElement | undefined;
	/** The band's centre, in the scroller's viewport (px from its top). */
	#centre = 0;
	#on = false;

	constructor(doc: Document, t: Translate) {
		this.element = doc.createElement('span');
		this.element.className = 'cp-line-focus-controls';
		this.#toggle = doc.createElement('button');
		this.#toggle.type = 'button';
		this.#toggle.className = 'cp-control cp-line-focus-toggle';
		this.#toggle.textContent = t('lineFocus');
		this.#toggle.setAttribute('aria-pressed', 'false');
		this.#toggle.addEventListener('click', () => this.toggle());
		this.#lines = doc.createElement('select');
		this.#lines.className = 'cp-control cp-line-focus-lines';
		this.#lines.setAttribute('aria-label', t('lineFocusLines'));
		this.#lines.title = t('lineFocusLines');
		for (const lines of FOCUS_LINES) this.#lines.append(new Option(String(lines), String(lines)));
		this.#lines.value = '3';
		this.#lines.addEventListener('change', () => {
			this.#place();
			void browser.storage.local.set({[KEY]: {lines: this.lines}}).catch(() => {});
		});
		this.element.append(this.#toggle, this.#lines);

		this.#mask = doc.createElement('div');
		this.#mask.className = 'cp-line-focus';
		this.#mask.setAttribute('aria-hidden', 'true');
		this.#mask.hidden = true;
		this.#above = doc.createElement('div');
		this.#above.className = 'cp-line-focus-above';
		this.#below = doc.createElement('div');
		this.#below.className = 'cp-line-focus-below';
		this.#mask.append(this.#above, this.#below);
		void browser.storage.local.get(KEY).then(stored => {
			const lines = (stored[KEY] as {lines?: unknown} | undefined)?.lines;
			if (FOCUS_LINES.includes(lines as FocusLines)) this.#lines.value = String(lines);
		}).catch(() => {});
	}

	get on(): boolean {
		return this.#on;
	}

	get lines(): FocusLines {
		return Number(this.#lines.value) as FocusLines;
	}

	/** The band's top and bottom in the scroller's viewport, for the test build's hook. */
	get band(): {top: number; bottom: number} {
		const half = (this.lines * this.#lineHeight()) / 2;
		return {top: this.#centre - half, bottom: this.#centre + half};
	}

	/** After each render: the scrolling overlay root and its bar; the mask goes inside the root. */
	attach(scroller: HTMLElement, bar: HTMLElement): void {
		this.#scroller?.removeEventListener('pointermove', this.#onPointer);
		this.#scroller = scroller;
		this.#bar = bar;
		scroller.append(this.#mask);
		scroller.addEventListener('pointermove', this.#onPointer);
		this.#place();
	}

	toggle(on = !this.#on): void {
		this.#on = on;
		this.#toggle.setAttribute('aria-pressed', String(on));
		this.#mask.hidden = !on;
		if (on && this.#centre === 0) this.#centre = this.#top() + this.#lineHeight() * (this.lines / 2 + 1);
		this.#place();
	}

	/** F toggles; with the ruler on, the up and down arrows move it a line. */
	handleKey(event: KeyboardEvent): boolean {
		if (event.altKey || event.ctrlKey || event.metaKey) return false;
		if (event.key === 'f' || event.key === 'F') {
			this.toggle();
			return true;
		}
		if (!this.#on || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return false;
		this.#step(event.key === 'ArrowDown' ? 1 : -1);
		return true;
	}

	/** Centres the band on the spoken word. */
	follow(mark: HTMLElement | undefined): void {
		if (!this.#on || !mark || !this.#scroller) return;
		const rect = mark.getBoundingClientRect();
		this.#centre = rect.top + rect.height / 2 - this.#scroller.getBoundingClientRect().top;
		this.#place();
	}

	#step(direction: 1 | -1): void {
		const scroller = this.#scroller;
		if (!scroller) return;
		const line = this.#lineHeight();
		const next = this.#centre + direction * line;
		const half = (this.lines * line) / 2;
		// At an edge the article moves instead, so the ruler stays where the eyes are.
		if (next + half > scroller.clientHeight - line || next - half < this.#top()) scroller.scrollTop += direction * line;
		else this.#centre = next;
		this.#place();
	}

	readonly #onPointer = (event: PointerEvent): void => {
		if (!this.#on || !this.#scroller) return;
		this.#centre = event.clientY - this.#scroller.getBoundingClientRect().top;
		this.#place();
	};

	/** The top of the article's viewport: below the sticky bar. */
	#top(): number {
		return this.#bar?.offsetHeight ?? 0;
	}

	#lineHeight(): number {
		const body = this.#scroller?.querySelector('.cp-body p, .cp-body');
		if (!body) return 24;
		const style = getComputedStyle(body);
		const height = Number.parseFloat(style.lineHeight);
		return Number.isFinite(height) ? height : Number.parseFloat(style.fontSize) * 1.2;
	}

	#place(): void {
		if (!this.#on || !this.#scroller) return;
		const {top, bottom} = this.band;
		const barBottom = this.#top();
		this.#above.style.top = `${barBottom}px`;
		this.#above.style.height = `${Math.max(0, top - barBottom)}px`;
		this.#below.style.top = `${Math.max(barBottom, bottom)}px`;
	}
}
