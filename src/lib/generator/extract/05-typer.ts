/** Step 5: a learned chunk typer — person, place, group or nothing, with the rules' answer as one feature among many. */
import type { Chunk } from './03-chunks';
import { lower, ORG_KEY, PLACE_KEY } from './04-context';
import type { Kind } from './07-entities';
import type { Features, Weights } from './12-ranker';
import { DEMONYMS } from '../model/countries';
import { ORG_HEADS } from '../model/organisations';
import { FIRST_NAMES } from '../model/people';
import { PLACE_HEADS } from '../model/words';

/** The classes the typer chooses among, in a fixed order. */
export const CLASSES = ['people', 'places', 'groups', 'none'] as const;
/** One of the typer's classes. */
export type Class = (typeof CLASSES)[number];

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/gu;
const shapeOf = (w: string) => w.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, '9').slice(0, 6);

let capsOf = '';
let capsLines = new Map<number, boolean>();
/** True when the line holding `at` is in capitals (a headline or a results table); cached per line of one text. */
function capsLine(text: string, at: number): boolean {
	if (text !== capsOf) { capsOf = text; capsLines = new Map(); }
	const start = text.lastIndexOf('\n', at) + 1;
	let v = capsLines.get(start);
	if (v === undefined) {
		const end = text.indexOf('\n', at);
		const letters = text.slice(start, end < 0 ? text.length : end).replace(/[^\p{L}]/gu, '');
		capsLines.set(start, (v = letters.length > 8 && letters === letters.toUpperCase()));
	}
	return v;
}

/** The words right before and after a chunk, lower-cased, and the text after it. */
function around(text: string, c: Chunk): { p1: string; n1: string; after: string } {
	const before = [...text.slice(Math.max(0, c.start - 40), c.start).matchAll(WORD)].map((m) => lower(m[0]));
	const after = text.slice(c.end, c.end + 60);
	const next = /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/u.exec(after);
	return { p1: before[before.length - 1] ?? '^', n1: next ? lower(next[0]) : '$', after };
}

/** Features of one chunk for the typer (names only; every value is 1). */
export function chunkFeatures(c: Chunk, text: string, rule: Kind | null): string[] {
	const words = c.text.split(/\s+/);
	const lw = words.map(lower);
	const last = words[words.length - 1];
	const { p1, n1, after } = around(text, c);
	const caps = capsLine(text, c.start);
	const f = [
		'bias', `rule:${rule ?? 'none'}`, `n:${Math.min(words.length, 4)}`, `shape:${words.map(shapeOf).join(' ').slice(0, 14)}`,
		`last:${lw[lw.length - 1]}`, `first:${lw[0]}`, `suf:${lw[lw.length - 1].slice(-3)}`,
		`p1:${p1}`, `n1:${n1}`
	];
	for (const w of lw) f.push(`w:${w}`);
	if (c.title.length) f.push('title', `title:${lower(c.title[0])}`);
	if (c.initial) f.push('initial', `initial:${rule ?? 'none'}`);
	if (c.role) f.push('role');
	if (caps) f.push('line:caps');
	if (/^\s*-?\d/.test(after)) f.push('next:number');
	if (/^\s*\(\p{Lu}{2,}\)/u.test(after)) f.push('next:acronym');
	if (/^['’]s\b/.test(after)) f.push('next:poss');
	if (/^\s*,\s*\d{1,3}\s*,/.test(after)) f.push('next:age');
	if (/^[\p{Lu}.&\d]+$/u.test(c.text) && c.text.length <= 6) f.push('acronym');
	if (PLACE_KEY.has(lower(c.text))) f.push('gaz:place');
	if (ORG_KEY.has(lower(c.text))) f.push('gaz:org');
	if (FIRST_NAMES[words[0]]) f.push(`gaz:first:${words.length > 1 ? 'multi' : 'single'}`);
	if (ORG_HEADS.has(last)) f.push('gaz:orghead');
	if (PLACE_HEADS.has(last)) f.push('gaz:placehead');
	if (DEMONYMS[c.text]) f.push('gaz:demonym');
	if (words.some((w) => /^(?:of|for|and|the)$/.test(w))) f.push('joiner');
	return f;
}

/** The typer's candidates for one chunk: each class with the chunk's features conjoined with it. */
export function classCandidates(feats: string[]): Features[] {
	return CLASSES.map((k) => Object.fromEntries(feats.map((x) => [`${k}|${x}`, 1])));
}

/** A trained typer: its weights, and the probability it needs to overrule the rules. */
export interface Typer { weights: Weights; overrule: number }

const tables = new WeakMap<Weights, Map<string, number[]>>();
/** The weights regrouped by feature: one lookup gives every class's weight. */
function table(w: Weights): Map<string, number[]> {
	let t = tables.get(w);
	if (!t) {
		t = new Map();
		for (const [key, v] of Object.entries(w)) {
			const bar = key.indexOf('|');
			const k = CLASSES.indexOf(key.slice(0, bar) as Class);
			const f = key.slice(bar + 1);
			if (!t.has(f)) t.set(f, [0, 0, 0, 0]);
			t.get(f)![k] = v;
		}
		tables.set(w, t);
	}
	return t;
}

/** The best class for a chunk, its probability, and every class's probability (in CLASSES order). */
export function classify(feats: string[], w: Weights): { kind: Kind | null; confidence: number; probs: number[] } {
	const t = table(w);
	const s = [0, 0, 0, 0];
	for (const x of feats) { const row = t.get(x); if (row) for (let k = 0; k < 4; k++) s[k] += row[k]; }
	const mx = Math.max(...s);
	const z = s.reduce((a, x) => a + Math.exp(x - mx), 0);
	const best = s.indexOf(mx);
	return { kind: CLASSES[best] === 'none' ? null : (CLASSES[best] as Kind), confidence: 1 / z, probs: s.map((x) => Math.exp(x - mx) / z) };
}
