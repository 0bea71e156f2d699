/** Step 12: a learned speaker ranker — the rules' answer is one feature among many; weights come from `npm run train`. */
import type { Ent } from './07-entities';
import type { QuoteSpan } from './08-quotes';
import type { Attribution, Mention, MentionTable } from './09-coref';
import { CUE_VERBS } from '../model/cues';
import { DEMONYMS } from '../model/countries';
import { ROLES } from '../model/people';

/** Named feature values of one candidate (binary features are 1). */
export type Features = Record<string, number>;
/** One possible speaker of a quote: an entity, or null for "the text does not say". */
export interface Candidate { e: Ent | null; f: Features }
/** Learned weights by feature name. */
export type Weights = Record<string, number>;

/** What the ranker may look at around one quotation. */
export interface QuoteContext {
	text: string;
	m: MentionTable;
	q: QuoteSpan;
	paraStart: number;
	paraEnd: number;
	prevPara?: { start: number; end: number };
	/** Opening mark of the next quote in the paragraph, or the paragraph's end. */
	nextOpen: number;
	/** The rules' decision. */
	rule: Attribution;
	/** The speaker chosen for the previous quotation, with its paragraph. */
	prev: { e: Ent | null; paragraph: number } | null;
	/** Mention counts by entity over the document (salience). */
	counts: Map<Ent, number>;
	/** The most mentioned person of the document. */
	top: Ent | null;
}

const SENT_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u;
const WORD = /[\p{L}’'-]+/gu;
const PRONOUN_CUE = /\b(he|she|they|it|we)\s+(?:(?:also|then|later|again|has|had|have|would|once|further|\p{Ll}+ly)\s+){0,2}([\p{Ll}]+)\b|\b([\p{Ll}]+)\s+(he|she)\b/gu;

/** Region of the text around the quote where a mention lies. */
type Region = 'after' | 'before' | 'para' | 'prevPara' | 'later';

/** The end of the sentence that follows the closing mark, bounded by the next quote and the paragraph. */
function afterEnd(c: QuoteContext): number {
	const s = c.q.close < 0 ? c.q.end : c.q.close + 1;
	const lim = Math.min(c.nextOpen, c.paraEnd, s + 220);
	const m = SENT_END.exec(c.text.slice(s, lim));
	return m ? s + m.index + 1 : lim;
}

/** The start of the sentence holding the opening mark (within the paragraph). */
function beforeStart(c: QuoteContext): number {
	const from = Math.max(c.paraStart, c.q.open - 320);
	const seg = c.text.slice(from, c.q.open);
	let cut = 0;
	const re = new RegExp(SENT_END.source, 'gu');
	for (let m = re.exec(seg); m; m = re.exec(seg)) cut = m.index + m[0].length;
	return from + cut;
}

/** True when the segment holds a speech verb outside quotation marks. */
function hasCue(c: QuoteContext, s: number, e: number): boolean {
	const seg = c.text.slice(s, e);
	for (const m of seg.matchAll(WORD)) if (CUE_VERBS.has(m[0].toLowerCase()) && !c.m.inQuote(s + m.index!)) return true;
	return /\baccording to\b/i.test(seg);
}

/** The gender or number of a pronoun bound to a speech verb in the segment ("he said", "said she"), if any. */
function pronounCue(c: QuoteContext, s: number, e: number): string | null {
	const seg = c.text.slice(s, e);
	for (const m of seg.matchAll(PRONOUN_CUE)) {
		const [pro, verb] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
		if (CUE_VERBS.has(verb) && !c.m.inQuote(s + m.index!)) return pro.toLowerCase();
	}
	return null;
}

const POSSESSOR = /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,3}?|\s+(?:(?:campaign|press|senior|top|chief|deputy|national|communications|policy|foreign)\s+){0,3})(?:spokes(?:man|woman|person)|aide|adviser|advisor|manager|director|secretary|strategist|chairman|chairwoman|chair|lawyer|attorney|counsel|pollster|staffer|official|surrogate|campaign|son|daughter|wife|husband)\b/iu;
const DESCRIPTION = new RegExp(`\\bthe\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${ROLES.join('|')})\\b`, 'iu');

/** A role description next to the cue ("the Iranian president said"): its role word and nation, if any. */
function description(c: QuoteContext, s: number, e: number): { role: string; nation?: string } | null {
	const m = DESCRIPTION.exec(c.text.slice(s, e));
	if (!m || c.m.inQuote(s + m.index)) return null;
	const nation = m[1].split(/\s+/).map((w) => DEMONYMS[w.charAt(0).toUpperCase() + w.slice(1)]).find((x) => x);
	return { role: m[2].toLowerCase(), nation };
}

const bucket = (d: number) => (d < 25 ? 'd0' : d < 80 ? 'd1' : d < 200 ? 'd2' : d < 500 ? 'd3' : 'd4');

/** Candidates for one quotation, each with its features. The null candidate is always last. */
export function candidates(c: QuoteContext): Candidate[] {
	const qs = c.q.open, qe = c.q.close < 0 ? c.q.end : c.q.close + 1;
	const aEnd = afterEnd(c), bStart = beforeStart(c);
	const from = c.prevPara && c.q.opensParagraph ? c.prevPara.start : c.paraStart;
	const regionOf = (x: Mention): Region | null => {
		if (x.start >= qe && x.end <= aEnd) return 'after';
		if (x.start >= bStart && x.end <= qs) return 'before';
		if (x.start >= c.paraStart && x.end <= qs) return 'para';
		if (x.start >= from && x.end <= c.paraStart) return 'prevPara';
		if (x.start >= aEnd && x.end <= Math.min(c.paraEnd, aEnd + 300)) return 'later';
		return null;
	};
	const cueA = hasCue(c, qe, aEnd), cueB = hasCue(c, bStart, qs);
	const pro = pronounCue(c, qe, aEnd) ?? (cueA ? null : pronounCue(c, bStart, qs));
	const desc = description(c, qe, aEnd) ?? (cueA ? null : description(c, bStart, qs));
	const colon = /:\s*$/.test(c.text.slice(Math.max(bStart, qs - 4), qs));
	const ctx = `${cueA ? 'A' : ''}${cueB ? 'B' : ''}${colon ? 'C' : ''}` || 'none';
	const byEnt = new Map<Ent, Features>();
	const feats = (e: Ent) => { let f = byEnt.get(e); if (!f) byEnt.set(e, (f = {})); return f; };
	const lists = [c.m.within(c.m.people, from, Math.min(c.paraEnd, aEnd + 300)), c.m.within(c.m.groups, from, Math.min(c.paraEnd, aEnd + 300)).filter((x) => !c.m.inQuote(x.start))];
	let firstAfter: Mention | null = null, lastBefore: Mention | null = null;
	for (const list of lists) for (const x of list) {
		const r = regionOf(x);
		if (!r) continue;
		const f = feats(x.e);
		f[`in:${r}`] = 1;
		f[`in:${r}:${ctx}`] = 1;
		if (x.cue) { f[`cue:${r}`] = 1; }
		if (x.subject) f[`subj:${r}`] = 1;
		const d = r === 'after' || r === 'later' ? x.start - qe : qs - x.end;
		const key = `dist:${bucket(d)}`;
		f[key] = 1;
		if (r === 'after' && (!firstAfter || x.start < firstAfter.start)) firstAfter = x;
		if ((r === 'before') && (!lastBefore || x.start > lastBefore.start)) lastBefore = x;
	}
	// Recency among the people named before the quote: "he said" usually means one of the last two.
	const before = c.m.recent(c.m.people, qs, 40).filter((x) => x.start >= from);
	const rank = new Map<Ent, number>(), srank = new Map<Ent, number>();
	for (const x of before) {
		if (!rank.has(x.e)) rank.set(x.e, rank.size);
		if (x.subject && !srank.has(x.e)) srank.set(x.e, srank.size);
	}
	// "said Smith campaign spokesman Jane Doe", "Smith's aide Jane Doe": the first name only modifies the speaker.
	for (const list of lists) for (const x of list) {
		if (regionOf(x) && POSSESSOR.test(c.text.slice(x.end, x.end + 60))) feats(x.e)[`poss:${regionOf(x)}`] = 1;
	}
	// "he told Hannity", "she said to Smith": the one spoken to, named right after the cue, is the listener;
	// "he said of Trump" names whom the words are about, the same feature.
	for (const list of lists) for (const x of list) {
		const r = regionOf(x);
		const clause = r === 'after' && x.start - qe < 60 && !/[.!?]\s/.test(c.text.slice(qe, x.start));
		if (clause && /\b(?:told|tells|telling|asked|asks|informed|assured|reminded|urged|said to|says to|replied to|wrote to|said of|says of|said about|says about|wrote of|wrote about|speaking of|talking about)\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(0, x.start - 30), x.start))) feats(x.e).listener = 1;
	}
	// The name that closes the clause after the quote is the head of "said [X's] spokesman NAME".
	const tail = lists.flat().filter((x) => regionOf(x) === 'after' && /^[\s.,;:!?)”"]*$/.test(c.text.slice(x.end, aEnd)) && !/^['’]s/.test(c.text.slice(x.end, x.end + 2)));
	// The one spoken to or about closes no attribution clause and is no first name after the quote's cue.
	const heard = (e: Ent) => byEnt.get(e)?.listener === 1;
	for (const f of byEnt.values()) if (f.listener) { delete f['subj:after']; delete f['cue:after']; }
	for (const x of tail) { if (heard(x.e)) continue; const f = feats(x.e); f['lastAfter'] = 1; f[`lastAfter:${ctx}`] = 1; }
	if (firstAfter && !heard(firstAfter.e)) { const f = feats(firstAfter.e); f['firstAfter'] = 1; f[`firstAfter:${ctx}`] = 1; if (firstAfter.cue) f['firstAfter:cue'] = 1; }
	if (lastBefore) { const f = feats(lastBefore.e); f['lastBefore'] = 1; f[`lastBefore:${ctx}`] = 1; if (lastBefore.cue) f['lastBefore:cue'] = 1; }
	const add = (e: Ent | null | undefined) => { if (e) feats(e); };
	add(c.rule.speaker);
	add(c.prev?.e);
	const out: Candidate[] = [];
	const para = c.q.paragraph;
	for (const [e, f] of byEnt) {
		f[`kind:${e.kind}`] = 1;
		f[`kind:${e.kind}:${ctx}`] = 1;
		if (c.rule.speaker === e) { f['rule'] = 1; f[`rule:${c.rule.via}`] = 1; f[`rule:${c.rule.via}:${e.kind}`] = 1; }
		if (c.prev?.e === e) {
			f['prev'] = 1;
			f[`prev:${ctx}`] = 1;
			f[`prev:${para === c.prev.paragraph ? 'same' : para - c.prev.paragraph === 1 ? 'next' : 'far'}${c.q.opensParagraph ? ':opens' : ''}`] = 1;
		}
		const r = rank.get(e), sr = srank.get(e);
		const rk = r === undefined ? 'rn' : `r${Math.min(r, 2)}`;
		f[rk] = 1;
		f[`${rk}:${ctx}`] = 1;
		if (sr !== undefined) f[`sr${Math.min(sr, 2)}`] = 1;
		if (pro) {
			const fit = pro === 'he' || pro === 'she' ? (e.kind !== 'people' ? 'org' : !e.gender ? 'unk' : (e.gender === 'm') === (pro === 'he') ? 'yes' : 'no') : e.kind === 'groups' ? 'yes' : 'person';
			f[`pro:${fit}`] = 1;
			f[`pro:${fit}:${rk}`] = 1;
			if (sr !== undefined) f[`pro:${fit}:sr${Math.min(sr, 2)}`] = 1;
		}
		if (desc) {
			const holds = [...e.roles].some((r) => r.includes(desc.role) || desc.role.includes(r));
			f[`desc:role:${holds ? 'yes' : e.roles.size ? 'other' : 'none'}`] = 1;
			if (desc.nation) f[`desc:nation:${e.nation === desc.nation ? 'yes' : e.nation ? 'no' : 'unk'}`] = 1;
			if (desc.nation && e.nation && e.nation !== desc.nation) f['clash'] = 1;
		}
		const n = c.counts.get(e) ?? 1;
		f['salience'] = Math.log1p(n) / 3;
		if (e === c.top) f['top'] = 1;
		if (e.roles.size) f['role'] = 1;
		if (!Object.keys(f).some((k) => k.startsWith('in:'))) f['absent'] = 1;
		out.push({ e, f });
	}
	const nf: Features = { null: 1, [`null:${ctx}`]: 1 };
	if (!c.rule.speaker) { nf['null:rule'] = 1; nf[`null:rule:${c.rule.via}`] = 1; }
	if (!out.length) nf['null:alone'] = 1;
	out.push({ e: null, f: nf });
	return out;
}

// An agreement constraint, not learned: the training news (US elections) has no "the Iranian president said"
// beside a Russian one, so no weight could be learned for a clash of nations.
const CLASH = -6;

/** Linear score of a candidate. */
export function score(f: Features, w: Weights): number {
	let s = (f.clash ?? 0) * CLASH;
	for (const k in f) s += (w[k] ?? 0) * f[k];
	return s;
}

/** Softmax probabilities over the candidates' scores. */
export function probabilities(cands: Candidate[], w: Weights): number[] {
	const s = cands.map((c) => score(c.f, w));
	const mx = Math.max(...s);
	const ex = s.map((x) => Math.exp(x - mx));
	const z = ex.reduce((a, b) => a + b, 0);
	return ex.map((x) => x / z);
}

/** The best candidate and its probability (the confidence card makers gate on). */
export function pick(cands: Candidate[], w: Weights): { e: Ent | null; confidence: number; index: number } {
	const p = probabilities(cands, w);
	let best = 0;
	for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
	return { e: cands[best].e, confidence: p[best], index: best };
}
