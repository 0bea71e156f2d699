import { describe, expect, it } from 'vitest';
import { newState, formatInterval } from './scheduler';
import { answer, previewDue, makeScheduler } from './fsrs';
import { createEmptyCard, Rating } from 'ts-fsrs';
import { DEFAULT_PARAMS } from './optimize';

const t0 = new Date('2026-01-05T09:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;

describe('scheduler', () => {
	it('starts new cards due now, state new', () => {
		const s = newState('d', 'c', t0);
		expect(s.due).toBe(t0.getTime());
		expect(s.state).toBe(0);
		expect(s.reps).toBe(0);
	});

	it('keeps a failed new card in learning, due within minutes', () => {
		const { state, log } = answer(newState('d', 'c', t0), 1, t0);
		expect(state.state).toBe(1);
		expect(state.due - t0.getTime()).toBeLessThanOrEqual(10 * MIN);
		expect(log.rating).toBe(1);
		expect(log.state).toBe(0);
		expect(log.review).toBe(t0.getTime());
	});

	it('orders intervals Again < Hard < Good < Easy and Easy graduates in days', () => {
		const p = previewDue(newState('d', 'c', t0), t0);
		expect(p[1]).toBeLessThan(p[2]);
		expect(p[2]).toBeLessThan(p[3]);
		expect(p[3]).toBeLessThan(p[4]);
		expect(p[4] - t0.getTime()).toBeGreaterThanOrEqual(DAY);
	});

	it('is deterministic for fixed dates and grows intervals on success', () => {
		let s = newState('d', 'c', t0);
		let now = t0;
		const intervals: number[] = [];
		for (let i = 0; i < 5; i++) {
			s = answer(s, 3, now).state;
			intervals.push(s.due - now.getTime());
			now = new Date(s.due);
		}
		const again = (() => {
			let s2 = newState('d', 'c', t0);
			let n2 = t0;
			for (let i = 0; i < 5; i++) {
				s2 = answer(s2, 3, n2).state;
				n2 = new Date(s2.due);
			}
			return s2;
		})();
		expect(again).toEqual(s);
		expect(s.state).toBe(2);
		expect(intervals[4]).toBeGreaterThan(intervals[2]);
	});

	it('counts a lapse when a review card is forgotten', () => {
		let s = answer(newState('d', 'c', t0), 4, t0).state;
		s = answer(s, 1, new Date(s.due)).state;
		expect(s.lapses).toBe(1);
		expect(s.state).toBe(3);
	});

	it('formats intervals', () => {
		expect(formatInterval(t0.getTime() + 5 * MIN, t0)).toBe('5 min');
		expect(formatInterval(t0.getTime() + 4 * DAY, t0)).toBe('4 d');
		expect(formatInterval(t0.getTime() + 400 * DAY, t0)).toBe('1.1 y');
	});
});

describe('fitted parameters', () => {
	it('schedule with the learner’s own w when given (a longer first stability gives a longer Easy interval)', () => {
		const s = newState('d', 'c', t0);
		const settings = { desiredRetention: 0.9, maximumIntervalDays: 3650 };
		const w = [...DEFAULT_PARAMS];
		w[3] *= 3;
		const plain = previewDue(s, t0, settings);
		const mine = previewDue(s, t0, { ...settings, w });
		expect(mine[4]).toBeGreaterThan(plain[4] + 5 * DAY);
		expect(mine[1]).toBe(plain[1]);
	});
});

describe('newState without ts-fsrs', () => {
	it('is the state ts-fsrs’s createEmptyCard gives', () => {
		const c = createEmptyCard(t0);
		const s = newState('d', 'c', t0);
		expect({ due: s.due, stability: s.stability, difficulty: s.difficulty, elapsed: s.elapsedDays, scheduled: s.scheduledDays, reps: s.reps, lapses: s.lapses, steps: s.learningSteps, state: s.state, last: s.lastReview })
			.toEqual({ due: c.due.getTime(), stability: c.stability, difficulty: c.difficulty, elapsed: c.elapsed_days, scheduled: c.scheduled_days, reps: c.reps, lapses: c.lapses, steps: c.learning_steps, state: c.state, last: c.last_review ?? null });
		// And the first answer from it matches ts-fsrs's own first answer.
		expect(answer(s, 3, t0).state.due).toBe(makeScheduler().next(c, t0, Rating.Good).card.due.getTime());
	});
});
