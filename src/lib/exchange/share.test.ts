import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, qrPath, shareLink } from './share';

describe('share', () => {
	it('links to the app with the deck URL encoded', () => {
		expect(shareLink('https://app.example', 'https://t.example/decks/week 3.json?x=1&y=2')).toBe(
			'https://app.example/?deck=https%3A%2F%2Ft.example%2Fdecks%2Fweek%203.json%3Fx%3D1%26y%3D2'
		);
	});

	it('draws a QR code: finder patterns in three corners, deterministic', () => {
		const q = qrPath('https://app.example/?deck=https%3A%2F%2Ft.example%2Fd.json')!;
		expect(q.size).toBeGreaterThanOrEqual(21 + 8);
		// The top-left finder pattern's first row is a run of 7 dark modules after the quiet zone.
		expect(q.d.startsWith('M4 4h7v1h-7z')).toBe(true);
		expect(qrPath('https://app.example/?deck=https%3A%2F%2Ft.example%2Fd.json')).toEqual(q);
	});

	it('draws long links at a lower error correction level, and none past what a QR code holds', () => {
		const long = 'https://app.example/#deck=' + 'x'.repeat(2600);
		const q = qrPath(long)!;
		expect(q.size).toBeGreaterThan(150); // version 30 or more, at level L
		expect(qrPath('https://app.example/#deck=' + 'x'.repeat(QR_MAX_BYTES))).toBeNull();
	});
});
