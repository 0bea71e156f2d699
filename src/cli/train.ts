/** `npm run train -- [DIR...] [--folds K] [--no-write]`: learn the speaker ranker, cross-validated by article. */
import { traceSpeakers, type QuoteTrace } from '../lib/generator/extract/extract';
import { canonicalName } from '../lib/generator/extract/07-entities';
import type { Candidate, Weights } from '../lib/generator/extract/12-ranker';
import { goldQuoteIndex, loadGold, speakerMatches, type GoldArticle } from './gold';
import { fitSoftmax, type Example } from './softmax';
import { foldOf, writeWeights } from './folds';

const DEFAULT_DIRS = ['../shared/eval/polnear-train', '../shared/eval/dev'];
const OUT = 'src/lib/generator/model/speaker-weights.ts';
/** The rules alone, as a ranker: their answer wins. */
const RULES: Weights = { rule: 5, 'null:rule': 5 };

/** Gold speaker of each traced quote ('?' when unknown or unmatched), in trace order. */
function goldSpeakers(a: GoldArticle, traces: QuoteTrace[]): (string | null | '?')[] {
	const used = new Set<number>();
	return traces.map((t) => {
		const k = goldQuoteIndex(a.gold, t.quote.text, used);
		if (k < 0) return '?';
		used.add(k);
		return a.gold.quotes![k].speaker;
	});
}

/** Index of the candidate that is the gold speaker, or -1. */
function goldIndex(a: GoldArticle, speaker: string | null | '?', cands: Candidate[], name: (c: Candidate) => string | null): number {
	if (speaker === '?') return -1;
	return cands.findIndex((c) => speakerMatches(a.gold, speaker, name(c)));
}

/** Training examples of one article: features with teacher forcing on the gold previous speaker. */
function examples(a: GoldArticle): Example[] {
	const first = traceSpeakers(a.content, RULES);
	const gold = goldSpeakers(a, first);
	const nameOf = (c: Candidate) => (c.e ? canonicalName(c.e) : null);
	let i = 0;
	const traces = traceSpeakers(a.content, RULES, (_q, cands) => goldIndex(a, gold[i++], cands, nameOf));
	return traces.map((t, k) => ({ cands: t.cands.map((c) => c.f), gold: goldIndex(a, gold[k], t.cands, nameOf) })).filter((x) => x.gold >= 0);
}

/** Speaker accuracy of `weights` on articles, scored as `npm run eval` does, with accuracy by confidence. */
function accuracy(arts: GoldArticle[], weights: Weights, seen: [number, boolean][]): [number, number] {
	let right = 0, n = 0;
	for (const a of arts) {
		const traces = traceSpeakers(a.content, weights);
		const gold = goldSpeakers(a, traces);
		traces.forEach((t, k) => {
			if (gold[k] === '?') return;
			const ok = speakerMatches(a.gold, gold[k] as string | null, t.quote.speaker);
			n++; if (ok) right++;
			seen.push([t.quote.confidence ?? 0, ok]);
		});
	}
	return [right, n];
}

/** Runs cross-validation, then fits on everything and writes the weights file. */
function main(argv: string[]): void {
	const folds = Number(argv[argv.indexOf('--folds') + 1]) || 5;
	const dirs = argv.filter((x, i) => !x.startsWith('--') && argv[i - 1] !== '--folds');
	const arts = (dirs.length ? dirs : DEFAULT_DIRS).flatMap(loadGold).filter((a) => a.gold.quotes?.length);
	const data = new Map(arts.map((a) => [a, examples(a)]));
	console.log(`articles=${arts.length} training quotes=${[...data.values()].reduce((s, x) => s + x.length, 0)}`);
	let rr = 0, rn = 0, mr = 0, mn = 0;
	const seen: [number, boolean][] = [];
	for (let f = 0; f < folds; f++) {
		const train = arts.filter((a) => foldOf(a.stem, folds) !== f), test = arts.filter((a) => foldOf(a.stem, folds) === f);
		const w = fitSoftmax(train.flatMap((a) => data.get(a)!));
		const [r1, n1] = accuracy(test, RULES, []);
		const [r2, n2] = accuracy(test, w, seen);
		rr += r1; rn += n1; mr += r2; mn += n2;
		console.log(`fold ${f + 1}/${folds}: ${test.length} articles, rules ${(r1 / n1).toFixed(3)}, ranker ${(r2 / n2).toFixed(3)} (${n2} quotes)`);
	}
	console.log(`cross-validated speaker accuracy: rules ${(rr / rn).toFixed(3)}, ranker ${(mr / mn).toFixed(3)} (${mn} quotes, ${folds} folds by article)`);
	for (const t of [0.5, 0.7, 0.8, 0.85, 0.9, 0.95]) {
		const kept = seen.filter(([c]) => c >= t);
		console.log(`  confidence ≥ ${t.toFixed(2)}: accuracy ${(kept.filter(([, ok]) => ok).length / kept.length).toFixed(3)}, keeps ${(kept.length / seen.length).toFixed(3)} of the quotes`);
	}
	if (argv.includes('--no-write')) return;
	const w = fitSoftmax([...data.values()].flat());
	writeWeights(OUT, 'SPEAKER_WEIGHTS', 'Learned speaker-ranker weights', 'Feature weights of the speaker ranker.', w);
}

main(process.argv.slice(2));
