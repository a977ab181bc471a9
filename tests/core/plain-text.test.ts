import {describe, expect, it} from 'vitest';
import {toPlainText} from '../../src/core/plain-text.js';
import {bodyOf} from './dom.js';

describe('toPlainText', () => {
	it('puts one blank line between blocks and folds white space', () => {
		expect(toPlainText(bodyOf('<h2>Title</h2>\n<p>One\n  two</p><p>Three</p>'))).toBe('Title\n\nOne two\n\nThree');
	});

	it('keeps list items on their own lines with markers', () => {
		expect(toPlainText(bodyOf('<p>Steps:</p><ol start="2"><li>Mix</li><li>Bake</li></ol><ul><li>Salt</li></ul>'))).toBe('Steps:\n\n2. Mix\n3. Bake\n- Salt');
	});

	it('writes table rows with tab-separated cells', () => {
		expect(toPlainText(bodyOf('<table><tr><th>City</th><th>Rain</th></tr><tr><td>Oslo</td><td>12 mm</td></tr></table>'))).toBe('City\tRain\nOslo\t12 mm');
	});

	it('keeps line breaks and preformatted text', () => {
		expect(toPlainText(bodyOf('<p>Roses<br>Violets</p><pre>a  b\n  c</pre>'))).toBe('Roses\nViolets\n\na  b\n  c');
	});
});
