// `node src/cli/icons.mjs`: draws the app icons (PNG, no dependencies): a deck of two cards on a blue ground. Run once; output is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const CRC = new Int32Array(256).map((_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c;
});
function crc32(buf) {
	let c = -1;
	for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ -1) >>> 0;
}
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const inRect = (u, v, x0, y0, x1, y1, r) => {
	const cx = Math.min(Math.max(u, x0 + r), x1 - r);
	const cy = Math.min(Math.max(v, y0 + r), y1 - r);
	return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
};
// `pad` shrinks the drawing into the maskable safe zone.
function icon(pad) {
	return (u0, v0) => {
		const u = (u0 - pad) / (1 - 2 * pad);
		const v = (v0 - pad) / (1 - 2 * pad);
		const blue = [30, 58, 138, 255];
		if (inRect(u, v, 0.28, 0.18, 0.84, 0.74, 0.05)) {
			if (inRect(u, v, 0.2, 0.28, 0.76, 0.84, 0.05)) {
				const line = [0.42, 0.52, 0.62].some((y) => Math.abs(v - y) < 0.022 && u > 0.28 && u < (y === 0.62 ? 0.55 : 0.68));
				return line ? blue : [255, 255, 255, 255];
			}
			return [147, 180, 255, 255];
		}
		if (inRect(u, v, 0.2, 0.28, 0.76, 0.84, 0.05)) {
			const line = [0.42, 0.52, 0.62].some((y) => Math.abs(v - y) < 0.022 && u > 0.28 && u < (y === 0.62 ? 0.55 : 0.68));
			return line ? blue : [255, 255, 255, 255];
		}
		return blue;
	};
}
for (const size of [192, 512]) {
	writeFileSync(`static/icons/icon-${size}.png`, png(size, icon(0)));
	writeFileSync(`static/icons/maskable-${size}.png`, png(size, icon(0.1)));
}
console.log('icons written to static/icons');
