/** Step 1: the deck-wide view the card builders share: articles with sentences, quote ranges, gazetteer indexes. */
import { readArticle } from '../extract/01-read';
import { splitParagraphs, splitSentences } from '../extract/02-sentences';
import { normalise, slugId } from '../../deck/ids';
import { COUNTRIES, CITIES, REGIONS, ORGS } from '../model/gazetteer';
import type { Facts, Sentence } from '../types';

/** An article ready for card building; offsets are into `content`, deck offsets subtract `bodyStart`. */
export interface Art {
	index: number;
	id: string;
	title: string;
	date: string | null;
	content: string;
	text: string;
	bodyStart: number;
	sentences: Sentence[];
	facts: Facts;
	/** Character ranges (into content) that lie inside quotation marks. */
	quoted: [number, number][];
}

/** A gazetteer place: level, area (region or country), canonical name, other names, demonyms. */
export interface Place {
	level: string;
	area: string;
	name: string;
	alts: string[];
	demonyms: string[];
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim()).map((l) => l.split('|'));

/** Gazetteer places keyed by every normalised name. */
export const PLACES = new Map<string, Place>();
/** Gazetteer organisations keyed by every normalised name. */
export const ORG_INDEX = new Map<string, { name: string; kind: string; alts: string[] }>();
for (const [name, region, dem, alt] of lines(COUNTRIES)) {
	const p = { level: 'country', area: region, name, alts: alt ? alt.split(';') : [], demonyms: dem.split(';') };
	for (const n of [name, ...p.alts]) PLACES.set(normalise(n), p);
}
for (const [level, src] of [['city', CITIES], ['region', REGIONS]] as const) {
	for (const [name, country] of lines(src)) {
		if (!PLACES.has(normalise(name))) PLACES.set(normalise(name), { level, area: country, name, alts: [], demonyms: [] });
	}
}
/** Countries keyed by their demonyms ("Iraqi" → Iraq). */
export const DEMONYM_COUNTRY = new Map<string, string>();
for (const p of PLACES.values()) if (p.level === 'country') for (const d of p.demonyms) if (d) DEMONYM_COUNTRY.set(d, p.name);

/**
 * True when `text` names the country a place answer lies in, one of its other cities, or its demonym ("Iraqi
 * diplomats … in ____" → Baghdad; "the Vancouver Sun … ____" → Canada): the prompt gives the place away.
 */
export function namesCountryOf(text: string, answer: { name: string; level: string; area?: string }): boolean {
	const country = answer.level === 'country' ? answer.name : answer.area;
	if (!country) return false;
	const caps = [...text.matchAll(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}/gu)].map((m) => m[0]);
	for (const run of caps) {
		const ws = run.split(/\s+/);
		for (let i = 0; i < ws.length; i++)
			for (let j = i + 1; j <= ws.length; j++) {
				const t = ws.slice(i, j).join(' ').replace(/['’]s$/, '');
				if (DEMONYM_COUNTRY.get(t) === country) return true;
				const p = PLACES.get(normalise(t));
				if (!p || p.name === answer.name) continue;
				if ((p.level === 'city' || p.level === 'region') && p.area === country) return true;
				if (p.level === 'country' && p.name === country) return true;
			}
	}
	return false;
}

for (const [name, kind, acr] of lines(ORGS)) {
	const o = { name, kind, alts: acr ? acr.split(';') : [] };
	for (const n of [name, ...o.alts]) ORG_INDEX.set(normalise(n), o);
}

/** Ranges inside quotation marks (curly or straight, per paragraph). */
export function quotedRanges(text: string, from: number): [number, number][] {
	const out: [number, number][] = [];
	let open = -1;
	let straight = false;
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' && text[i + 1] === '\n' && open >= 0) {
			out.push([open, i]);
			open = -1;
		} else if (c === '“' || (c === '"' && open < 0)) {
			open = i;
			straight = c === '"';
		} else if ((c === '”' && open >= 0 && !straight) || (c === '"' && open >= 0)) {
			out.push([open, i + 1]);
			open = -1;
		}
	}
	if (open >= 0) out.push([open, text.length]);
	return out;
}

/** "ST. LOUIS (AP) — ", "Geneva, Switzerland - ", "PRETORIA, Aug 25 - ": a dateline opening a paragraph. */
export const DATELINE = /^[\p{Lu}][\p{L}.'’-]*(?:,?\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}\p{Ll}{2}\.?\s+\d{1,2})?\s*(?:\([\p{L} .&-]{1,30}\))?\s*[–—―-]{1,2}\s+(?=["“]?\p{Lu})/u;

/** "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - …": a capitals heading run into a paragraph. */
const HEADING = /^[\p{Lu}\d][\p{Lu}\d\s,.'’&-]{8,100}?\s[–—―-]{1,2}\s+(?=["“]?\p{Lu}\p{Ll})/u;

/** Sentences with a paragraph-opening dateline cut off, so no prompt or blank includes it. */
function withoutDatelines(sentences: Sentence[]): Sentence[] {
	return sentences.map((s, i) => {
		const m = i > 0 && sentences[i - 1].paragraph === s.paragraph ? null : DATELINE.exec(s.text) ?? HEADING.exec(s.text);
		return m && m[0].length < s.text.length - 20 ? { ...s, text: s.text.slice(m[0].length), start: s.start + m[0].length } : s;
	});
}

/** Reads an input into an Art, given the facts the extraction engine found in it. */
export function makeArt(index: number, content: string, facts: Facts, file?: string, date?: string): Art {
	const read = readArticle(content, { date });
	const sentences = withoutDatelines(facts.sentences ?? splitSentences(read.text, splitParagraphs(read.text, read.bodyStart)));
	const base = file ? file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '') : read.title;
	return {
		index,
		id: slugId(base, read.title),
		title: read.title.replace(/\s+/g, ' ').slice(0, 200) || base,
		date: read.date,
		content,
		text: read.text,
		bodyStart: read.bodyStart,
		sentences,
		facts,
		quoted: quotedRanges(read.text, read.bodyStart)
	};
}

/**
 * Where the headline line ends (offset in `art.text`), or the body start when the first line reads as the lede
 * itself: longer than a headline, or a full sentence with an article and no headline colon ("Pezeshkian and Putin
 * discussed the latest developments in Syria on the phone on Monday."), not "Ex-CIA chief in Benghazi breaks silence".
 */
export function headlineEnd(art: Art): number {
	// Asked once per card by the worth filter: computed once per article.
	let end = HEADLINE_END.get(art);
	if (end === undefined) HEADLINE_END.set(art, (end = findHeadlineEnd(art)));
	return end;
}

const HEADLINE_END = new WeakMap<Art, number>();

/** `headlineEnd` without the cache. */
function findHeadlineEnd(art: Art): number {
	const line = /^\s*([^\n]*)/.exec(art.text.slice(art.bodyStart, art.bodyStart + 2000));
	if (!line) return art.bodyStart;
	const t = line[1].trim();
	const words = t.split(/\s+/).filter((w) => w.length > 3);
	const titleCase = words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
	const lede = t.length > 200 || (/[.!?]["”’)]?$/.test(t) && !titleCase && !/:\s/.test(t) && /\b(?:the|a|an)\b/i.test(t));
	return lede ? art.bodyStart : art.bodyStart + line[0].length;
}

/** Index of the last item starting at or before `at` in a list sorted by start and not overlapping (-1: none); a binary search keeps lookups from scanning long articles. */
function lastStartingBy<T>(list: T[], at: number, start: (t: T) => number): number {
	let lo = 0, hi = list.length - 1, r = -1;
	while (lo <= hi) { const mid = (lo + hi) >> 1; if (start(list[mid]) <= at) { r = mid; lo = mid + 1; } else hi = mid - 1; }
	return r;
}

/** The sentence of `art` holding offset `at`, if any. */
export function sentenceAt(art: Art, at: number): Sentence | undefined {
	const s = art.sentences[lastStartingBy(art.sentences, at, (x) => x.start)];
	return s && at < s.end ? s : undefined;
}

/** True when [start, end) lies inside quotation marks. */
export function inQuote(art: Art, start: number, end = start + 1): boolean {
	const q = art.quoted[lastStartingBy(art.quoted, start, (x) => x[0])];
	return !!q && end <= q[1];
}
