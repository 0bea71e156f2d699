/** Step 7: type the chunks (person / place / group), merge aliases, record roles and gender. */
import { lowerWords, type Chunk } from './03-chunks';
import { appositionRoles, initials, mergeAcronyms, mergeInitials, mergeNicknames, mergeVariants, officeGroups } from './06-aliases';
import { adjectival, byContext, lower, ORG_KEY, PLACE_KEY, STORM } from './04-context';
import { DEMONYMS } from '../model/countries';
import { ORG_HEADS } from '../model/organisations';
import { FIRST_NAMES, TITLES } from '../model/people';
import { NON_ENTITY_HEADS, PLACE_HEADS } from '../model/words';
import type { Span } from '../types';
import { CLASSES, chunkFeatures, classify, type Typer } from './05-typer';

/** Entity kinds, in the order of the Facts fields. */
export type Kind = 'people' | 'places' | 'groups';

/** A working entity: mentions, roles, nation and gender collected over the document. */
export interface Ent {
	kind: Kind;
	key: string;
	mentions: (Span & { sentence: number })[];
	roles: Set<string>;
	nation?: string;
	gender?: 'm' | 'f';
	/** The typer's highest probability for this kind over the entity's mentions (1 for listed names and head words). */
	confidence?: number;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}s?$/u;
const CUE_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:also |then |later |has |had |have )?(?:said|says|told|added|wrote|tweeted|stated|argued|warned|noted|explained|asked|replied|insisted|claimed|announced)\b/;
const ORG_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:group|militia|movement|organi[sz]ation|faction|network)\b/u;
const CUE_BEFORE = /\b(?:said|says|added|asked|wrote|told|telling|according to)\s+$/;
const LOCATIVE = /\b(?:in|at|from|near|to|across|into|outside|inside)\s+(?:the\s+)?$/;


/** Decides the kind of one chunk from gazetteers, head words, titles and context; null = unknown. */
export function typeOf(c: Chunk, text: string): { kind: Kind; key: string } | null {
	const words = c.text.split(/\s+/);
	const last = words[words.length - 1];
	const l = lower(c.text);
	const after = text.slice(c.end, c.end + 40);
	const acr = /^\s*\((\p{Lu}{2,6})\)/u.exec(after);
	if (c.title.length) return TITLES[c.title[0]] !== undefined && !PLACE_KEY.has(l) && !ORG_HEADS.has(last) ? { kind: 'people', key: c.text } : null;
	if (ORG_KEY.has(l)) return { kind: 'groups', key: ORG_KEY.get(l)! };
	if (PLACE_KEY.has(l)) return { kind: 'places', key: PLACE_KEY.get(l)! };
	const ctx = byContext(c, words, text);
	if (ctx !== undefined) return ctx && { kind: ctx, key: c.text };
	// "Hay'at Tahrir al-Sham (HTS)", "the Daesh terrorist group": organisations whatever their words look like.
	if (!c.title.length && ((acr && initials(c.text) === acr[1]) || ORG_AFTER.test(after))) return { kind: 'groups', key: c.text };
	if (NON_ENTITY_HEADS.has(last) || DEMONYMS[c.text]) return null;
	if (/^(?:army|navy)$/.test(last)) return { kind: 'groups', key: c.text };
	if (/^(?:Republican|Democrat)$/.test(last) && words.length > 1) return null;
	if ((ORG_HEADS.has(last) && words.length > 1) || words.some((w, i) => i > 0 && ORG_HEADS.has(words[i - 1]) && (w === 'of' || w === 'for'))) return { kind: 'groups', key: c.text };
	if (PLACE_HEADS.has(last) && words.length > 1) return { kind: 'places', key: c.text };
	if (ACRONYM.test(c.text)) return { kind: 'groups', key: c.text };
	if (words.length >= 2 && words.length <= 4) {
		if (words.some((w) => /^(?:of|for|and|the|on)$/.test(w))) return { kind: 'groups', key: c.text };
		// An all-capitals run ("FULL TEXT", "CORRECTION APPENDED") is a heading, not a name.
		if (/\p{Ll}/u.test(c.text) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|de|da|van|von|la|le|di|du|dos)\b/.test(w))) return { kind: 'people', key: c.text };
	}
	if (words.length === 1 && !c.initial) {
		const next = text.slice(c.end, c.end + 120);
		if ((CUE_AFTER.test(next) && !ORG_HEADS.has(c.text)) || FIRST_NAMES[c.text] || /^,\s*\d{2},/.test(next)) return { kind: 'people', key: c.text };
		if (LOCATIVE.test(text.slice(Math.max(0, c.start - 12), c.start)) && !adjectival(c.text)) return { kind: 'places', key: c.text };
		if (CUE_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start)) && /^\s*(?:[,.]|that\b)/.test(next)) return { kind: 'people', key: c.text };
	}
	// "Maddow asked, …": a sentence-initial word is a name when a speech verb follows right away.
	if (words.length === 1 && c.initial && !/s$/.test(c.text) && /^(?:\s+(?:said|says|told|asked|added|wrote|tweeted|replied|responded)\b|\s*,\s*for (?:his|her) part\b)/.test(text.slice(c.end, c.end + 20)) && !lowerWords(text).has(c.text.toLowerCase())) return { kind: 'people', key: c.text };
	return null;
}

/** True when the rules' evidence is firm: a listed name, a title, or an organisation or place head word. */
function strong(c: Chunk): boolean {
	const words = c.text.split(/\s+/);
	const l = lower(c.text);
	return c.title.length > 0 || PLACE_KEY.has(l) || ORG_KEY.has(l) || words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w)) || /^(?:army|navy)$/i.test(words[words.length - 1]);
}

const TEAM = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
// "Seattle 10 BALTIMORE 3", "Lyon 2 (Caveglia 23rd) Nancy 0": a score; "LOS ANGELES 71 61 .538 2": a standings row.
const SCORE = new RegExp(`^(${TEAM})\\s+\\d{1,3}(?:\\s+\\([^)]*\\))?\\s+(${TEAM})\\s+\\d{1,3}\\b`, 'u');
const STANDING = new RegExp(`^(${TEAM})(?:\\s+[\\d.]+){3,}\\s*$`, 'u');

/** True when the chunk is a side of a result or a standings row: a team, whatever town it is named after. */
function sideOfScore(c: Chunk, text: string): boolean {
	const start = text.lastIndexOf('\n', c.start) + 1;
	const end = text.indexOf('\n', c.start);
	const line = text.slice(start, end < 0 ? text.length : end).trim();
	const m = SCORE.exec(line) ?? STANDING.exec(line);
	const at = c.start - start - (text.slice(start, end < 0 ? text.length : end).length - text.slice(start, end < 0 ? text.length : end).trimStart().length);
	return !!m && (at === 0 ? m[1] === c.text : !!m[2] && line.indexOf(m[2], m[1].length) === at && m[2] === c.text);
}

/** The rules' kind, overruled by the learned typer when weights are given (a new kind keys on the chunk's text). */
function typeChunk(c: Chunk, text: string, typer?: Typer): { kind: Kind; key: string; confidence: number } | null {
	if (sideOfScore(c, text)) return { kind: 'groups', key: c.text, confidence: 1 };
	const rule = typeOf(c, text);
	if (!typer || (rule && strong(c))) return rule && { ...rule, confidence: 1 };
	const { kind, confidence, probs } = classify(chunkFeatures(c, text, rule?.kind ?? null), typer.weights);
	const keep = kind === (rule?.kind ?? null) || confidence < typer.overrule;
	const t = keep ? rule : kind && { kind, key: c.text };
	return t && { ...t, confidence: probs[CLASSES.indexOf(t.kind)] };
}

/** Builds entities from chunks: typing, then document-level alias merging and propagation. */
export function buildEntities(allChunks: Chunk[], text: string, weak: (c: Chunk) => boolean = () => false, typer?: Typer): Ent[] {
	const typed = (c: Chunk) => typeChunk(c, text, typer);
	const chunks = allChunks.flatMap(splitLists);
	const ents = new Map<string, Ent>();
	const byToken = new Map<string, Set<Ent>>();
	const get = (kind: Kind, key: string) => {
		const id = kind + ':' + lower(key);
		let e = ents.get(id);
		if (!e) ents.set(id, (e = { kind, key, mentions: [], roles: new Set() }));
		return e;
	};
	const pending: Chunk[] = [];
	const add = (e: Ent, c: Chunk) => {
		e.mentions.push({ text: c.text, start: c.start, end: c.end, sentence: c.sentence });
		for (const t of c.title) if (!/^(Mr|Mrs|Ms|Dr|Miss)\.?$/.test(t)) e.roles.add(t.toLowerCase().replace(/\.$/, ''));
		if (c.role) e.roles.add(c.role);
		if (c.nation && !e.nation) e.nation = c.nation;
		const g = c.title.map((t) => TITLES[t]).find((x) => x) || undefined;
		if (g && !e.gender) e.gender = g;
		const acr = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}.&-]{1,9})\)/u.exec(text.slice(c.end, c.end + 16));
		if (acr && e.kind !== 'people') ORG_KEY.has(lower(acr[1])) || aliasOf.set(lower(acr[1]), e);
	};
	const aliasOf = new Map<string, Ent>();
	// Pass 1: multi-word and strongly typed chunks.
	const late = chunks.filter(weak);
	for (const c of chunks) {
		if (weak(c)) continue;
		const t = c.text.includes(' ') || c.title.length ? typed(c) : null;
		if (!t) { pending.push(c); continue; }
		let e = t.kind === 'people' && !c.text.includes(' ') ? personByToken(byToken, c.text) : undefined;
		e ??= get(t.kind, t.key);
		add(e, c);
		e.confidence = Math.max(e.confidence ?? 0, t.confidence);
		// Parts of a hyphenated name count too: "Souza" alone is Ana Lima-Souza, never a second person.
		if (e.kind === 'people') for (const w of c.text.split(/[\s-]+/)) { const set = byToken.get(w); if (set) set.add(e); else byToken.set(w, new Set([e])); }
	}
	// Pass 2: single words join a known person, an acronym, or are typed alone; a storm's name ("Andrew") is no person.
	const storms = new Set(chunks.filter((c) => STORM.test(c.text)).map((c) => c.text.replace(STORM, '')));
	for (const c of pending) {
		if (weak(c) || storms.has(c.text)) continue;
		const known = aliasOf.get(lower(c.text)) ?? personByToken(byToken, c.text);
		if (known) { add(known, c); continue; }
		const t = typed(c);
		if (!t) continue;
		const e = get(t.kind, t.key);
		add(e, c);
		e.confidence = Math.max(e.confidence ?? 0, t.confidence);
	}
	// Pass 3: headline chunks count only when they name something already known or listed.
	const byMention = new Map<string, Ent>();
	if (late.length) for (const e of ents.values()) for (const m of e.mentions) if (!byMention.has(lower(m.text))) byMention.set(lower(m.text), e);
	for (const c of late) {
		const l = lower(c.text);
		const known = byMention.get(l) ?? aliasOf.get(l) ?? personByToken(byToken, c.text);
		const e = known ?? (ORG_KEY.has(l) ? get('groups', ORG_KEY.get(l)!) : PLACE_KEY.has(l) ? get('places', PLACE_KEY.get(l)!) : undefined);
		if (!e) continue;
		add(e, c);
		if (!byMention.has(l)) byMention.set(l, e);
	}
	const all = mergeInitials(mergeAcronyms(mergeNicknames(mergeVariants(retypeByName([...ents.values()].filter((e) => e.mentions.length > 0)))), text));
	appositionRoles(all, text);
	return officeGroups(all, text);
}

/** A "person" spelt like a place or group found elsewhere ("KEY LARGO, Fla." then "Key Largo") joins that entity. */
function retypeByName(ents: Ent[]): Ent[] {
	const other = new Map<string, Ent>();
	for (const e of ents) if (e.kind !== 'people') for (const m of e.mentions) other.set(lower(m.text), e);
	return ents.filter((e) => {
		const o = e.kind === 'people' && e.mentions.every((m) => m.text.includes(' ') && other.has(lower(m.text))) ? other.get(lower(e.mentions[0].text)) : undefined;
		if (o) { for (const x of e.mentions) o.mentions.push(x); o.mentions.sort((a, b) => a.start - b.start); }
		return !o;
	});
}

/** The person whose name contains this single word (most mentioned if several). */
function personByToken(byToken: Map<string, Set<Ent>>, w: string): Ent | undefined {
	const c = byToken.get(w);
	let best: Ent | undefined;
	for (const e of c ?? []) if (!best || e.mentions.length > best.mentions.length) best = e;
	return best;
}

/**
 * Canonical display name: the fullest surface form — most words, then the form written most often (so "the Barry
 * Bennetts of the world" once does not rename Barry Bennett), then the longest.
 */
export function canonicalName(e: Ent): string {
	const count = new Map<string, number>();
	for (const m of e.mentions) count.set(m.text, (count.get(m.text) ?? 0) + 1);
	const size = (t: string) => t.split(/\s+/).length;
	let best = '';
	for (const [t, n] of count) {
		const b = count.get(best) ?? 0;
		// At a tie, a plural ("Bennetts" beside "Bennett") is not the name; otherwise the longer form is fuller.
		const longer = t === `${best}s` ? false : best === `${t}s` ? true : t.length > best.length;
		if (!best || size(t) > size(best) || (size(t) === size(best) && (n > b || (n === b && longer)))) best = t;
	}
	return best;
}

/** Splits "Rwanda and Uganda" into two chunks when both halves are listed names. */
function splitLists(c: Chunk): Chunk[] {
	const m = /^(.+?) and (.+)$/.exec(c.text);
	const listed = (x: string) => PLACE_KEY.has(lower(x)) || ORG_KEY.has(lower(x));
	// "Lund and Berg" (two single words) is a list too, unless the whole is a listed name.
	const singles = m && !/\s/.test(m[1]) && !/\s/.test(m[2]) && !listed(c.text);
	// "Muhammadu Buhari and South Africa": one listed half and no lower-case word splits it too.
	const oneListed = m && !listed(c.text) && (listed(m[1]) || listed(m[2])) && !/\s\p{Ll}/u.test(m[1] + ' ' + m[2]);
	// "Sanders and Donald Trump", "Trump and Mrs. Clinton": a first name or title after "and" starts a second person.
	// "Chris Christie and Jeb Bush": two full names, each opening on a first name, are two people.
	const starts = (x: string) => FIRST_NAMES[x.split(' ')[0]] || x.split(' ')[0] in TITLES;
	const person = m && !listed(c.text) && (/^\S+$/.test(m[1]) || starts(m[1])) && starts(m[2]) && !/\s\p{Ll}/u.test(m[1] + ' ' + m[2]);
	if (!m || !(singles || oneListed || person || (listed(m[1]) && listed(m[2])))) return [c];
	const s2 = c.start + m[1].length + 5;
	return [{ ...c, text: m[1], end: c.start + m[1].length }, { ...c, text: m[2], start: s2, title: [], initial: false }];
}
