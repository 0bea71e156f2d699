/** `npm run eval -- DIR... [--verbose]`: score extractFacts against gold files (../shared/eval/FORMAT.md). */
import { f1, loadGold, norm, scoreEntities, speakerMatches, type Gold, type PR } from './gold';
import { extractFacts } from '../lib/generator/extract/extract';
import type { Entity, Facts } from '../lib/generator/types';

const KINDS = ['people', 'places', 'groups'] as const;
const pr = (): PR => ({ tpP: 0, nP: 0, tpG: 0, nG: 0 });
const add = (a: PR, b: PR) => { a.tpP += b.tpP; a.nP += b.nP; a.tpG += b.tpG; a.nG += b.nG; };
const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));

/** Scores quotes and speakers; returns quote counts and speaker right/total by method. */
function scoreQuotes(f: Facts, gold: Gold, out: string[], byVia: Map<string, [number, number]>) {
	const preds = f.quotes.filter((q) => q.text.trim().split(/\s+/).length >= 4);
	const used = new Set<number>();
	const c: PR = { tpP: 0, nP: preds.length, tpG: 0, nG: gold.quotes!.length };
	const spk = [0, 0];
	for (const g of gold.quotes!) {
		const start = norm(g.start).split(' ').slice(0, 8).join(' ').replace(/[,.;:!?"']+$/, '');
		const i = preds.findIndex((q, k) => !used.has(k) && norm(q.text).includes(start));
		if (i < 0) { out.push(`quote missed: ${g.start}`); continue; }
		used.add(i); c.tpG++;
		if (g.speaker === '?') continue;
		const p = preds[i].speaker;
		const ok = speakerMatches(gold, g.speaker, p);
		spk[1]++; if (ok) spk[0]++;
		const via = (preds[i] as { via?: string }).via ?? 'none';
		const v = byVia.get(via) ?? [0, 0]; v[1]++; if (ok) v[0]++; byVia.set(via, v);
		if (!ok) out.push(`speaker [${via}] gold=${g.speaker} pred=${p}: ${g.start}`);
	}
	c.tpP = used.size;
	preds.forEach((q, k) => { if (!used.has(k)) out.push(`extra quote: ${q.text.slice(0, 60)}`); });
	return { c, spk };
}

/** Scores dates by text containment plus equal value. */
function scoreDates(f: Facts, gold: Gold['dates'] & object, out: string[]): PR {
	const seen = new Set<string>();
	const preds = f.dates.filter((d) => { const k = norm(d.text) + '|' + d.value; return seen.has(k) ? false : (seen.add(k), true); });
	const hit = (d: { text: string; value: string | null }, g: { text: string; value: string }) =>
		d.value === g.value && (norm(d.text).includes(norm(g.text)) || norm(g.text).includes(norm(d.text)));
	const c: PR = { tpP: 0, nP: preds.length, tpG: 0, nG: gold.length };
	for (const d of preds) if (gold.some((g) => hit(d, g))) c.tpP++; else out.push(`date extra: ${d.text} = ${d.value}`);
	for (const g of gold) if (preds.some((d) => hit(d, g))) c.tpG++; else out.push(`date missed: ${g.text} = ${g.value}`);
	return c;
}

/** Runs the evaluation over every gold file in the given directories and prints the report. */
export function main(argv: string[]): void {
	const verbose = argv.includes('--verbose');
	const dirs = argv.filter((a) => !a.startsWith('--'));
	if (!dirs.length) { console.error('usage: npm run eval -- DIR... [--verbose]'); process.exit(2); }
	const tot = { people: pr(), places: pr(), groups: pr(), quotes: pr(), dates: pr() };
	const spk = [0, 0];
	const byVia = new Map<string, [number, number]>();
	let articles = 0;
	for (const dir of dirs) for (const { stem, content, gold } of loadGold(dir)) {
		const facts = extractFacts(content);
		const out: string[] = [];
		articles++;
		for (const k of KINDS) if (gold[k]) add(tot[k], scoreEntities(k, facts[k], gold[k]!, out));
		if (gold.quotes) { const r = scoreQuotes(facts, gold, out, byVia); add(tot.quotes, r.c); spk[0] += r.spk[0]; spk[1] += r.spk[1]; }
		if (gold.dates) add(tot.dates, scoreDates(facts, gold.dates, out));
		if (verbose && out.length) console.log(`## ${stem}\n  ${out.join('\n  ')}`);
	}
	const line = (k: keyof typeof tot) => {
		const c = tot[k];
		return `${k.padEnd(7)} P=${fmt(c.nP ? c.tpP / c.nP : NaN)} R=${fmt(c.nG ? c.tpG / c.nG : NaN)} F1=${fmt(f1(c))} (gold ${c.nG}, predicted ${c.nP})`;
	};
	for (const k of Object.keys(tot) as (keyof typeof tot)[]) console.log(line(k));
	const acc = spk[1] ? spk[0] / spk[1] : NaN;
	console.log(`speaker accuracy ${fmt(acc)} (${spk[0]}/${spk[1]})`);
	for (const [via, [r, n]] of [...byVia].sort()) console.log(`  speaker via ${via.padEnd(13)} ${fmt(r / n)} (${r}/${n})`);
	const q = tot.quotes;
	console.log(`summary: articles=${articles} people F1=${fmt(f1(tot.people))} places F1=${fmt(f1(tot.places))} groups F1=${fmt(f1(tot.groups))} quote F1=${fmt(f1(q))} quotes found=${fmt(q.nG ? q.tpG / q.nG : NaN)} speaker acc=${fmt(acc)} date F1=${fmt(f1(tot.dates))}`);
}

main(process.argv.slice(2));
