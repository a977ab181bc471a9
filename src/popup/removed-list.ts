import type {RemovedBlock} from '../core/index.js';
import {formatNumber, t} from '../i18n.js';

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
		const item = document.createElement('li');
		item.className = 'removed-item';
		const reason = document.createElement('span');
		reason.className = 'removed-reason';
		reason.textContent = t(`reason_${block.reason}`);
		const text = document.createElement('span');
		text.className = 'removed-text';
		text.id = `removed-text-${index}`;
		text.textContent = block.text;
		// The page's words, in the page's direction, whatever the interface's.
		text.dir = 'auto';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'cp-control';
		button.textContent = t('putBack');
		button.setAttribute('aria-pressed', String(restored.has(index)));
		button.setAttribute('aria-describedby', text.id);
		button.addEventListener('click', () => {
			const next = new Set(restored);
			if (next.has(index)) next.delete(index);
			else next.add(index);
			onChange(next);
			// The list was just rebuilt; keep keyboard focus on the same block's button.
			list.children[index]?.querySelector('button')?.focus();
		});
		// Blocks too big to send (a whole comment section) are listed without a "Put back".
		item.append(reason, ...(block.html ? [button] : []), text);
		return item;
	}));
}
