import { describe, expect, it } from 'vitest';
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import { DEFAULT_PARAMS, fitParameters, histories, logLoss, scoredReviews, type History } from './optimize';

/** A small seeded random generator (mulberry32), so the synthetic log is the same on every run. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Reviews drawn from a learner whose memory follows `w`: recall at each review is sampled from w's forgetting curve. */
function simulate(w: number[], cards: number, reviewsPerCard: number, seed: number): History[] {
	const f = new FSRSAlgorithm(generatorParameters({ w, enable_short_term: true }));
	const random = rng(seed);
	return Array.from({ length: cards }, () => {
		const days = [0];
		const ratings = [random() < 0.3 ? 1 : 3];
		let state = f.next_state(null, 0, ratings[0]);
		for (let i = 1; i < reviewsPerCard; i++) {
			// Intervals around the stability, widely spread, so the curve is seen at many points.
			const t = Math.max(1, Math.round(state.stability * (0.3 + 2.5 * random())));
			const remembered = random() < f.forgetting_curve(t, state.stability);
			const g = remembered ? (random() < 0.15 ? 2 : random() < 0.85 ? 3 : 4) : 1;
			days.push(t);
			ratings.push(g);
			state = f.next_state(state, t, g);
		}
		return { days, ratings };
	});
}

describe('fitting FSRS parameters', () => {
	it('groups a log into per-card histories in whole days', () => {
		const day = 86_400_000;
		const hs = histories([
			{ card: 'a', at: 5 * day, rating: 3 },
			{ card: 'b', at: 0, rating: 1 },
			{ card: 'a', at: 0, rating: 3 },
			{ card: 'a', at: 0.5 * day, rating: 3 }
		]);
		expect(hs).toEqual([{ days: [0, 0, 4], ratings: [3, 3, 3] }, { days: [0], ratings: [1] }]);
		expect(scoredReviews(hs)).toBe(1);
	});

	it('on reviews from known parameters, lowers the log loss and moves the parameters toward the truth', () => {
		// A learner who forgets more slowly than the defaults assume: larger first stabilities, faster growth.
		const truth = [...DEFAULT_PARAMS];
		truth[0] *= 3;
		truth[1] *= 3;
		truth[2] *= 3;
		truth[3] *= 2;
		truth[8] += 0.6;
		const hs = simulate(truth, 300, 6, 7);
		const fit = fitParameters(hs, { steps: 25 });
		expect(fit.reviews).toBeGreaterThan(1000);
		expect(fit.lossAfter).toBeLessThan(fit.lossBefore - 0.01);
		expect(fit.lossAfter).toBeCloseTo(logLoss(fit.params, hs), 10);
		// Distance to the truth, each parameter on a log scale, over the parameters that were changed.
		const moved = [0, 1, 2, 3, 8];
		const distance = (w: readonly number[]) => Math.hypot(...moved.map((k) => Math.log(w[k] / truth[k])));
		expect(distance(fit.params)).toBeLessThan(distance(DEFAULT_PARAMS) * 0.7);
		// The truth explains its own reviews better than the defaults.
		expect(logLoss(truth, hs)).toBeLessThan(fit.lossBefore);
	});
});
