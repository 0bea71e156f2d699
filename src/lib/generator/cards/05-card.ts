/** Step 5: what every card builder shares: the candidate record, sources, and the "stands on its own" test. */
import type { Card, CardType } from '../../deck/schema';
import { inQuote, type Art } from './01-context';
import { acceptFor, type Ent } from './02-entities';
import type { Sentence } from '../types';
import { definedSubject } from './06-subject';

/** A card before ranking, with what the ranker needs to know about it. */
export interface Candidate {
	card: Card;
	art: number;
	/** Sentence index in its article (lead position). */
	sentence: number;
	/** Quality in [0, 1] from the builder. */
	quality: number;
	/** The entity the card's answer is (or is about), for quotas. */
	about?: Ent;
	/** Shipped only when the article would otherwise have fewer than five cards. */
	fallback?: boolean;
	/** A lede "who did it" card (09-actors): its prompt is a question, not a blank. */
	actor?: boolean;
}

/** A fact's `confidence` field: how sure extraction was of the answer (rounded), or nothing when it did not say. */
export function sure(x: number | undefined | null): { confidence?: number } {
	return x === undefined || x === null ? {} : { confidence: Math.round(x * 1000) / 1000 };
}

/** The card's `source`: the sentence with offsets relative to the deck article text. */
export function sourceOf(art: Art, s: Sentence): Card['source'] {
	return { articleId: art.id, sentence: s.text, start: s.start - art.bodyStart, end: s.end - art.bodyStart };
}

/** Tags of a card: its article's date when known. */
export function tagsOf(art: Art, type: CardType): string[] {
	return art.date ? [type, art.date] : [type];
}

const PRONOUN = /\b(he|she|him|his|her|hers|they|them|their|theirs|it|its|this|these|those|that)\b/i;
const VAGUE =
	/\b(the|this|that|these) (\w+ ){0,2}?(country|company|firm|group|party|president|minister|official|government|city|region|plan|deal|agreement|move|decision|organi[sz]ation|court|bill|law|ministry|agency|man|woman|leader|spokes(?:man|woman|person)|chief|head|premier|body|incident|attack|report|statement|measure|proposal|move|case|team|club|state|nation|side|pair|two|duo)\b/i;

// Each entity's mention starts per article, sorted (rebuilt if its mentions change), so a sentence's lookup is a binary search, not a scan of every mention.
const STARTS = new WeakMap<Ent, { n: number; byArt: Map<number, number[]> }>();

/** The first start of a mention of `e` in article `art` within [from, to), or -1. */
function firstMentionIn(e: Ent, art: number, from: number, to: number): number {
	let c = STARTS.get(e);
	if (!c || c.n !== e.mentions.length) {
		const byArt = new Map<number, number[]>();
		for (const m of e.mentions) {
			const l = byArt.get(m.art);
			if (l) l.push(m.start);
			else byArt.set(m.art, [m.start]);
		}
		for (const l of byArt.values()) l.sort((a, b) => a - b);
		c = { n: e.mentions.length, byArt };
		STARTS.set(e, c);
	}
	const l = c.byArt.get(art);
	if (!l) return -1;
	let lo = 0, hi = l.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (l[mid] < from) lo = mid + 1; else hi = mid; }
	return lo < l.length && l[lo] < to ? l[lo] : -1;
}

/**
 * True when the sentence makes sense alone: no pronoun or vague "the company" (outside quotes)
 * before the first named entity, and no opening "This"/"However"-style link to the previous sentence; `blank` is masked.
 */
export function standsAlone(art: Art, s: Sentence, ents: Ent[], blank?: [number, number]): boolean {
	const text = s.text;
	if (/^(this|that|these|those|such|however|but|meanwhile|also|it|he|she|they|there|then|yet|still|instead|moreover|furthermore|besides)\b/i.test(text)) return false;
	let firstEnt = Infinity;
	let firstPerson = Infinity;
	for (const e of ents) {
		const at = firstMentionIn(e, art.index, s.start, s.end);
		if (at < 0) continue;
		firstEnt = Math.min(firstEnt, at - s.start);
		if (e.kind === 'person') firstPerson = Math.min(firstPerson, at - s.start);
	}
	// The blanked words (a cloze's answer) are neither a name nor a vague description.
	// So is an opening vague subject the builders write out ("The agreement (the Gaza ceasefire) …").
	const d = definedSubject(art, s, ents);
	const masked = [...text].map((c, i) => ((d && i >= d.at && i < d.at + d.head.length) || inQuote(art, s.start + i) || (blank && s.start + i >= blank[0] && s.start + i < blank[1]) ? ' ' : c)).join('');
	// Case-sensitive: an all-caps "HE" is the honorific His Excellency, not a pronoun.
	const he = /\b([Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers)\b/.exec(masked);
	if (he && he.index < firstPerson) return false;
	const head = masked.slice(0, firstEnt === Infinity ? masked.length : firstEnt).replace(/\b[A-Z]{2,}\b/g, ' ');
	// "the northern city of Novi Sad" names what it describes.
	return !PRONOUN.test(head.replace(/\bthat\b/gi, (w, i: number) => (i > 0 ? 'xx' : w))) && !VAGUE.test(head.replace(/\b(the|this|that) (\w+ ){0,2}?\w+ of\s*[.!?]?\s*$/i, ''));
}

/** True when a sentence can be shown as a cloze: a full sentence, not a headline, bullet or dateline. */
export function clozeable(s: Sentence): boolean {
	if (/^[-•*–]|^[A-Z]{3,}[A-Z .]*,/.test(s.text)) return false;
	// A paragraph (not the headline's) left without its full stop still reads as a sentence when long and mostly lower-case.
	const ws = s.text.split(/\s+/);
	return /[.!?]["”’)]?$/.test(s.text) || (s.paragraph > 0 && ws.length >= 12 && ws.filter((w) => /^\p{Ll}/u.test(w)).length >= ws.length * 0.6 && /\b(is|are|was|were|has|have|had|will|\w+ed)\b/.test(s.text));
}

/**
 * A long sentence (or, with `noQuotes`, one quoting after the blank) cut at the first clause boundary after offset
 * `from` ("…, stating that …"), ending in "."; null when that fails. Keep the original sentence for the card's source.
 */
export function clipSentence(s: Sentence, from: number, max = 40, noQuotes = false): Sentence | null {
	const quoted = (t: string) => noQuotes && /["“”]/.test(t);
	if (words(s.text) <= max && !quoted(s.text)) return s;
	const m = /,\s+(?:stating|saying|adding|which|who|after|as|while|but|where)\b/.exec(s.text.slice(from));
	if (!m) return null;
	const text = s.text.slice(0, from + m.index);
	return words(text) >= 7 && words(text) <= max && !quoted(text) ? { ...s, text: `${text}.`, end: s.start + from + m.index } : null;
}

/** The "when/after/because …" clause of `s` holding offset `at`, as a sentence of its own ("… began when the Justice Department filed …"). */
export function subClause(s: Sentence, at: number): Sentence | null {
	let from = -1;
	for (const m of s.text.matchAll(/\b(?:when|after|because)\s+(?=(?:[Tt]he\s+)?\p{Lu})/gu)) if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
	const text = from < 0 ? '' : s.text.slice(from);
	// "… stop such attacks": a clause pointing back at the rest of the sentence does not stand alone.
	return words(text) >= 8 && !/\b(such|these|those|this)\b(?! as)/i.test(text) ? { ...s, text: text.charAt(0).toUpperCase() + text.slice(1), start: s.start + from } : null;
}

/** Word count of a text. */
export function words(s: string): number {
	return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export const STOP = new Set(
	'a an the and or but of to in on at for with by from as is are was were be been being it its this that these those we our us i my you your he she they them their his her will would can could should may might must not no do does did have has had so if than then there here what which who whom whose when where why how all any some very more most also just about into over up out'.split(' ')
);

// Words too common to tie a sentence to a story.
const BLAND = new Set('said says people going think know want get got like one two really thing things lot way time'.split(' '));

/** The content words of a text that can tie it to a story's subject (lower case, no stop or bland words). */
export function topicalWords(t: string): Set<string> {
	return new Set((t.toLowerCase().match(/\p{L}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => !STOP.has(w) && !BLAND.has(w)));
}

/** Number of content (non-stop) words. */
export function contentWords(s: string): number {
	return s.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 1 && !STOP.has(w)).length;
}

/** Token Jaccard similarity of two texts' content words. */
export function jaccard(a: string, b: string): number {
	const set = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
	const x = set(a);
	const y = set(b);
	let inter = 0;
	for (const w of x) if (y.has(w)) inter++;
	return inter / Math.max(1, x.size + y.size - inter);
}

/** A card whose answer is an entity (a cloze blank, a "who did it", an office): answer, accepted forms, choices and fact. */
export function entityCard(art: Art, ent: Ent, type: CardType, prompt: string, id: string, source: Sentence, text: string, choices: string[] | undefined): Card {
	return {
		id,
		type,
		prompt,
		answer: ent.name,
		accept: acceptFor(ent),
		choices,
		tags: tagsOf(art, type),
		source: sourceOf(art, source),
		fact: { kind: ent.kind, name: ent.name, text, ...sure(ent.confidence) }
	};
}
