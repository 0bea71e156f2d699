/** A conditional-logit (softmax over candidates) fitted by AdaGrad with L2: the speaker ranker's learner. */
import type { Features, Weights } from '../lib/generator/extract/12-ranker';

/** One decision: the candidates' features and the index of the right one. */
export interface Example { cands: Features[]; gold: number }
/** Learner settings; the defaults are what `npm run train` uses. */
export interface FitOptions { epochs?: number; rate?: number; l2?: number; seed?: number }

/** Fits weights that maximise the log-probability of the gold candidates (deterministic for a seed). */
export function fitSoftmax(data: Example[], opts: FitOptions = {}): Weights {
	const { epochs = 15, rate = 0.1, l2 = 1e-3, seed = 7 } = opts;
	const w: Weights = {}, g2: Record<string, number> = {};
	const order = data.map((_, i) => i);
	let s = seed >>> 0;
	const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
	for (let ep = 0; ep < epochs; ep++) {
		for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
		for (const idx of order) {
			const ex = data[idx];
			const sc = ex.cands.map((f) => { let x = 0; for (const k in f) x += (w[k] ?? 0) * f[k]; return x; });
			const mx = Math.max(...sc);
			const e = sc.map((x) => Math.exp(x - mx));
			const z = e.reduce((a, b) => a + b, 0);
			const grad: Record<string, number> = {};
			ex.cands.forEach((f, c) => {
				const d = e[c] / z - (c === ex.gold ? 1 : 0);
				for (const k in f) grad[k] = (grad[k] ?? 0) + d * f[k];
			});
			for (const k in grad) {
				const gk = grad[k] + l2 * (w[k] ?? 0);
				g2[k] = (g2[k] ?? 0) + gk * gk;
				w[k] = (w[k] ?? 0) - (rate * gk) / Math.sqrt(g2[k] + 1e-8);
			}
		}
	}
	return w;
}
