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
	const line = text.slice(text.lastIndexOf('\n', c.start) + 1, (text.indexOf('\n', c.end) + 1 || text.length + 1) - 1);
	const caps = line.replace(/[^\p{L}]/gu, '');
	const f = [
		'bias', `rule:${rule ?? 'none'}`, `n:${Math.min(words.length, 4)}`, `shape:${words.map(shapeOf).join(' ').slice(0, 14)}`,
		`last:${lw[lw.length - 1]}`, `first:${lw[0]}`, `suf:${lw[lw.length - 1].slice(-3)}`,
		`p1:${p1}`, `n1:${n1}`
	];
	for (const w of lw) f.push(`w:${w}`);
	if (c.title.length) f.push('title', `title:${lower(c.title[0])}`);
	if (c.initial) f.push('initial', `initial:${rule ?? 'none'}`);
	if (c.role) f.push('role');
	if (caps.length > 8 && caps === caps.toUpperCase()) f.push('line:caps');
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

/** The best class for a chunk, its probability, and every class's probability (in CLASSES order). */
export function classify(feats: string[], w: Weights): { kind: Kind | null; confidence: number; probs: number[] } {
	const s = CLASSES.map((k) => feats.reduce((a, x) => a + (w[`${k}|${x}`] ?? 0), 0));
	const mx = Math.max(...s);
	const z = s.reduce((a, x) => a + Math.exp(x - mx), 0);
	const best = s.indexOf(mx);
	return { kind: CLASSES[best] === 'none' ? null : (CLASSES[best] as Kind), confidence: 1 / z, probs: s.map((x) => Math.exp(x - mx) / z) };
}
