/**
 * Fits FSRS parameters to a learner's own review log: Adam on the log loss of ts-fsrs's recall predictions, with
 * finite-difference gradients. Pure (no DOM, no clock): the log and the options are passed in.
 */
import { FSRSAlgorithm, generatorParameters, clipParameters, default_w } from 'ts-fsrs';

const DAY = 86_400_000;

/** One answer as the optimizer needs it. */
export interface LoggedAnswer {
	/** Which card (answers are grouped by it, in time order). */
	card: string;
	/** When (epoch ms). */
	at: number;
	/** 1 Again … 4 Easy. */
	rating: number;
}

/** One card's answers: whole days since its previous answer (0 the same day; the first is 0) and the rating. */
export interface History {
	days: number[];
	ratings: number[];
}

/** Reviews a day or more after the previous one that a fit learns from before Settings offers it. */
export const MIN_FIT_REVIEWS = 400;

/** The parameters ts-fsrs uses until the learner fits their own (FSRS-6, 21 numbers). */
export const DEFAULT_PARAMS: readonly number[] = [...default_w];

/** Groups a review log into per-card histories in time order. */
export function histories(log: LoggedAnswer[]): History[] {
	const byCard = new Map<string, LoggedAnswer[]>();
	for (const a of log) {
		const list = byCard.get(a.card);
		if (list) list.push(a);
		else byCard.set(a.card, [a]);
	}
	return [...byCard.values()].map((list) => {
		list.sort((a, b) => a.at - b.at);
		return { days: list.map((a, i) => (i ? Math.floor((a.at - list[i - 1].at) / DAY) : 0)), ratings: list.map((a) => a.rating) };
	});
}

/** How many answers a fit can score: those a day or more after the card's previous answer. */
export function scoredReviews(hs: History[]): number {
	return hs.reduce((n, h) => n + h.days.filter((d, i) => i > 0 && d >= 1).length, 0);
}

/**
 * Mean log loss of `w`'s recall predictions: for every answer a day or more after the previous one, ts-fsrs's
 * forgetting curve gives the chance of recall from the memory state built by the earlier answers; the outcome is
 * "remembered" unless the grade was Again. Same-day answers only move the memory state (FSRS's short-term steps).
 */
export function logLoss(w: readonly number[], hs: History[]): number {
	const f = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
	let sum = 0;
	let n = 0;
	for (const h of hs) {
		let state = null;
		for (let i = 0; i < h.days.length; i++) {
			const t = h.days[i];
			if (state && t >= 1) {
				const r = Math.min(1 - 1e-6, Math.max(1e-6, f.forgetting_curve(t, state.stability)));
				sum -= h.ratings[i] > 1 ? Math.log(r) : Math.log(1 - r);
				n++;
			}
			state = f.next_state(state, t, h.ratings[i]);
		}
	}
	return n ? sum / n : 0;
}

/** What a fit found. */
export interface FitResult {
	params: number[];
	lossBefore: number;
	lossAfter: number;
	reviews: number;
	steps: number;
}

/** Options of a fit; `onstep(step, steps, loss)` reports progress. */
export interface FitOptions {
	start?: readonly number[];
	steps?: number;
	learningRate?: number;
	onstep?: (step: number, steps: number, loss: number) => void;
}

/** Keeps parameters inside ts-fsrs's own bounds (the same clamp the scheduler applies). */
const clip = (w: number[]) => clipParameters(w, 1, true);

/**
 * Fits the 21 parameters by Adam from `start` (the defaults): each step estimates the gradient of `logLoss` by
 * forward differences and moves every parameter by about `learningRate` times its own size, then clips to bounds.
 * The best parameters seen are returned, so the loss after is never worse than before.
 */
export function fitParameters(hs: History[], options: FitOptions = {}): FitResult {
	const { start = DEFAULT_PARAMS, steps = 60, learningRate = 0.05, onstep } = options;
	let w = clip([...start]);
	const lossBefore = logLoss(w, hs);
	let best = { w: [...w], loss: lossBefore };
	const m = w.map(() => 0);
	const v = w.map(() => 0);
	const [b1, b2] = [0.9, 0.999];
	for (let step = 1; step <= steps; step++) {
		const base = logLoss(w, hs);
		const grad = w.map((x, k) => {
			// Relative step: parameters range from 0.001 to 100.
			const h = Math.max(1e-4, Math.abs(x) * 1e-3);
			const moved = [...w];
			moved[k] = x + h;
			// Gradient in log-ish space: scaled by the parameter's size, so one rate suits all of them.
			return ((logLoss(clip(moved), hs) - base) / h) * Math.max(Math.abs(x), 0.01);
		});
		w = clip(
			w.map((x, k) => {
				m[k] = b1 * m[k] + (1 - b1) * grad[k];
				v[k] = b2 * v[k] + (1 - b2) * grad[k] ** 2;
				const update = (m[k] / (1 - b1 ** step)) / (Math.sqrt(v[k] / (1 - b2 ** step)) + 1e-8);
				return x - learningRate * update * Math.max(Math.abs(x), 0.01);
			})
		);
		const loss = logLoss(w, hs);
		if (loss < best.loss) best = { w: [...w], loss };
		onstep?.(step, steps, best.loss);
	}
	return { params: best.w, lossBefore, lossAfter: best.loss, reviews: scoredReviews(hs), steps };
}
