import {describe, expect, it} from 'vitest';
import {toPlainText} from '../../src/core/plain-text.js';
import {cleanHtml} from '../../src/node/clean-html.js';
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

describe('toPlainText: the text a reader sees', () => {
	it('reads ruby as its base text, without the readings above it', () => {
		expect(toPlainText(bodyOf('<p><ruby>子<rt>こ</rt></ruby>どもが<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</p>'))).toBe('子どもが漢字を読む');
	});

	it('puts a list item on one line with its marker when its text sits in a paragraph', () => {
		const html = '<ul><li><p>Flour</p></li><li><div><strong>Salt</strong>, a pinch</div></li></ul><ol><li><p>Mix</p></li></ol>';
		expect(toPlainText(bodyOf(html))).toBe('- Flour\n- Salt, a pinch\n1. Mix');
	});

	it('keeps nested list items under their parent, and drops the marker of an empty item', () => {
		expect(toPlainText(bodyOf('<ul><li>Fruit<ul><li><p>Apple</p></li></ul></li><li> </li><li>Bread</li></ul>'))).toBe('- Fruit\n- Apple\n- Bread');
	});

	it('keeps apart the text of blocks inside a table cell, on the row', () => {
		const html = '<table><tr><td><p>Turnout</p><p>2024</p></td><td><div>33%</div><div>of voters</div></td><td>a<br>b</td></tr></table>';
		expect(toPlainText(bodyOf(html))).toBe('Turnout 2024\t33% of voters\ta b');
	});

	it('keeps the line breaks of <br> in preformatted text', () => {
		expect(toPlainText(bodyOf('<pre>let a = 1;<br>let b = 2;</pre>'))).toBe('let a = 1;\nlet b = 2;');
	});

	it('keeps apart blocks of every kind browsers lay out as blocks', () => {
		expect(toPlainText(bodyOf('<center>One</center><hgroup>Two</hgroup><menu>Three</menu><search>Four</search>'))).toBe('One\n\nTwo\n\nThree\n\nFour');
	});

	it('adds no space inside a word split by inline tags, and keeps the space between words', () => {
		expect(toPlainText(bodyOf('<p><b>Ex</b>ample, <span>33%</span> of <a href="/x">all</a><em>-in</em></p>'))).toBe('Example, 33% of all-in');
	});
});

describe('word count', () => {
	it('counts the base text of ruby once, not its readings', () => {
		const sentence = '<ruby>子<rt>こ</rt></ruby>どもが<ruby>漢字<rt>かんじ</rt></ruby>を読む。';
		const html = `<!doctype html><html lang="ja"><head><title>t</title></head><body><article><p>${sentence.repeat(40)}</p></article></body></html>`;
		const article = cleanHtml(html, {url: 'https://news.example/ja', force: true});
		if (article.kind !== 'article') throw new Error(article.reason);
		expect(article.text).toBe('子どもが漢字を読む。'.repeat(40));
		expect(article.wordCount).toBe('子どもが漢字を読む'.length * 40);
	});
});
