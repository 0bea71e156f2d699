import { describe, expect, it } from 'vitest';
import { entriesToDrop, RUNTIME_MAX_AGE_MS, RUNTIME_MAX_ENTRIES } from './runtime-cache';

const now = Date.UTC(2026, 0, 5);

describe('runtime cache limits', () => {
	it('drops the oldest entries beyond the cap', () => {
		const entries = Array.from({ length: RUNTIME_MAX_ENTRIES + 3 }, (_, i) => ({ key: `/f${i}`, storedAt: now - 1000 + i }));
		expect(entriesToDrop(entries, now)).toEqual(['/f0', '/f1', '/f2']);
	});

	it('drops entries past the age limit, however few', () => {
		const entries = [
			{ key: '/old', storedAt: now - RUNTIME_MAX_AGE_MS - 1 },
			{ key: '/new', storedAt: now - 1000 }
		];
		expect(entriesToDrop(entries, now)).toEqual(['/old']);
		expect(entriesToDrop(entries.slice(1), now)).toEqual([]);
	});
});
