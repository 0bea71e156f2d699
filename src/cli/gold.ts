/** Gold files of the eval sets (../shared/eval/FORMAT.md): types, loading and loose name matching. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gold entity: canonical name and other surface forms. */
export interface GoldEntity { name: string; aliases?: string[] }
/** One article's gold facts; absent keys were not annotated. */
export interface Gold {
	people?: GoldEntity[]; places?: GoldEntity[]; groups?: GoldEntity[]; speakers?: GoldEntity[];
	quotes?: { start: string; speaker: string | null }[];
	dates?: { text: string; value: string }[];
}
/** Counts for precision/recall: matched predictions, predictions, matched gold, gold. */
export interface PR { tpP: number; nP: number; tpG: number; nG: number }
/** One gold article: folder, file stem, raw content and gold facts. */
export interface GoldArticle { dir: string; stem: string; content: string; gold: Gold }

/** Lower-cases and unifies quotes, dashes and spaces so texts compare loosely. */
export function norm(s: string): string {
	return s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}
/** Whole-word, case-insensitive containment in either direction. */
export function wordMatch(a: string, b: string): boolean {
	const x = ` ${norm(a).replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ')} `;
	const y = ` ${norm(b).replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ')} `;
	return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}
/** Every name of a gold entity. */
export const names = (g: GoldEntity) => [g.name, ...(g.aliases ?? [])];

/** Reads every `NAME.gold.json` + `NAME.txt` pair of a directory, sorted by name. */
export function loadGold(dir: string): GoldArticle[] {
	return readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort().map((file) => {
		const stem = file.slice(0, -'.gold.json'.length);
		return { dir, stem, content: readFileSync(join(dir, stem + '.txt'), 'utf8'), gold: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold };
	});
}

/** The unused gold quote a predicted quote text matches by its first words, or -1. */
export function goldQuoteIndex(gold: Gold, text: string, used: Set<number>): number {
	return (gold.quotes ?? []).findIndex((g, k) => !used.has(k) && norm(text).includes(norm(g.start).split(' ').slice(0, 8).join(' ').replace(/[,.;:!?"']+$/, '')));
}

/** True when a predicted speaker name is the gold speaker (null matches null). */
export function speakerMatches(gold: Gold, goldSpeaker: string | null, pred: string | null): boolean {
	if (goldSpeaker === null) return pred === null;
	if (pred === null) return false;
	const all = [...(gold.people ?? []), ...(gold.groups ?? []), ...(gold.speakers ?? [])];
	const ent = all.find((e) => e.name === goldSpeaker);
	return (ent ? names(ent) : [goldSpeaker]).some((n) => wordMatch(pred, n));
}

/** Scores predicted entities of one kind against gold entities. */
export function scoreEntities(kind: string, pred: { name: string }[], gold: GoldEntity[], miss: string[]): PR {
	const hit = (e: { name: string }, g: GoldEntity) => names(g).some((n) => wordMatch(e.name, n));
	const c: PR = { tpP: 0, nP: pred.length, tpG: 0, nG: gold.length };
	for (const e of pred) if (gold.some((g) => hit(e, g))) c.tpP++; else miss.push(`extra ${kind}: ${e.name}`);
	for (const g of gold) if (pred.some((e) => hit(e, g))) c.tpG++; else miss.push(`missed ${kind}: ${g.name}`);
	return c;
}

/** F1 of precision/recall counts (NaN when there is nothing on either side). */
export function f1(c: PR): number {
	if (c.nG === 0 && c.nP === 0) return NaN;
	const p = c.nP ? c.tpP / c.nP : 0, r = c.nG ? c.tpG / c.nG : 0;
	return p + r ? (2 * p * r) / (p + r) : 0;
}
