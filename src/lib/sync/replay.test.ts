import { describe, expect, it } from 'vitest';
import { newState, type GradeValue } from '../srs/scheduler';
import { answer } from '../srs/fsrs';
import { canonicalOrder, latest, replayCard, type ReplayReview } from './replay';
import { makeUid } from './ids';

const t0 = Date.parse('2026-03-01T08:00:00Z');
const bytes = (n: number) => Uint8Array.from({ length: 10 }, (_, i) => (n * 31 + i * 7) % 256);
const rev = (device: string, minutes: number, rating: GradeValue, n: number): ReplayReview => ({ uid: makeUid(device, t0 + minutes * 60_000, bytes(n)), rating, review: t0 + minutes * 60_000 });

describe('replay: card states derived from reviews', () => {
	it('equals answering the reviews one by one on one device', () => {
		const reviews = [rev('a', 0, 3, 1), rev('a', 10, 3, 2), rev('a', 60 * 24 * 3, 1, 3), rev('a', 60 * 24 * 3 + 10, 4, 4)];
		let s = newState('d', 'c', new Date(t0));
		for (const r of reviews) s = answer(s, r.rating, new Date(r.review)).state;
		expect(replayCard('d', 'c', reviews)).toEqual(s);
	});

	it('two devices that studied the same card apart reach the same state from the union, in any order, with repeats', () => {
		const phone = [rev('phone', 0, 3, 1), rev('phone', 60 * 24 * 2, 3, 2)];
		const laptop = [rev('laptop', 30, 1, 3), rev('laptop', 60 * 24, 3, 4), rev('laptop', 60 * 24 * 5, 2, 5)];
		const onPhone = replayCard('d', 'c', [...phone, ...laptop, ...phone]);
		const onLaptop = replayCard('d', 'c', [...laptop].reverse().concat(phone));
		expect(onPhone).toEqual(onLaptop);
		expect(onPhone!.reps).toBe(5);
		// Not just any state: the union differs from either device's own history.
		expect(onPhone).not.toEqual(replayCard('d', 'c', phone));
		expect(onPhone).not.toEqual(replayCard('d', 'c', laptop));
	});

	it('keeps one of each uid and orders ties in time by uid', () => {
		const a = { uid: 'a-1', rating: 1 as GradeValue, review: t0 };
		const b = { uid: 'b-1', rating: 4 as GradeValue, review: t0 };
		expect(canonicalOrder([b, a, b, a]).map((r) => r.uid)).toEqual(['a-1', 'b-1']);
	});

	it('no reviews: no state; suspension and burial are carried over', () => {
		expect(replayCard('d', 'c', [])).toBeUndefined();
		expect(replayCard('d', 'c', [rev('a', 0, 3, 1)], undefined, { suspended: 1, buriedUntil: 5 })).toMatchObject({ suspended: 1, buriedUntil: 5 });
	});

	it('latest event wins, ties by id', () => {
		expect(latest([{ at: 2, _id: 'x:a' }, { at: 3, _id: 'x:b' }, { at: 3, _id: 'x:a' }])?._id).toBe('x:b');
	});
});
