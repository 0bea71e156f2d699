import { describe, expect, it } from 'vitest';
import { makeDeviceId, makeUid, ulid } from './ids';

describe('ids', () => {
	it('a ULID-like text sorts by time and holds 80 bits of randomness', () => {
		const r = new Uint8Array(10).fill(255);
		const a = ulid(1_700_000_000_000, r);
		const b = ulid(1_700_000_000_001, new Uint8Array(10));
		expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(a.slice(0, 10) < b.slice(0, 10)).toBe(true);
		expect(a.slice(10)).toBe('Z'.repeat(16));
		expect(ulid(0, new Uint8Array(10))).toBe('0'.repeat(26));
	});

	it('uids differ when only the randomness differs; device ids are 12 characters', () => {
		const one = makeUid('dev', 5, new Uint8Array(10));
		const two = makeUid('dev', 5, Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
		expect(one).not.toBe(two);
		expect(makeDeviceId(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]))).toMatch(/^[0-9a-z]{12}$/);
		expect(() => ulid(0, new Uint8Array(3))).toThrow(RangeError);
	});
});
