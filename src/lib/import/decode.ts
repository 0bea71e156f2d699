/** Text files as people save them: UTF-8 (with or without a byte-order mark), else Windows-1252 / Latin-1 read correctly, never as "�". */

/** The decoded text and the encoding it was read in. */
export interface Decoded { text: string; encoding: 'utf-8' | 'windows-1252' }

// Windows-1252's letters at 0x80–0x9F (Latin-1 has control codes there); Node's small ICU lacks this table.
const CP1252 = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ'.split('').map((c) => (c === '\u0000' ? '' : c));

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as Windows-1252 (a superset of Latin-1). */
export function decodeText(bytes: Uint8Array): Decoded {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		let text = '';
		for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? (CP1252[b - 0x80] || String.fromCharCode(b)) : String.fromCharCode(b);
		return { text, encoding: 'windows-1252' };
	}
}

/** The note shown when a file was not UTF-8. */
export const latin1Note = (file: string) => `${file}: not UTF-8; read as Windows-1252 (Latin-1)`;
