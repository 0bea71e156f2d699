/** `npm run train` (last part): how well card features predict blind-reader verdicts, scored round by round on rounds the model never saw. */
import { acceptance } from './card-features';
import type { Weights } from '../lib/generator/extract/12-ranker';
import { fitSoftmax } from './softmax';
import { loadVerdicts, type Verdict } from './verdicts';

const THRESHOLDS = [0, 0.3, 0.4, 0.5, 0.6, 0.7];

/** Fits a logistic model: "accept" scores the card's features against a learned "__reject" bias. */
function fit(rows: Verdict[]): Weights {
	return fitSoftmax(rows.map((r) => ({ cands: [Object.fromEntries(r.feats.map((f) => [f, 1])), { __reject: 1 }], gold: r.ok ? 0 : 1 })), { epochs: 30, l2: 3e-3 });
}

/** Leave-one-round-out (printed only): share of cards kept and share of kept cards a reader accepted, at each threshold. */
function main(): void {
	const rows = loadVerdicts();
	const rounds = [...new Set(rows.map((r) => r.round))];
	console.log(`card quality: ${rows.length} judged cards from ${rounds.length} blind rounds (${rows.filter((r) => r.ok).length} ok)`);
	const scored: { p: number; ok: boolean }[] = [];
	for (const round of rounds) {
		const w = fit(rows.filter((r) => r.round !== round));
		for (const r of rows.filter((x) => x.round === round)) scored.push({ p: acceptance(r.feats, w), ok: r.ok });
	}
	console.log('held-out rounds (each round scored by a model trained on the others):');
	for (const t of THRESHOLDS) {
		const kept = scored.filter((s) => s.p >= t);
		console.log(`  keep p ≥ ${t.toFixed(1)}: keeps ${(kept.length / scored.length).toFixed(3)} of the cards, ${(kept.filter((s) => s.ok).length / Math.max(1, kept.length)).toFixed(3)} of them acceptable`);
	}
	// Not shipped: on held-out rounds it lifts the acceptable share only from 45% to about 57% while dropping
	// over half the cards. It earns a place in the generator once more rounds make it clearly better.
}

main();
