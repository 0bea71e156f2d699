import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
	it('says one thing in the singular and any other count in the plural', () => {
		expect(plural(1, 'card')).toBe('1 card');
		expect(plural(0, 'card')).toBe('0 cards');
		expect(plural(2, 'entry', 'entries')).toBe('2 entries');
	});
});
