/** Bench: seconds the FSRS optimizer takes on a review log of a given size (as in Settings → Your memory model). */
import { fitParameters, type History } from '../lib/srs/optimize';

/** Fits a synthetic log of `cards` cards with `perCard` answers each; returns seconds and the scored reviews. */
export function benchFit(cards: number, perCard: number): { seconds: number; reviews: number } {
	let seed = 11;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const hs: History[] = Array.from({ length: cards }, () => ({
		days: Array.from({ length: perCard }, (_, i) => (i ? 1 + Math.floor(random() * 20) : 0)),
		ratings: Array.from({ length: perCard }, () => (random() < 0.2 ? 1 : 3))
	}));
	const t0 = performance.now();
	const r = fitParameters(hs);
	return { seconds: (performance.now() - t0) / 1000, reviews: r.reviews };
}
