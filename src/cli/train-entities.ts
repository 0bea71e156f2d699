/** `npm run train` (second half): learn the chunk typer on CoNLL-2003 train + dev, cross-validated by document. */
import { chunkTrace, extractFacts } from '../lib/generator/extract/extract';
import { CLASSES, classCandidates, type Typer } from '../lib/generator/extract/05-typer';
import type { Weights } from '../lib/generator/extract/12-ranker';
import { f1, loadGold, names, norm, scoreEntities, type GoldArticle, type PR } from './gold';
import { fitSoftmax, type Example } from './softmax';
import { foldOf, writeWeights } from './folds';

const DEFAULT_DIRS = ['../shared/eval/conll-train', '../shared/eval/dev'];
const OUT = 'src/lib/generator/model/typer-weights.ts';
const KINDS = ['people', 'places', 'groups'] as const;
const OVERRULE = [0.5, 0.7, 0.9];
/** Least number of chunks a feature must occur in to get a weight. */
const MIN_COUNT = 10;
/** Smaller weights are dropped (a file of about 300 kB, 70 kB gzipped). */
const MIN_WEIGHT = 0.08;

/** The gold class of a chunk: a listed name or alias of one kind, a word of a listed person, else none. */
function label(a: GoldArticle, text: string): number {
	const t = norm(text);
	for (const k of KINDS) if ((a.gold[k] ?? []).some((g) => names(g).some((n) => norm(n) === t))) return CLASSES.indexOf(k);
	if (!t.includes(' ') && (a.gold.people ?? []).some((g) => names(g).some((n) => norm(n).split(' ').includes(t)))) return CLASSES.indexOf('people');
	return CLASSES.indexOf('none');
}

/** Typer examples of one article: features, and the gold class index. */
function examples(a: GoldArticle): { feats: string[]; gold: number }[] {
	return chunkTrace(a.content).map((c) => ({ feats: c.feats, gold: label(a, c.text) }));
}

/** Fits the typer on examples, keeping only features seen in at least MIN_COUNT chunks (a small, general model). */
function fit(data: { feats: string[]; gold: number }[]): Weights {
	const count = new Map<string, number>();
	for (const x of data) for (const f of x.feats) count.set(f, (count.get(f) ?? 0) + 1);
	const ex: Example[] = data.map((x) => ({ cands: classCandidates(x.feats.filter((f) => count.get(f)! >= MIN_COUNT)), gold: x.gold }));
	// The shipped file drops small weights; cross-validation scores exactly what ships.
	return Object.fromEntries(Object.entries(fitSoftmax(ex, { epochs: 8 })).filter(([, v]) => Math.abs(v) >= MIN_WEIGHT));
}

/** Entity F1 by kind on articles, with the given typer (null: rules alone). */
function score(arts: GoldArticle[], typer: Typer | null): Record<(typeof KINDS)[number], PR> {
	const tot = Object.fromEntries(KINDS.map((k) => [k, { tpP: 0, nP: 0, tpG: 0, nG: 0 }])) as Record<(typeof KINDS)[number], PR>;
	for (const a of arts) {
		const f = extractFacts(a.content, { typer });
		for (const k of KINDS) {
			const c = scoreEntities(k, f[k], a.gold[k]!, []);
			tot[k].tpP += c.tpP; tot[k].nP += c.nP; tot[k].tpG += c.tpG; tot[k].nG += c.nG;
		}
	}
	return tot;
}

const line = (s: Record<string, PR>) => KINDS.map((k) => `${k} ${f1(s[k]).toFixed(3)}`).join(', ');

/** Cross-validates, then fits on everything and writes the weights file. */
function main(argv: string[]): void {
	const folds = 5;
	const dirs = argv.filter((x) => !x.startsWith('--'));
	const arts = (dirs.length ? dirs : DEFAULT_DIRS).flatMap(loadGold).filter((a) => KINDS.every((k) => a.gold[k]));
	const data = new Map(arts.map((a) => [a, examples(a)]));
	console.log(`entity typer: articles=${arts.length} chunks=${[...data.values()].reduce((s, x) => s + x.length, 0)}`);
	const sum = (xs: Record<string, PR>[]) => Object.fromEntries(KINDS.map((k) => [k, xs.reduce((a, x) => ({ tpP: a.tpP + x[k].tpP, nP: a.nP + x[k].nP, tpG: a.tpG + x[k].tpG, nG: a.nG + x[k].nG }), { tpP: 0, nP: 0, tpG: 0, nG: 0 })]));
	const dirs2 = [...new Set(arts.map((a) => a.dir))];
	const rules = new Map<string, Record<string, PR>[]>(dirs2.map((d) => [d, []])), learned = new Map<string, Record<string, PR>[]>(dirs2.flatMap((d) => OVERRULE.map((t) => [`${d} overrule ${t}`, []])));
	for (let f = 0; f < folds; f++) {
		const train = arts.filter((a) => foldOf(a.stem, folds) !== f), test = arts.filter((a) => foldOf(a.stem, folds) === f);
		const w = fit(train.flatMap((a) => data.get(a)!));
		for (const d of dirs2) {
			const some = test.filter((a) => a.dir === d);
			rules.get(d)!.push(score(some, null));
			for (const t of OVERRULE) learned.get(`${d} overrule ${t}`)!.push(score(some, { weights: w, overrule: t }));
		}
		console.log(`fold ${f + 1}/${folds} done (${test.length} documents held out)`);
	}
	console.log(`cross-validated entity F1 (${folds} folds by document), rules alone and with the typer overruling them at a given probability:`);
	for (const d of dirs2) {
		console.log(`  ${d}: rules ${line(sum(rules.get(d)!))}`);
		for (const t of OVERRULE) console.log(`  ${d}: typer ≥ ${t} ${line(sum(learned.get(`${d} overrule ${t}`)!))}`);
	}
	if (argv.includes('--no-write') || argv.includes('--cv-only')) return;
	const w = fit([...data.values()].flat());
	writeWeights(OUT, 'TYPER_WEIGHTS', 'Learned chunk-typer weights', 'Feature weights of the chunk typer (`class|feature`).', w, MIN_WEIGHT);
}

main(process.argv.slice(2));
