import { describe, expect, it } from 'vitest';
import { reviewsPerDay, trueRetention, cardsByState, dueForecast, streak, dayKey, reviewHeatmap, reviewsToday } from './stats';
import { newState, type ReviewEntry, type CardState } from './scheduler';

const now = new Date(2026, 0, 10, 12, 0); // local noon, 10 Jan 2026
const at = (daysAgo: number, hour = 10) => new Date(2026, 0, 10 - daysAgo, hour).getTime();
const rev = (daysAgo: number, rating: 1 | 2 | 3 | 4, state: 0 | 1 | 2 | 3 = 2): ReviewEntry => ({
	deckId: 'd', cardId: 'c', rating, state, due: 0, stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, review: at(daysAgo)
});
const st = (over: Partial<CardState>): CardState => ({ ...newState('d', 'c', now), ...over });

describe('stats', () => {
	it('counts reviews per local day, split learning / review', () => {
		const days = reviewsPerDay([rev(0, 3), rev(0, 1, 0), rev(2, 3), rev(40, 3)], now, 7);
		expect(days).toHaveLength(7);
		expect(days[6]).toEqual({ day: '2026-01-10', learning: 1, review: 1, total: 2 });
		expect(days[4].total).toBe(1);
		expect(days.reduce((a, d) => a + d.total, 0)).toBe(3);
	});

	it('computes true retention from review-state answers only', () => {
		const r = trueRetention([rev(0, 3), rev(0, 1), rev(0, 1, 1), rev(3, 4), rev(100, 1)], now);
		expect(r[0]).toEqual({ label: 'Today', passed: 1, total: 2, rate: 0.5 });
		expect(r[1].rate).toBeCloseTo(2 / 3);
		expect(r[3].total).toBe(4);
		expect(trueRetention([], now)[0].rate).toBeNull();
	});

	it('counts cards by state, with unstudied cards as new', () => {
		const states = [st({ state: 1 }), st({ state: 2, scheduledDays: 3 }), st({ state: 2, scheduledDays: 40 }), st({ state: 2, suspended: 1 })];
		expect(cardsByState(states, 10)).toEqual({ new: 6, learning: 1, young: 1, mature: 1, suspended: 1 });
	});

	it('forecasts due cards, counting overdue as today', () => {
		const f = dueForecast([st({ state: 2, due: at(5) }), st({ state: 2, due: at(-1) }), st({ state: 2, due: at(-40) }), st({ state: 0 })], now, 30);
		expect(f[0]).toEqual({ day: dayKey(now.getTime()), due: 1 });
		expect(f[1].due).toBe(1);
		expect(f.reduce((a, d) => a + d.due, 0)).toBe(2);
	});

	it('counts the streak of consecutive study days', () => {
		expect(streak([rev(0, 3), rev(1, 3), rev(2, 3), rev(4, 3)], now)).toBe(3);
		expect(streak([rev(1, 3), rev(2, 3)], now)).toBe(2);
		expect(streak([rev(3, 3)], now)).toBe(0);
	});
});

describe('review heatmap', () => {
	it('lays out weeks Monday first, today in the last column, later days empty', () => {
		// 10 Jan 2026 is a Saturday: the last column runs Mon 5 Jan … Sun 11 Jan, and Sunday is still to come.
		const grid = reviewHeatmap([rev(0, 3), rev(0, 1), rev(6, 3), rev(400, 3)], now, 4);
		expect(grid).toHaveLength(4);
		expect(grid.every((w) => w.length === 7)).toBe(true);
		expect(grid[3].map((d) => d.day)).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11']);
		expect(grid[3][5]).toEqual({ day: '2026-01-10', total: 2 });
		expect(grid[3][6]).toEqual({ day: '2026-01-11', total: null });
		expect(grid[2][6]).toEqual({ day: '2026-01-04', total: 1 });
		expect(grid[0][0].day).toBe('2025-12-15');
		expect(grid.flat().reduce((a, d) => a + (d.total ?? 0), 0)).toBe(3);
	});

	it('counts today’s reviews from local midnight', () => {
		expect(reviewsToday([rev(0, 3), rev(0, 1), rev(1, 3)], now)).toBe(2);
	});
});
