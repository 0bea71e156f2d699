/** Step 6: the deck-wide view the card builders share: articles with sentences, quote ranges and merged entities. */
import { readArticle } from './01-read';
import { splitParagraphs, splitSentences } from './02-sentences';
import { normalise, slugId } from '../deck/ids';
import { COUNTRIES, CITIES, REGIONS, ORGS, LEADERS } from './model/gazetteer';
import { FIRST_NAMES, ROLES, TITLES } from './model/people';
import type { Facts, Sentence } from './types';

/** Kinds of entity a card can ask about. */
export type EntKind = 'person' | 'place' | 'group';

/** One entity merged across the deck's articles ("Putin" and "Vladimir Putin" are one person). */
export interface Ent {
	kind: EntKind;
	/** Canonical (fullest) name. */
	name: string;
	/** Every surface form and alias, as written. */
	forms: string[];
	/** Normalised forms that would give the entity away (names, surname, acronym, demonym). */
	giveaways: string[];
	mentions: { art: number; start: number; end: number }[];
	/** country / city / region / other for places; igo, court, party… for groups. */
	level: string;
	/** Region (for countries) or country (for cities and regions), from the gazetteer. */
	area?: string;
	/** Lowest sentence index of any mention (salience by position). */
	first: number;
	/** Number of quotes attributed to it. */
	quotes: number;
	/** For people: the name looks like a person's (known first name or leader, no organisation words). */
	human: boolean;
	/** The extraction engine saw a role or gender for this person. */
	described: boolean;
}

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

interface Place {
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
for (const [name, kind, acr] of lines(ORGS)) {
	const o = { name, kind, alts: acr ? acr.split(';') : [] };
	for (const n of [name, ...o.alts]) ORG_INDEX.set(normalise(n), o);
}

const GROUP_KINDS: [RegExp, string][] = [
	[/\b(party|front|alliance|movement|league|union of|labour|conservatives?|tor(y|ies)|democrats|republicans|greens|liberals?|socialists|coalition)\b/i, 'party'],
	[/\bhouse of\b|\b(knesset|duma|bundestag|senate|parliament|national assembly|congress)\b/i, 'gov'],
	[/\b(court|tribunal)\b/i, 'court'],
	[/\b(bank|reserve)\b/i, 'bank'],
	[/\b(ministry|department|office|commission|agency|authority|council|parliament|senate|assembly|police|army|military|forces|service|committee|government|cabinet|administration)\b/i, 'gov'],
	[/\b(inc|corp|ltd|plc|airlines?|group|company|motors|holdings)\b/i, 'company'],
	[/\b(times|news|post|press|tv|television|radio|herald|journal|agency)\b/i, 'media']
];

/** Level of a place or kind of a group, from the gazetteer or the name's head word. */
function classify(kind: EntKind, forms: string[]): { level: string; area?: string; canon?: string; alts: string[]; dem?: string[] } {
	for (const f of forms) {
		if (kind === 'place') {
			const p = PLACES.get(normalise(f));
			if (p) return { level: p.level, area: p.area, canon: p.name, alts: p.alts, dem: p.demonyms };
		} else if (kind === 'group') {
			const o = ORG_INDEX.get(normalise(f));
			if (o) return { level: o.kind, canon: o.name, alts: o.alts };
		}
	}
	if (kind === 'group') for (const [re, k] of GROUP_KINDS) if (forms.some((f) => re.test(f))) return { level: k, alts: [] };
	return { level: kind === 'person' ? 'person' : 'other', alts: [] };
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

/** Reads an input into an Art, given the facts the extraction engine found in it. */
export function makeArt(index: number, content: string, facts: Facts, file?: string, date?: string): Art {
	const read = readArticle(content, { date });
	const sentences = splitSentences(read.text, splitParagraphs(read.text, read.bodyStart));
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

/** The sentence of `art` holding offset `at`, if any. */
export function sentenceAt(art: Art, at: number): Sentence | undefined {
	return art.sentences.find((s) => s.start <= at && at < s.end);
}

/** True when [start, end) lies inside quotation marks. */
export function inQuote(art: Art, start: number, end = start + 1): boolean {
	return art.quoted.some(([a, b]) => a <= start && end <= b);
}

const surname = (n: string) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).pop() ?? n;

/** True when two person names can be one person: one's tokens contain the other's, same surname. */
function samePerson(a: string, b: string): boolean {
	const ta = normalise(a).split(' ');
	const tb = normalise(b).split(' ');
	const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
	return short[short.length - 1] === long[long.length - 1] && short.every((t) => long.includes(t));
}

const NOT_HUMAN = /\b(tahrir|takfiri|brigades?|militia|asian|african|european|american|arab|ambassador|interior|hurricane|storm|fever|virus|cap|africa|america|asia|europe|thai|officer|governor|court|community|council|commission|party|ministry|news|social|covid|vaccine|group|agency|bank|union|congress|committee|institute|university|airlines?|corp|inc|ltd|times|post|department|office|authority|federation|league|association|forces|army)\b/i;
const ROLE_WORDS = new Set(ROLES.flatMap((r) => r.split(' ')));
const LEADER_NAMES = LEADERS.split('\n').map((l) => l.split('|')[0]);

/** A person's name without leading titles ("CJI Chandrachud" → "Chandrachud"). */
function stripTitles(name: string): string {
	const parts = name.split(/\s+/);
	const title = (w: string) => w in TITLES || ROLE_WORDS.has(w.toLowerCase()) || /^(CJI|PM|Vice|Deputy|Health|Home|Foreign|Interior|Defence|Defense|Former|Opposition|Acting|Chief|Justice)$/i.test(w);
	let cut = -1;
	parts.forEach((w, i) => {
		if (i < parts.length - 1 && title(w) && parts.slice(0, i).every((x) => title(x) || /^[A-Z.]{2,6}$|^\p{Lu}/u.test(x))) cut = i;
	});
	return parts.slice(cut + 1).join(' ');
}

/** The full name of a surname-only person from the bundled leaders, when exactly one leader matches. */
function fullLeaderName(name: string): string {
	if (name.includes(' ') || name.length < 4) return name;
	const hits = LEADER_NAMES.filter((l) => normalise(l).endsWith(' ' + normalise(name)));
	return hits.length === 1 ? hits[0] : name;
}

/** True when a person entity's name reads as a human name. */
function looksHuman(e: Ent): boolean {
	if (NOT_HUMAN.test(e.name) || PLACES.has(normalise(e.name)) || normalise(e.name).split(' ').some((w) => ORG_INDEX.has(w))) return false;
	const first = e.name.split(/\s+/)[0];
	if (!/\p{Ll}/u.test(e.name)) return false;
	const proper = /^\p{Lu}[\p{Ll}’'-]+( (\p{Lu}[\p{Ll}’'.-]*|al-\p{Lu}\p{Ll}+|bin|de|da|dos|van|von|der))+$/u.test(e.name);
	const single = /^\p{Lu}\p{Ll}{2,}$/u.test(e.name);
	return first in FIRST_NAMES || LEADER_NAMES.includes(e.name) || (e.quotes > 0 && (proper || single)) || (e.described && proper);
}

/** Merges the entities of all articles into one list (order-independent: fullest names first). */
export function indexEntities(arts: Art[]): Ent[] {
	type Raw = { kind: EntKind; name: string; forms: string[]; mentions: Ent['mentions']; art: Art; described: boolean };
	const raws: Raw[] = [];
	for (const art of arts) {
		const add = (kind: EntKind, list: Facts['people']) => {
			for (const e of list) {
				if (!e.name || !e.name.trim()) continue;
				raws.push({ kind, name: e.name.trim(), forms: [e.name, ...e.mentions.map((m) => m.text)], mentions: e.mentions.map((m) => ({ art: art.index, start: m.start, end: m.end })), art, described: !!(e.role || e.gender) });
			}
		};
		add('person', art.facts.people);
		add('place', art.facts.places);
		add('group', art.facts.groups);
	}
	raws.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const out: Ent[] = [];
	for (const r of raws) {
		const cls = classify(r.kind, r.forms);
		const name = cls.canon ?? (r.kind === 'person' ? fullLeaderName(stripTitles(r.name)) : r.name);
		const bare = (n: string) => normalise(n).replace(/ (inc|corp|co|ltd|plc|llc)$/, '');
		const hit = out.find((e) => e.kind === r.kind && (bare(e.name) === bare(name) || (r.kind === 'person' && samePerson(e.name, name)) || e.forms.some((f) => normalise(f) === normalise(name))));
		const ent = hit ?? { kind: r.kind, name, forms: [name], giveaways: [...(cls.dem ?? [])], mentions: [], level: cls.level, area: cls.area, first: 1e9, quotes: 0, human: false, described: false };
		if (!hit) out.push(ent);
		for (const f of [...r.forms, ...cls.alts]) if (!ent.forms.some((g) => normalise(g) === normalise(f))) ent.forms.push(f.trim());
		ent.mentions.push(...r.mentions);
		ent.described ||= r.described;
		for (const m of r.mentions) {
			const s = sentenceAt(r.art, m.start);
			if (s) ent.first = Math.min(ent.first, s.index);
		}
	}
	for (const e of out) {
		const g = new Set([...e.forms, ...e.giveaways].map(normalise));
		if (e.kind === 'person') for (const f of e.forms) g.add(normalise(surname(f)));
		for (const f of e.forms) {
			const acr = /\(([A-Z][A-Za-z.]{1,9})\)/.exec(f);
			if (acr) g.add(normalise(acr[1]));
		}
		e.giveaways = [...g].filter((x) => x.length > 1).sort();
	}
	for (const art of arts) {
		for (const q of art.facts.quotes) {
			const e = q.speaker ? findEnt(out, q.speaker) : undefined;
			if (e) e.quotes++;
		}
	}
	for (const e of out) e.human = e.kind === 'person' && looksHuman(e);
	return out;
}

/** The merged entity a name refers to (people through surname), if any. */
export function findEnt(ents: Ent[], name: string, kind?: EntKind): Ent | undefined {
	const n = normalise(name);
	const ok = (e: Ent) => !kind || e.kind === kind;
	return ents.find((e) => ok(e) && e.forms.some((f) => normalise(f) === n)) ?? ents.find((e) => ok(e) && e.kind === 'person' && samePerson(e.name, name));
}

/** True when normalised `hay` contains normalised `needle` as whole words. */
export function hasWords(hay: string, needle: string): boolean {
	const h = ` ${normalise(hay)} `;
	const n = normalise(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

/** True when `text` names the entity in any give-away form. */
export function names(text: string, e: Ent): boolean {
	return e.giveaways.some((g) => hasWords(text, g));
}
