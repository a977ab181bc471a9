/**
 * The article as plain text, as Copy puts it on the clipboard: one blank line between
 * blocks, list items on their own lines with a marker, table cells separated by tabs.
 * Text is what a reader sees: what browsers lay out as blocks is kept apart, words split
 * only by inline tags stay whole, and ruby readings (<rt>, <rp>) give way to their base text.
 */
import {fold} from './dom-text.js';

/** Elements browsers display as blocks by default (HTML's rendering section), so their text never runs on. */
const BLOCK = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL',
	'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
	'HTML', 'LEGEND', 'LI', 'LISTING', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTGROUP', 'OPTION', 'P', 'PLAINTEXT', 'PRE', 'SEARCH',
	'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'XMP',
]);
/** Stands for a <br> until the line is folded (page text may hold real newlines as plain spaces). */
const LINE_BREAK = '\u2028';
/**
 * Never shown as text. A ruby reading sits above its base text and <rp> only shows where
 * ruby is not supported: inline, 子<rt>こ</rt>ども would read "子こども" and count twice.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'RT', 'RP']);

export function toPlainText(root: Element): string {
	const blocks: string[] = [];
	let line = '';
	/** The marker of the list item being read, until its first text takes it: "- text", never "-" alone. */
	let marker = '';
	const push = (block: string) => {
		blocks.push(marker + block);
		marker = '';
	};
	const flush = () => {
		const text = line
			.split(LINE_BREAK)
			.map(part => part.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
			.join('\n');
		if (text) push(text);
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
			const code = textWithin(el, '\n').replace(/\n+$/, '');
			if (code.trim()) push(code);
			return;
		}
		if (tag === 'TR') {
			flush();
			const cells = [...el.children].map(cell => fold(textWithin(cell, ' ')));
			if (cells.some(Boolean)) push(cells.join('\t'));
			return;
		}
		const block = BLOCK.has(tag);
		if (block) flush();
		if (tag === 'LI') marker = itemMarker(el);
		for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
		if (block) flush();
		if (tag === 'LI') marker = '';
	};
	walk(root);
	flush();
	return joinBlocks(blocks);
}

/**
 * The text of a preformatted block or a table cell, where a break (a <br>, the edge of a
 * block) becomes `separator`: a newline in <pre>, a space in a cell that must stay on its row.
 */
function textWithin(root: Element, separator: string): string {
	let out = '';
	const walk = (node: Node): void => {
		if (node.nodeType === 3) {
			out += node.nodeValue;
			return;
		}
		if (node.nodeType !== 1) return;
		const tag = (node as Element).tagName;
		if (SKIP.has(tag)) return;
		if (tag === 'BR') {
			out += separator;
			return;
		}
		const block = BLOCK.has(tag);
		if (block && out && !out.endsWith(separator)) out += separator;
		for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
		if (block && out && !out.endsWith(separator)) out += separator;
	};
	for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
	return out;
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
