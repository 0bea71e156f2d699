/** Step 3: capitalised-span chunking — candidate names with offsets, titles split off. */
import { CLAUSE_CAPS, JOINERS, NON_ENTITY_HEADS, NON_NAME_CAPS, STOP_CAPS } from '../model/words';
import { ORG_HEADS } from '../model/organisations';
import { FIRST_NAMES, ROLES, TITLES } from '../model/people';
import { DEMONYMS } from '../model/countries';
import type { Sentence, Span } from '../types';

/** A candidate name span, with the title and demonym words found just before it. */
export interface Chunk extends Span {
	/** Title words that preceded the name ("President", "Sen."). */
	title: string[];
	/** Country of a demonym before the name ("Iranian President X" -> Iran). */
	nation?: string;
	/** Lower-case role word right before the name ("minister Matt Hancock"). */
	role?: string;
	sentence: number;
	/** True when the span starts its sentence (capital letter not informative). */
	initial: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(w);

interface Tok { w: string; s: number; e: number }

/** Words of one sentence, with possessive endings and trailing periods cut off. */
function tokens(text: string, sent: Sentence): Tok[] {
	const out: Tok[] = [];
	WORD.lastIndex = 0;
	for (let m = WORD.exec(sent.text); m; m = WORD.exec(sent.text)) {
		let w = m[0];
		const s = sent.start + m.index;
		if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !(w in TITLES) && !/^\p{Lu}$/u.test(w.slice(0, -1))) w = w.slice(0, -1);
		const poss = /[’']s?$/u.exec(w);
		if (poss && w.length > poss[0].length + 1) w = w.slice(0, -poss[0].length);
		out.push({ w, s, e: s + w.length });
	}
	return out;
}

/** True when only plain spaces (or nothing) separate two offsets. */
const gapOk = (text: string, a: number, b: number) => b - a <= 2 && /^[ \u00a0]?$/.test(text.slice(a, b)) && b >= a;

/** Candidate capitalised spans of every sentence, with titles and demonyms peeled off the front. */
export function findChunks(text: string, sentences: Sentence[]): Chunk[] {
	const out: Chunk[] = [];
	for (const sent of sentences) {
		const toks = tokens(text, sent);
		let i = 0;
		while (i < toks.length) {
			if (!isCap(toks[i].w)) { i++; continue; }
			let j = i;
			while (j + 1 < toks.length && gapOk(text, toks[j].e, toks[j + 1].s) && text[toks[j].e] !== '’' && text[toks[j].e] !== "'") {
				const nx = toks[j + 1].w;
				if (isCap(nx) && !CLAUSE_CAPS.has(nx)) { j++; continue; }
				if (JOINERS.has(nx) && j + 2 < toks.length && isCap(toks[j + 2].w) && gapOk(text, toks[j + 1].e, toks[j + 2].s)) { j += 2; continue; }
				if (/^(?:of|for)$/.test(nx) && toks[j + 2]?.w === 'the' && j + 3 < toks.length && isCap(toks[j + 3].w)) { j += 3; continue; }
				break;
			}
			// "the Indian army": a demonym with a lower-case armed-service noun names the institution.
			if (DEMONYMS[toks[j].w] && /^(?:army|navy)$/.test(toks[j + 1]?.w ?? '') && gapOk(text, toks[j].e, toks[j + 1].s)) j++;
			const k = personStart(toks, i, j);
			if (k > i) {
				// "Trade Commission Ann Lee": an organisation (kept) or a descriptor (dropped) before a name.
				if (ORG_HEADS.has(toks[k - 1].w)) emit(out, text, toks, i, k - 1, sent);
				emit(out, text, toks, k, j, sent, toks[k - 1].w.toLowerCase());
			} else emit(out, text, toks, i, j, sent);
			i = j + 1;
		}
	}
	return out;
}

/** Splits one run into title / demonym prefix and name, and records the chunk. */
function emit(out: Chunk[], text: string, toks: Tok[], i: number, j: number, sent: Sentence, descriptor?: string): void {
	// Only the first word can start its sentence (any earlier word holds a letter or digit), so the slice stays short.
	const initial = i === 0 && /^[\s"“‘'(]*$/.test(text.slice(sent.start, toks[i].s));
	let a = i;
	const title: string[] = [];
	let nation: string | undefined;
	const orgLike = NON_ENTITY_HEADS.has(toks[j].w) || /^(?:army|navy)$/.test(toks[j].w) || toks.slice(i, j + 1).some((t, k) => ORG_HEADS.has(t.w) && (i + k === j || toks[i + k + 1]?.w === 'of' || toks[i + k + 1]?.w === 'for'));
	while (a <= j && ((STOP_CAPS.has(toks[a].w) && !(toks[a].w === 'New' && a < j) && !(toks[a].w === 'Will' && a < j && !initial)) || (!orgLike && (toks[a].w in TITLES || DEMONYMS[toks[a].w])))) {
		if (toks[a].w in TITLES && !STOP_CAPS.has(toks[a].w)) title.push(toks[a].w);
		else if (DEMONYMS[toks[a].w]) nation = DEMONYMS[toks[a].w];
		else title.length = 0;
		a++;
	}
	// "Martin Luther King Jr": a generational suffix closes a name, so a title word inside it is part of the name.
	const suffixed = /^(?:Jr|Sr|II|III|IV)\.?$/.test(toks[j].w);
	for (let k = j - 1; k > a && !orgLike && !suffixed; k--) if (toks[k].w in TITLES && !STOP_CAPS.has(toks[k].w)) { title.push(toks[k].w); a = k + 1; break; }
	if (title.length && a < j && /^(?:of|for)$/.test(toks[a].w)) {
		// "Minister of the Interior" is an office; a name may follow it ("Secretary of State Ann Lee").
		const rest = j - a - (toks[a + 1].w === 'the' ? 1 : 0);
		if (rest < 2 || (rest === 2 && !FIRST_NAMES[toks[j - 1].w])) return;
		a = rest === 2 ? j - 1 : Math.max(a + 2, j - 1);
	}
	while (a <= j && JOINERS.has(toks[a].w)) a++;
	// "Pollster Ann Selzer", "Follow Ian Hale": a sentence-initial common word before a first name is no part of the name.
	if (initial && a === i && j - a >= 2 && FIRST_NAMES[toks[a + 1].w] && !FIRST_NAMES[toks[a].w] && isCommonWord(toks[a].w, text)) a++;
	// "Ted Cruz of Texas", "a Republican of Ohio": a person's name or party ends before "of".
	let of = -1;
	for (let k = a + 1; k < j && of < 0; k++) if (toks[k].w === 'of') of = k;
	// "Jeffrey Lewis of the James Martin Center": a first name and surname, no organisation word, before "of" is a person of it.
	const personOf = of > a + 1 && of <= a + 3 && !!FIRST_NAMES[toks[a].w] && !toks.slice(a, of).some((t) => ORG_HEADS.has(t.w) || NON_ENTITY_HEADS.has(t.w));
	if (of > 0 && (!orgLike || personOf) && ((FIRST_NAMES[toks[a].w] && of > a + 1) || (PARTY_MEMBER.test(toks[a].w) && of === a + 1)) && toks.slice(a, of).every((t) => isCap(t.w))) {
		emit(out, text, toks, of + (toks[of + 1]?.w === 'the' ? 2 : 1), j, sent);
		j = of - 1;
	}
	// "Washington Post Staff Writer": a byline's job words are no part of the outlet's name.
	if (j > a + 1 && toks[j].w === 'Writer' && toks[j - 1].w === 'Staff') j -= 2;
	else if (j > a && toks[j].w === 'Correspondent') j--;
	while (j >= a && (JOINERS.has(toks[j].w) || toks[j].w === 'the' || (j > a && DISEASE.test(toks[j].w)) || STOP_CAPS.has(toks[j].w) || (j > a && toks[j].w in TITLES && !orgLike))) j--;
	if (j === a && (NON_NAME_CAPS.has(toks[a].w) || /[’']\p{Ll}{1,2}$/u.test(toks[a].w))) return;
	if (j < a) return;
	const prev = i > 0 ? toks[i - 1] : undefined;
	const role = descriptor ?? (prev && /^\p{Ll}/u.test(prev.w) && gapOk(text, prev.e, toks[i].s) ? roleBefore(toks, i, text) : undefined);
	const s = toks[a].s, e = toks[j].e;
	out.push({ text: text.slice(s, e), start: s, end: e, title, nation, role, sentence: sent.index, initial: initial && a === i });
}

/** A lower-case role right before a name, one or two words ("press secretary Ann Lee"), if it is a known role. */
function roleBefore(toks: Tok[], i: number, text: string): string | undefined {
	const one = toks[i - 1].w.toLowerCase();
	const two = i > 1 && gapOk(text, toks[i - 2].e, toks[i - 1].s) ? toks[i - 2].w.toLowerCase() + ' ' + one : '';
	if (ROLE_SET.has(two)) return two;
	return ROLE_SET.has(one) ? one : undefined;
}
const ROLE_SET = new Set(ROLES);

let lowerOf = '';
let lowerSet = new Set<string>();
/** Lower-case words of the text (built once per document, on first use). */
export function lowerWords(text: string): Set<string> {
	if (text !== lowerOf) { lowerOf = text; lowerSet = new Set(text.match(/(?<![\p{L}’'])\p{Ll}+(?![\p{L}’'])/gu) ?? []); }
	return lowerSet;
}

/** A word that is a known role or also appears in lower case in the text. */
function isCommonWord(w: string, text: string): boolean {
	const l = w.toLowerCase();
	return ROLE_SET.has(l) || lowerWords(text).has(l);
}

// "Pfizer Covid-19 vaccine": a disease name after a company is no part of its name.
const DISEASE = /^(?:Covid|COVID|Coronavirus|Ebola|Mpox|Zika)(?:-\d+)?$/;
const PARTY_MEMBER = /^(?:Republican|Democrat|Conservative|Liberal|Socialist|Independent|Tory)$/;

/** Where a known first name starts a one- or two-word name at the end of a longer run (else `i`). */
function personStart(toks: Tok[], i: number, j: number): number {
	if (ORG_HEADS.has(toks[j].w) || NON_ENTITY_HEADS.has(toks[j].w)) return i;
	for (let k = Math.max(i + 1, j - 2); k < j; k++) {
		const prev = toks[k - 1].w;
		if (FIRST_NAMES[toks[k].w] && (ORG_HEADS.has(prev) || PARTY_MEMBER.test(prev)) && toks.slice(k, j + 1).every((t) => isCap(t.w))) return k;
	}
	return i;
}
