// Draws the toolbar icons (a page with text lines on a teal tile) as PNGs: node icons/draw.mjs
import {writeFileSync} from 'node:fs';
import {deflateSync} from 'node:zlib';

const TEAL = [15, 118, 110, 255];
const PAPER = [250, 250, 247, 255];
const INK = [31, 41, 55, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y, size) {
	const u = (x + 0.5) / size;
	const v = (y + 0.5) / size;
	const r = 0.18;
	const cx = Math.min(Math.max(u, r), 1 - r);
	const cy = Math.min(Math.max(v, r), 1 - r);
	if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
	const onPage = u > 0.24 && u < 0.76 && v > 0.16 && v < 0.84;
	if (!onPage) return TEAL;
	const lines = [0.3, 0.42, 0.54, 0.66];
	const lineHeight = Math.max(0.05, 1.2 / size);
	const isLine = lines.some((top, i) => v > top && v < top + lineHeight && u > 0.32 && u < (i === 3 ? 0.56 : 0.68));
	return isLine ? INK : PAPER;
}

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buffer) {
	let c = 0xffffffff;
	for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

function png(size) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
	const rows = [];
	for (let y = 0; y < size; y++) rows.push(Buffer.from([0, ...Array.from({length: size}, (_, x) => pixel(x, y, size)).flat()]));
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png(size));
