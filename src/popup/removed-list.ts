import type {RemovedBlock} from '../core/index.js';
import {formatNumber, t} from '../i18n.js';
import {button, element} from '../view/dom.js';

/**
 * Lists the blocks the cleaner removed, each with its reason and a "Put back" toggle;
 * `onChange` gets the indexes currently put back (into the view and the copy).
 */
export function renderRemovedList(blocks: RemovedBlock[], restored: ReadonlySet<number>, onChange: (restored: Set<number>) => void): void {
	const details = document.querySelector<HTMLDetailsElement>('#removed')!;
	const list = document.querySelector('#removed-list')!;
	details.hidden = blocks.length === 0;
	document.querySelector('#removed-summary')!.textContent = t('removedHeading', formatNumber(blocks.length));
	list.replaceChildren(...blocks.map((block, index) => {
		const item = element(document, 'li', 'removed-item');
		const reason = element(document, 'span', 'removed-reason', t(`reason_${block.reason}`));
		const text = element(document, 'span', 'removed-text', block.text);
		text.id = `removed-text-${index}`;
		// The page's words, in the page's direction, whatever the interface's.
		text.dir = 'auto';
		const putBack = button(document, '', t('putBack'));
		putBack.setAttribute('aria-pressed', String(restored.has(index)));
		putBack.setAttribute('aria-describedby', text.id);
		putBack.addEventListener('click', () => {
			const next = new Set(restored);
			if (next.has(index)) next.delete(index);
			else next.add(index);
			onChange(next);
			// The list was just rebuilt; keep keyboard focus on the same block's button.
			list.children[index]?.querySelector('button')?.focus();
		});
		// Blocks too big to send (a whole comment section) are listed without a "Put back".
		item.append(reason, ...(block.html ? [putBack] : []), text);
		return item;
	}));
}
