/** Sharing a deck that has a web address: the `/?deck=URL` link and its QR code as one SVG path. */
import qrcode from 'qrcode-generator';

/** The app link that imports the deck on open. */
export function shareLink(origin: string, deckUrl: string): string {
	return `${origin}/?deck=${encodeURIComponent(deckUrl)}`;
}

/** A QR code as an SVG path (one unit per module, 4-module quiet zone included in `size`). */
export interface QrPath {
	size: number;
	d: string;
}

/** Encodes `text` (error correction M) and draws its dark modules as one path, row by row. */
export function qrPath(text: string): QrPath {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const n = qr.getModuleCount();
	const quiet = 4;
	let d = '';
	for (let r = 0; r < n; r++) {
		for (let c = 0; c < n; c++) {
			if (!qr.isDark(r, c)) continue;
			let w = 1;
			while (c + w < n && qr.isDark(r, c + w)) w++;
			d += `M${c + quiet} ${r + quiet}h${w}v1h-${w}z`;
			c += w - 1;
		}
	}
	return { size: n + 2 * quiet, d };
}
