import { describe, expect, it } from 'vitest';
import { formatTimex, timexSortKey } from './timex';

describe('timex', () => {
	it('formats every granularity', () => {
		expect(formatTimex('2024-12-02')).toBe('2 December 2024');
		expect(formatTimex('2011-03')).toBe('March 2011');
		expect(formatTimex('2017')).toBe('2017');
		expect(formatTimex('2024-W49')).toBe('week 49 of 2024');
		expect(formatTimex('2024-W49-WE')).toBe('the weekend of week 49 of 2024');
		expect(formatTimex('2018-WI')).toBe('winter 2018');
		expect(formatTimex('199X')).toBe('the 1990s');
		expect(formatTimex('PRESENT_REF')).toBe('PRESENT_REF');
	});
	it('orders values by their earliest day', () => {
		const vals = ['2024-12-02', '2011-03', '2017', '2024-W48', '199X', '2024-SU'];
		const sorted = [...vals].sort((a, b) => timexSortKey(a)!.localeCompare(timexSortKey(b)!));
		expect(sorted).toEqual(['199X', '2011-03', '2017', '2024-SU', '2024-W48', '2024-12-02']);
		expect(timexSortKey('2024-W01')).toBe('2024-01-01');
		expect(timexSortKey('nonsense')).toBeNull();
	});
});
