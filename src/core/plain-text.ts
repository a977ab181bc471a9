/**
 * The article as plain text, as Copy puts it on the clipboard: one blank line between
 * blocks, list items on their own lines with a marker, table cells separated by tabs.
 */

const BLOCK = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
	'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
	'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
/** Stands for a <br> until the line is folded (page text may hold real newlines as plain spaces). */
const LINE_BREAK = '\u2028';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function toPlainText(root: Element): string {
	const blocks: string[] = [];
	let line = '';
	const flush = () => {
		const text = line
			.split(LINE_BREAK)
			.map(part => part.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
			.join('\n');
		if (text) blocks.push(text);
		line = '';
	};
	const walk = (node: Node): void => {
		if (node.nodeType === 3) {
			line += node.nodeValue;
			return;
		}
		if (node.nodeType !== 1) return;
		const el = node as Element;
		const tag = el.tagName;
		if (SKIP.has(tag)) return;
		if (tag === 'BR') {
			line += LINE_BREAK;
			return;
		}
		if (tag === 'PRE') {
			flush();
			const code = (el.textContent ?? '').replace(/\n+$/, '');
			if (code.trim()) blocks.push(code);
			return;
		}
		if (tag === 'TR') {
			flush();
			const cells = [...el.children].map(cell => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
			if (cells.some(Boolean)) blocks.push(cells.join('\t'));
			return;
		}
		const block = BLOCK.has(tag);
		if (block) flush();
		if (tag === 'LI') line += itemMarker(el);
		for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
		if (block) flush();
	};
	walk(root);
	flush();
	return joinBlocks(blocks);
}

function itemMarker(li: Element): string {
	const list = li.parentElement;
	if (list?.tagName !== 'OL') return '- ';
	let index = Number(list.getAttribute('start') ?? 1);
	for (let prev = li.previousElementSibling; prev; prev = prev.previousElementSibling) if (prev.tagName === 'LI') index++;
	return `${index}. `;
}

/** List items and table rows stay on consecutive lines; other blocks get a blank line between them. */
function joinBlocks(blocks: string[]): string {
	let out = '';
	let previous = '';
	for (const block of blocks) {
		if (out) out += isRow(previous) && isRow(block) ? '\n' : '\n\n';
		out += block;
		previous = block;
	}
	return out;
}

function isRow(block: string): boolean {
	return /^(- |\d+\. )/.test(block) || block.includes('\t');
}
