import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

describe('decodeText', () => {
	it('reads UTF-8 as UTF-8 and drops a byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Peña said “yes”.')]);
		expect(decodeText(bytes)).toEqual({ text: 'Peña said “yes”.', encoding: 'utf-8' });
	});
	it('reads Latin-1 / Windows-1252 bytes as their letters, not as replacement characters', () => {
		// "Peña said “yes” – café" in Windows-1252.
		const bytes = new Uint8Array([0x50, 0x65, 0xf1, 0x61, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x93, 0x79, 0x65, 0x73, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]);
		expect(decodeText(bytes)).toEqual({ text: 'Peña said “yes” – café', encoding: 'windows-1252' });
	});
});
