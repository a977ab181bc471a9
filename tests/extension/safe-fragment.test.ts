import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {toSafeFragment} from '../../src/view/safe-fragment.js';

/** What the view would show for `html` arriving in a message, serialised. */
function shown(html: string): string {
	const {document} = new JSDOM('<!doctype html><body></body>').window;
	const holder = document.createElement('div');
	holder.append(toSafeFragment(document, html));
	return holder.innerHTML;
}

describe('toSafeFragment (article HTML that crossed a message boundary)', () => {
	it('keeps the article text, pictures and links, and opens links in a new tab without a referrer', () => {
		const html = shown('<h2>Budget</h2><p>The <a href="https://news.example/a">council</a> met.</p><figure><img src="https://news.example/p.jpg" alt="Hall"></figure>');
		expect(html).toBe('<h2>Budget</h2><p>The <a href="https://news.example/a" target="_blank" rel="noopener noreferrer">council</a> met.</p><figure><img src="https://news.example/p.jpg" alt="Hall"></figure>');
	});

	it('holds nothing that runs, loads by itself or reaches into the UI, even if the core had been bypassed', () => {
		const html = shown([
			'<p id="toggle" name="copy" tabindex="1" class="x" style="color:red" onclick="alert(1)">Text</p>',
			'<img src="javascript:alert(1)" onerror="alert(1)"><img src="data:text/html,<script>alert(1)</script>">',
			'<a href="javascript:alert(1)" ping="https://track.example/">link</a>',
			'<video poster="https://track.example/p.jpg" src="https://track.example/v.mp4"></video>',
			'<script>alert(1)</script><iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="q"></form>',
			'<svg><script>alert(1)</script></svg><math><mi>x</mi></math><table background="https://track.example/b.gif"><tr><td>cell</td></tr></table>',
		].join(''));
		expect(html).toContain('Text');
		expect(html).toContain('cell');
		for (const bad of ['id=', 'name=', 'tabindex', 'class=', 'style=', 'onclick', 'onerror', 'javascript:', 'data:text', 'ping=', 'poster', '<video', '<script', '<iframe', '<form', '<input', '<svg', '<math', 'background=']) {
			expect(html, bad).not.toContain(bad);
		}
	});
});
