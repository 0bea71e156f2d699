import { describe, expect, it } from 'vitest';
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
	it('derives the same card id from the same normalised fact, whatever the spacing or case', () => {
		expect(cardId('who-said', 'Ana Ruiz', 'This bridge joins us')).toBe(cardId('who-said', 'ana  ruiz', 'This bridge joins us!'));
		expect(cardId('who-said', 'Ana Ruiz', 'x')).not.toBe(cardId('said-what', 'Ana Ruiz', 'x'));
		expect(cardId('when', 'a', 'bc')).not.toBe(cardId('when', 'ab', 'c'));
	});
	it('makes readable slug ids', () => {
		expect(slugId('Lakeside Bridge Opens!')).toMatch(/^lakeside-bridge-opens-[0-9a-z]{6}$/);
	});
});
