import { describe, expect, it } from 'vitest';
import { classProgress, type SharedReview } from './progress';

const day = 86_400_000;
const now = new Date('2026-03-10T12:00:00Z');
const r = (student: string, cardId: string, rating: 1 | 2 | 3 | 4, daysAgo: number, state: 0 | 2 = 0, deckId = 'w1'): SharedReview => ({
	student,
	uid: `${student}-${cardId}-${daysAgo}-${rating}`,
	deckId,
	cardId,
	rating,
	review: now.getTime() - daysAgo * day,
	state
});

describe('class progress', () => {
	it('counts done, due and retention per student and deck; lists missed cards, idle and silent students', () => {
		const reviews = [r('sam', 'a', 3, 20), r('sam', 'a', 1, 12, 2), r('sam', 'b', 4, 12), r('kim', 'a', 1, 2), r('kim', 'a', 4, 1, 2)];
		const p = classProgress(['sam', 'kim', 'lee'], ['w1', 'w2'], reviews, now);
		expect(p.grid.sam.w1).toEqual({ done: 2, due: 2, retention: 0 });
		expect(p.grid.kim.w1).toMatchObject({ done: 1, retention: 1 });
		expect(p.grid.kim.w1.due).toBe(0);
		expect(p.grid.lee.w2).toEqual({ done: 0, due: 0, retention: null });
		expect(p.missed).toEqual([{ deckId: 'w1', cardId: 'a', misses: 2 }]);
		expect(p.idle).toEqual(['sam']);
		expect(p.silent).toEqual(['lee']);
	});
});
