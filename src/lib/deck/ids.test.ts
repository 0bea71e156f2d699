import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardId, hash64, normalise, slugId } from './ids';

describe('ids', () => {
	it('normalises case, diacritics, punctuation and spaces', () => {
		expect(normalise('  Erdoğan’s  “Plan”! ')).toBe("erdogan's plan");
	});
	it('hashes deterministically to 13 base-36 digits', () => {
		expect(hash64('abc')).toBe(hash64('abc'));
		expect(hash64('abc')).not.toBe(hash64('abd'));
		expect(hash64('')).toMatch(/^[0-9a-z]{13}$/);
	});
	it('gives exactly the 64-bit FNV-1a of the BigInt reference (stored card ids and deck hashes stay the same)', () => {
		const reference = (s: string) => {
			let h = 0xcbf29ce484222325n;
			for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
			return h.toString(36).padStart(13, '0');
		};
		expect(hash64('')).toBe(reference(''));
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => hash64(s) === reference(s)), { numRuns: 2000 });
		expect(hash64('who-said|ana ruiz|this bridge joins us')).toBe(reference('who-said|ana ruiz|this bridge joins us'));
	});
	it('derives the same card id from the same normalised fact, whatever the spacing or case', () => {
		expect(cardId('who-said', 'Ana Ruiz', 'This bridge joins us')).toBe(cardId('who-said', 'ana  ruiz', 'This bridge joins us!'));
		expect(cardId('who-said', 'Ana Ruiz', 'x')).not.toBe(cardId('said-what', 'Ana Ruiz', 'x'));
		expect(cardId('when', 'a', 'bc')).not.toBe(cardId('when', 'ab', 'c'));
	});
	it('makes readable slug ids', () => {
		expect(slugId('Lakeside Bridge Opens!')).toMatch(/^lakeside-bridge-opens-[0-9a-z]{6}$/);
	});
});
