import { describe, expect, it } from 'vitest';
import { centreOn, windowRange } from './window';

describe('windowing a list', () => {
	const view = { scrolled: 0, viewport: 800, rowHeight: 200, count: 100_000, margin: 3 };

	it('renders the visible rows plus the margin, never past either end', () => {
		expect(windowRange(view)).toEqual({ start: 0, end: 7 });
		expect(windowRange({ ...view, scrolled: 10_000 })).toEqual({ start: 47, end: 57 });
		expect(windowRange({ ...view, scrolled: 200 * 100_000 - 800 })).toEqual({ start: 99_993, end: 100_000 });
		expect(windowRange({ ...view, scrolled: 1e12 })).toEqual({ start: 100_000, end: 100_000 });
	});

	it('a list lower on the page renders from its first row', () => {
		expect(windowRange({ ...view, scrolled: -300 })).toEqual({ start: 0, end: 6 });
		expect(windowRange({ ...view, scrolled: -5000 })).toEqual({ start: 0, end: 3 });
	});

	it('renders a bounded number of rows whatever the length', () => {
		for (const count of [10, 1000, 100_000]) {
			const { start, end } = windowRange({ ...view, count, scrolled: 123_456 % (count * 200) });
			expect(end - start).toBeLessThanOrEqual(Math.ceil(800 / 200) + 1 + 2 * 3);
		}
		expect(windowRange({ ...view, count: 0 })).toEqual({ start: 0, end: 0 });
	});

	it('centres a row it is asked to show', () => {
		const at = centreOn(500, 200, 800);
		const { start, end } = windowRange({ ...view, scrolled: at });
		expect(start).toBeLessThanOrEqual(500);
		expect(end).toBeGreaterThan(500);
		expect(centreOn(0, 200, 800)).toBe(0);
	});
});
