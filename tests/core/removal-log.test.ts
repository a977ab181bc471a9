import {describe, expect, it} from 'vitest';
import {RemovalLog} from '../../src/core/clutter/removal-log.js';
import {bodyOf} from './dom.js';

describe('RemovalLog', () => {
	it('lists a removed block with a short preview, its full length and its HTML only when asked', () => {
		const comment = '<p>Great   piece,   thanks.</p>'.repeat(20_000);
		const body = bodyOf(`<article><p>Story.</p></article><section id="comments">${comment}</section>`);
		let serialised = 0;
		const log = new RemovalLog(el => (serialised++, el.outerHTML));
		log.remove(body.querySelector('#comments')!, 'comments', 'markup:comments-token');
		expect(body.querySelector('#comments')).toBeNull();
		const [block] = log.blocks;
		expect(block!.text).toMatch(/^Great piece, thanks\.Great piece/);
		expect(block!.text.length).toBeLessThanOrEqual(160);
		expect(block!.length).toBe('Great   piece,   thanks.'.length * 20_000);
		expect(block!.rule).toBe('markup:comments-token');
		expect(serialised).toBe(0);
		expect(block!.html).toContain('<section id="comments">');
		expect(serialised).toBe(1);
	});

	it('keeps no record of a block without text', () => {
		const body = bodyOf('<div class="share"> <img src="/icon.png"> </div>');
		const log = new RemovalLog(el => el.outerHTML);
		log.remove(body.querySelector('.share')!, 'share', 'markup:share-part');
		expect(log.blocks).toEqual([]);
		expect(body.querySelector('.share')).toBeNull();
	});
});
