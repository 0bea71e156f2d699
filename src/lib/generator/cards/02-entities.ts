/** Step 2: entities merged across the deck's articles, with the forms that would give each one away. */
import { normalise } from '../../deck/ids';
import { FAMILY_NAME_FIRST, FIRST_NAMES } from '../model/people';
import { LEADER_NAMES, fullLeaderName, fullerName, overlaps, samePerson, stripTitles, surname } from './03-names';
import { ORG_INDEX, PLACES, sentenceAt, type Art } from './01-context';
import type { Facts } from '../types';

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
	/** Role the extraction engine saw ("president"), if any. */
	role?: string;
	/** The extraction engine saw a role or gender for this person. */
	described: boolean;
	/** Gender the extraction engine saw for this person (pronouns, first name). */
	gender?: 'm' | 'f';
	/** How sure extraction is of the entity's kind (the highest over its articles; 1 when unknown). */
	confidence: number;
	/** For people: another person of the deck has the same surname ("Trump" is Ivanka and Donald), so it is no answer alone. */
	sharedSurname?: boolean;
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

const NOT_HUMAN = /\b(usa|tahrir|takfiri|brigades?|militia|asian|african|european|american|arab|ambassador|interior|hurricane|storm|fever|virus|cap|africa|america|asia|europe|thai|officer|governor|court|community|council|commission|party|ministry|news|social|covid|vaccine|group|agency|bank|union|congress|committee|institute|university|airlines?|corp|inc|ltd|times|post|department|office|authority|federation|league|association|forces|army)\b/i;
/** True when a person entity's name reads as a human name. */
function looksHuman(e: Ent): boolean {
	if (NOT_HUMAN.test(e.name) || PLACES.has(normalise(e.name)) || normalise(e.name).split(' ').some((w) => ORG_INDEX.has(w))) return false;
	const first = e.name.split(/\s+/)[0];
	if (!/\p{Ll}/u.test(e.name)) return false;
	const proper = /^(\p{Lu}[\p{Ll}’'-]+|[A-Z]{2}|[A-Z]\.)( (\p{Lu}[\p{Ll}’'.-]*|al-\p{Lu}\p{Ll}+|bin|de|da|dos|van|von|der))+$/u.test(e.name);
	const single = /^\p{Lu}\p{Ll}{2,}$/u.test(e.name);
	return first in FIRST_NAMES || LEADER_NAMES.includes(e.name) || (e.quotes > 0 && (proper || single)) || (e.described && proper);
}

/** Folds surname-only people into their fuller name: one in the deck ("Yun" → "Yoon Seok-yeol") or one the text gives. */
function foldSurnames(out: Ent[], arts: Art[]): void {
	for (const e of [...out]) {
		if (e.kind !== 'person' || e.name.includes(' ')) continue;
		const hits = out.filter((f) => f !== e && f.kind === 'person' && f.name.includes(' ') && !NOT_HUMAN.test(f.name) && overlaps(f.name, e.name));
		if (hits.length === 1) {
			const into = hits[0];
			for (const f of e.forms) if (!into.forms.some((g) => normalise(g) === normalise(f))) into.forms.push(f);
			for (const x of e.mentions) into.mentions.push(x);
			into.described ||= e.described;
			into.first = Math.min(into.first, e.first);
			out.splice(out.indexOf(e), 1);
			continue;
		}
		if (hits.length) continue;
		const fulls = new Set([...new Set(e.mentions.map((m) => m.art))].map((i) => fullerName(arts[i].text, e.name)));
		const full = fulls.size === 1 ? [...fulls][0] : null;
		if (full && !NOT_HUMAN.test(full)) {
			e.forms.unshift(full);
			e.name = full;
		}
	}
}

/** Merges the entities of all articles into one list (order-independent: fullest names first). */
export function indexEntities(arts: Art[]): Ent[] {
	type Raw = { kind: EntKind; name: string; forms: string[]; mentions: Ent['mentions']; art: Art; described: boolean; role?: string; gender?: 'm' | 'f'; confidence: number };
	const raws: Raw[] = [];
	for (const art of arts) {
		const add = (kind: EntKind, list: Facts['people']) => {
			for (const e of list) {
				if (!e.name || !e.name.trim()) continue;
				raws.push({ kind, name: e.name.trim(), forms: [e.name, ...e.mentions.map((m) => m.text)], mentions: e.mentions.map((m) => ({ art: art.index, start: m.start, end: m.end })), art, described: !!(e.role || e.gender), role: e.role, gender: e.gender, confidence: e.confidence ?? 1 });
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
		// "Labor Party Bill Shorten": an organisation's name glued before a person's is not part of it.
		const org = r.kind === 'person' ? r.art.facts.groups.find((g) => g.name.includes(' ') && r.name.startsWith(g.name + ' ')) : undefined;
		const own = org ? r.name.slice(org.name.length + 1) : r.name;
		const name = cls.canon ?? (r.kind === 'person' ? fullLeaderName(stripTitles(own)) : own);
		const bare = (n: string) => normalise(n).replace(/ (inc|corp|co|ltd|plc|llc)$/, '');
		const hit = out.find((e) => e.kind === r.kind && (bare(e.name) === bare(name) || (r.kind === 'person' && samePerson(e.name, name)) || e.forms.some((f) => normalise(f) === normalise(name))));
		const ent = hit ?? { kind: r.kind, name, forms: [name], giveaways: [...(cls.dem ?? [])], mentions: [], level: cls.level, area: cls.area, first: 1e9, quotes: 0, human: false, described: false, confidence: 0 };
		if (!hit) out.push(ent);
		for (const f of [...r.forms, ...cls.alts]) if (!ent.forms.some((g) => normalise(g) === normalise(f))) ent.forms.push(f.trim());
		for (const x of r.mentions) ent.mentions.push(x);
		ent.described ||= r.described;
		ent.role ??= r.role;
		ent.gender ??= r.gender;
		ent.confidence = Math.max(ent.confidence, r.confidence);
		for (const m of r.mentions) {
			const s = sentenceAt(r.art, m.start);
			if (s) ent.first = Math.min(ent.first, s.index);
		}
	}
	foldSurnames(out, arts);
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
	const bySurname = new Map<string, number>();
	const last = (e: Ent) => normalise(e.name.split(/\s+/).pop() ?? '');
	for (const e of out) if (e.kind === 'person' && e.name.includes(' ')) bySurname.set(last(e), (bySurname.get(last(e)) ?? 0) + 1);
	for (const e of out) if (e.kind === 'person' && (bySurname.get(last(e)) ?? 0) > 1) e.sharedSurname = true;
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
	// "Trump's adviser" names Trump too.
	const h = ` ${normalise(hay).replace(/'s\b/g, '')} `;
	const n = normalise(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

/** True when `text` names the entity in any give-away form. */
export function names(text: string, e: Ent): boolean {
	return e.giveaways.some((g) => hasWords(text, g));
}

const PARTICLE = /^(?:le|la|de|du|des|del|della|di|da|van|von|der|den|ter|al|el|bin|ben|St\.?|Le|La|De|Du|Del|Di|Da|Van|Von|Der|Al|El|Bin|Ben)$/;

/** Typed forms accepted for an entity: its other names (the surname too for people). */
export function acceptFor(e: Ent): string[] | undefined {
	const forms = e.forms.filter((f) => normalise(f) !== normalise(e.name) && f.length > 1 && !/^(the )?(president|minister|prime minister)$/i.test(f));
	if (e.kind === 'person') {
		// "Park Geun-hye" is Park, "Hua Chunying" is Hua: a listed East Asian family name comes first.
		const parts = e.name.split(/\s+/);
		// "Marine Le Pen" is Le Pen, "Ludwig van Beethoven" van Beethoven: a particle belongs to the surname.
		const particle = parts.length >= 3 && PARTICLE.test(parts[parts.length - 2]);
		const last = parts.length >= 2 && FAMILY_NAME_FIRST.has(parts[0]) ? parts[0] : particle ? parts.slice(-2).join(' ') : parts[parts.length - 1] ?? '';
		if (particle) for (let i = forms.length - 1; i >= 0; i--) if (normalise(forms[i]) === normalise(parts[parts.length - 1])) forms.splice(i, 1);
		if (last.length > 2 && !forms.some((f) => normalise(f) === normalise(last))) forms.push(last);
		// "Trump" for Ivanka Trump beside Donald Trump would credit the wrong one.
		if (e.sharedSurname) for (let i = forms.length - 1; i >= 0; i--) if (!/\s/.test(forms[i])) forms.splice(i, 1);
		// A bare given name ("Paul" for Paul Ryan) would also credit Rand Paul: only the surname stands alone.
		const given = last === parts[0] ? parts[1] : parts[0];
		for (let i = forms.length - 1; i >= 0; i--) if (parts.length >= 2 && normalise(forms[i]) === normalise(given ?? '')) forms.splice(i, 1);
	}
	// "Politics" for Bloomberg Politics, "News" for Fox News: the head word of an organisation's name is no answer.
	const words = e.name.split(/\s+/);
	if (e.kind === 'group' && words.length > 1) for (let i = forms.length - 1; i >= 0; i--) if (forms[i] === words[words.length - 1]) forms.splice(i, 1);
	const uniq = [...new Set(forms.map((f) => f.trim()))].sort();
	return uniq.length ? uniq : undefined;
}
