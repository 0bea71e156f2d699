/** Sharing a deck that has a web address: the `/?deck=URL` link, and QR codes (as one SVG path) for any link that fits one. */
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

/** Longest text a QR code holds as bytes (version 40, error correction L); longer links get no QR code. */
export const QR_MAX_BYTES = 2953;

/** Encodes `text` and draws its dark modules as one path, row by row; level M, or L when M cannot hold it; null when no QR code can. */
export function qrPath(text: string): QrPath | null {
	if (new TextEncoder().encode(text).length > QR_MAX_BYTES) return null;
	for (const level of ['M', 'L'] as const) {
		try {
			return draw(text, level);
		} catch {
			// Too long for this level: try the next, which holds more.
		}
	}
	return null;
}

function draw(text: string, level: 'M' | 'L'): QrPath {
	const qr = qrcode(0, level);
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
