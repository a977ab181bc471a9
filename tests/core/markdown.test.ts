import {describe, expect, it} from 'vitest';
import {toMarkdown} from '../../src/core/markdown.js';
import {bodyOf} from './dom.js';

describe('toMarkdown', () => {
	it('reads ruby as its base text, without the readings above it', () => {
		expect(toMarkdown(bodyOf('<p><ruby>子<rt>こ</rt></ruby>どもが<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</p>'))).toBe('子どもが漢字を読む');
	});

	it('writes image alt text as text: no markup, no link of its own', () => {
		const markdown = toMarkdown(bodyOf('<p><img src="https://news.example/a.jpg" alt="<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))"></p>'));
		expect(markdown).toBe('![\\<img src=x onerror=alert(1)> \\*bold\\* \\[link\\](javascript:alert(1))](https://news.example/a.jpg)');
	});

	it('keeps an image address that holds brackets or spaces one link destination', () => {
		expect(toMarkdown(bodyOf('<p><img src="https://news.example/a_(1).jpg" alt="A" title="The &quot;one&quot;"></p>')))
			.toBe('![A](https://news.example/a_\\(1\\).jpg "The \\"one\\"")');
	});
});
