/** Step 6: document-level touches after typing — acronyms joined to long forms, roles from appositions, "X's office". */
import type { Ent } from './07-entities';
import { NICKNAMES, ROLES, TITLES, formalFirstName } from '../model/people';
import { lower, ORG_KEY, PLACE_KEY } from './04-context';

const ROLE_ALT = ROLES.join('|');
// "the Minister of the Interior, Ana Lima," / "press secretary, Ana Lima,"
const ROLE_BEFORE = new RegExp(`\\b(${ROLE_ALT})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*)*)?\\s*,\\s*$`, 'iu');
// "Ana Lima, the interior minister," / "Ana Lima, a spokeswoman for"
const ROLE_AFTER = new RegExp(`^\\s*,\\s*(?:the|a|an|[\\p{Lu}][\\p{L}]+[’']s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${ROLE_ALT})\\b`, 'iu');
const OFFICE = /^[’']s\s+(office)\b/;

/** Capital initials of a multi-word name, skipping joiners ("Court of Arbitration for Sport" -> CAS). */
export function initials(name: string): string {
	return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Joins an acronym group ("FAA", "Cas") to the multi-word group that defines it in parentheses or whose initials spell it. */
export function mergeAcronyms(ents: Ent[], text: string): Ent[] {
	const long = ents.filter((e) => e.kind === 'groups' && /\s/.test(e.key));
	const drop = new Set<Ent>();
	const byText = new Map<string, Ent>();
	for (const e of ents) if (e.kind === 'groups') for (const x of e.mentions) if (!/\s/.test(x.text)) byText.set(x.text, e);
	for (const l of long) for (const m of l.mentions) {
		const acr = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 12));
		const short = acr && byText.get(acr[1]);
		if (!short || short === l || drop.has(short)) continue;
		for (const x of short.mentions) l.mentions.push(x);
		l.mentions.sort((a, b) => a.start - b.start);
		drop.add(short);
	}
	for (const e of ents) {
		if (e.kind !== 'groups' || drop.has(e) || /\s/.test(e.key) || e.key.length < 2 || e.key.length > 6) continue;
		if (!/^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(e.key) || (/\p{Ll}/u.test(e.key) && e.key.length !== 3)) continue;
		const hits = long.filter((l) => initials(l.key) === e.key.toUpperCase());
		if (hits.length !== 1) continue;
		for (const x of e.mentions) hits[0].mentions.push(x);
		hits[0].mentions.sort((a, b) => a.start - b.start);
		drop.add(e);
	}
	return ents.filter((e) => !drop.has(e));
}

/** A leader's initials ("AMLO", "JFK") join the one person of the article whose name they spell. */
export function mergeInitials(ents: Ent[]): Ent[] {
	const people = ents.filter((e) => e.kind === 'people' && /\s/.test(e.key));
	const drop = new Set<Ent>();
	for (const e of ents) {
		if (!/^\p{Lu}{3,5}$/u.test(e.key) || PLACE_KEY.has(lower(e.key)) || ORG_KEY.has(lower(e.key)) || e.mentions.some((m) => m.text !== e.key)) continue;
		const hits = people.filter((p) => p !== e && p.mentions.some((m) => initials(m.text).toUpperCase() === e.key));
		if (hits.length !== 1) continue;
		for (const x of e.mentions) hits[0].mentions.push(x);
		hits[0].mentions.sort((a, b) => a.start - b.start);
		drop.add(e);
	}
	return ents.filter((e) => !drop.has(e));
}

/** Records roles a person is introduced with by apposition, before or after the name. */
export function appositionRoles(ents: Ent[], text: string): void {
	for (const e of ents) {
		if (e.kind !== 'people') continue;
		for (const m of e.mentions) {
			const before = text.slice(Math.max(0, m.start - 80), m.start);
			const b = /,\s*$/.test(before) && ROLE_BEFORE.exec(before);
			if (b) e.roles.add(b[1].toLowerCase());
			const a = text[m.end] === ',' && ROLE_AFTER.exec(text.slice(m.end, m.end + 80));
			if (a) e.roles.add(a[1].toLowerCase());
		}
	}
}

/** "Prime Minister Ana Lima's office" becomes a group of its own (a speaker distinct from the person). */
export function officeGroups(ents: Ent[], text: string): Ent[] {
	const out: Ent[] = [];
	for (const e of ents) {
		if (e.kind !== 'people') continue;
		for (const m of e.mentions) {
			const o = OFFICE.exec(text.slice(m.end, m.end + 12));
			if (!o) continue;
			const end = m.end + o[0].length;
			const title = /(?:\p{Lu}[\p{L}.-]* ){1,3}$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
			const start = title && title[0].trim().split(/\s+/).every((w) => w in TITLES) ? m.start - title[0].length : m.start;
			const key = text.slice(start, end);
			out.push({ kind: 'groups', key, mentions: [{ text: key, start, end, sentence: m.sentence }], roles: new Set() });
		}
	}
	return ents.concat(out);
}

const flat = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
const consonants = (s: string) => flat(s).replace(/[aeiou]+/g, '');

/** Levenshtein distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		if (Math.min(...cur) > max) return max + 1;
		prev = cur;
	}
	return prev[b.length];
}

/** Two spellings of one romanised name ("Yun"/"Yoon", "Seok-yeol"/"Suk Yeol"): same start and consonants, vowels differ by at most two edits. */
export function isVariant(a: string, b: string): boolean {
	const x = flat(a), y = flat(b);
	return x !== y && x.length >= 3 && y.length >= 3 && x[0] === y[0] && consonants(a) === consonants(b) && distance(x, y, 2) <= 2;
}

/** Merges people whose names are romanisation variants of one another, only when exactly one person fits. */
export function mergeVariants(ents: Ent[]): Ent[] {
	const people = ents.filter((e) => e.kind === 'people');
	const names = new Map(people.map((p) => [p, p.mentions.reduce((a, m) => (m.text.length > a.length ? m.text : a), '')]));
	// Candidates share a consonant skeleton, so only those pairs are compared.
	const byWhole = new Map<string, Ent[]>(), byToken = new Map<string, Ent[]>();
	const push = (m: Map<string, Ent[]>, k: string, e: Ent) => { const l = m.get(k); if (!l) m.set(k, [e]); else if (!l.includes(e)) l.push(e); };
	for (const p of people) {
		const n = names.get(p)!;
		push(byWhole, consonants(n), p);
		const toks = n.split(/\s+/);
		if (toks.length > 1) for (const t of toks) push(byToken, consonants(t), p);
	}
	const drop = new Set<Ent>();
	for (const p of people) {
		const name = names.get(p)!;
		const single = !/\s/.test(name);
		const pool = (single ? byToken : byWhole).get(consonants(name)) ?? [];
		const fits = pool.filter((q) => q !== p && !drop.has(q) && (single ? names.get(q)!.split(/\s+/).some((t) => isVariant(name, t)) : isVariant(name, names.get(q)!)));
		if (fits.length !== 1 || (!single && fits[0].mentions.length < p.mentions.length)) continue;
		const q = fits[0];
		for (const x of p.mentions) q.mentions.push(x);
		q.mentions.sort((a, b) => a.start - b.start);
		for (const r of p.roles) q.roles.add(r);
		q.gender ??= p.gender;
		drop.add(p);
	}
	for (const p of people) {
		if (drop.has(p) || p.mentions.length !== 1) continue;
		// A one-off misspelling ("Vigurie" once, "Viguerie" five times) joins the spelling the article uses most.
		const name = names.get(p)!;
		const fits = people.filter((q) => q !== p && !drop.has(q) && q.mentions.length >= 2 && sameNameMisspelt(name, names.get(q)!));
		if (fits.length !== 1) continue;
		for (const x of p.mentions) fits[0].mentions.push(x);
		fits[0].mentions.sort((a, b) => a.start - b.start);
		drop.add(p);
	}
	return ents.filter((e) => !drop.has(e));
}

/** Merges "Bill Clinton" into "William J. Clinton": same surname, first names one once short forms are written out; only when one person fits. */
export function mergeNicknames(ents: Ent[]): Ent[] {
	const people = ents.filter((e) => e.kind === 'people');
	const name = (p: Ent) => p.mentions.reduce((a, m) => (m.text.length > a.length ? m.text : a), '');
	const parts = (p: Ent) => name(p).split(/\s+/);
	const drop = new Set<Ent>();
	for (const p of people) {
		const a = parts(p);
		if (a.length < 2 || !(a[0] in NICKNAMES)) continue;
		const fits = people.filter((q) => {
			const b = parts(q);
			return q !== p && !drop.has(q) && b.length >= 2 && b[b.length - 1] === a[a.length - 1] && b[0] !== a[0] && formalFirstName(b[0]) === formalFirstName(a[0]);
		});
		if (fits.length !== 1) continue;
		// The fuller, formal form is the canonical name; the short form's mentions join it.
		const [keep, gone] = name(fits[0]).length >= name(p).length ? [fits[0], p] : [p, fits[0]];
		for (const x of gone.mentions) keep.mentions.push(x);
		keep.mentions.sort((x, y) => x.start - y.start);
		for (const r of gone.roles) keep.roles.add(r);
		keep.gender ??= gone.gender;
		drop.add(gone);
	}
	return ents.filter((e) => !drop.has(e));
}

/** True when `rare` is `common` (or one of its words) with one slip: one edit under 8 letters, two from 8. */
export function sameNameMisspelt(rare: string, common: string): boolean {
	const slip = (a: string, b: string) => {
		const x = flat(a), y = flat(b);
		return x !== y && x.length >= 5 && x[0] === y[0] && distance(x, y, 2) <= (x.length >= 8 ? 2 : 1);
	};
	const r = rare.split(/\s+/), c = common.split(/\s+/);
	if (r.length === 1) return c.some((w) => slip(rare, w));
	return r.length === c.length && r.some((w, i) => slip(w, c[i])) && r.every((w, i) => flat(w) === flat(c[i]) || slip(w, c[i]));
}
