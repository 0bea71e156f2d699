/** Step 6: a vague sentence subject ("The agreement", "The Balkan nation") defined from the article's title or lead. */
import type { Art } from './01-context';
import type { Ent } from './02-entities';
import type { Sentence } from '../types';

const DEAL = /^(agreement|deal|ceasefire|truce|accord|pact)$/;
const OPENING = /^The\s+((?:\p{Lu}\p{Ll}+\s+|\p{Ll}[\p{Ll}-]*\s+)?)(agreement|deal|ceasefire|truce|accord|pact|nation|country|party)\b(?!['’])/u;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The one entity of `kind`/`level` the title names, by any of its forms; undefined when none or several. */
function titled(art: Art, ents: Ent[], kind: Ent['kind'], level: string): Ent | undefined {
	const hits = ents.filter((e) => e.kind === kind && e.level === level && e.forms.some((f) => f.length > 1 && new RegExp(`(?<![\\p{L}])${esc(f)}(?![\\p{L}])`, 'u').test(art.title)));
	return hits.length === 1 ? hits[0] : undefined;
}

/** What a deal-like noun refers to: "a Gaza ceasefire" from the title or a sentence before `s` in the lead. */
function dealOf(art: Art, s: Sentence): string | null {
	const before = art.sentences.filter((x) => x.index < s.index && x.index < 8).map((x) => x.text);
	for (const t of [art.title, ...before]) {
		const m = /\b(?:a|an|the)\s+((?:[\p{Lu}][\p{L}-]+\s+){1,3})(deal|agreement|ceasefire|truce|accord|pact)\b/u.exec(t);
		if (m) return `the ${m[1]}${m[2]}`;
	}
	return null;
}

/** A deal named mid-sentence ("said that the deal will take effect"), outside quotes. */
const DEAL_ANYWHERE = /\bthe\s+(agreement|deal|ceasefire|truce|accord|pact)\b(?!['’])/;

/**
 * The vague noun phrase of `s` (its opening subject, or a deal named anywhere) with its offset and definition,
 * when the article's title or lead defines it.
 */
export function definedSubject(art: Art, s: Sentence, ents: Ent[]): { head: string; at: number; def: string } | null {
	const open = OPENING.exec(s.text);
	const mid = open ? null : DEAL_ANYWHERE.exec(s.text);
	const m = open ?? mid;
	if (!m || /["“”]/.test(s.text.slice(0, m.index))) return null;
	const noun = open ? open[2] : m[1];
	let def: string | null = null;
	if (DEAL.test(noun)) def = dealOf(art, s);
	else if (noun === 'party') def = titled(art, ents, 'group', 'party')?.name ?? null;
	else def = titled(art, ents, 'place', 'country')?.name ?? null;
	if (!def || s.text.includes(def)) return null;
	return { head: m[0], at: m.index, def: /^the /.test(def) || noun !== 'party' || /^the /i.test(def) ? def : `the ${def}` };
}

/** `text` (a prompt built from `s`) with the defined subject written out: "The Balkan nation (Serbia) has …". */
export function defineSubject(art: Art, s: Sentence, ents: Ent[], text: string): string {
	const d = definedSubject(art, s, ents);
	const at = d ? text.indexOf(d.head) : -1;
	return d && at >= 0 ? `${text.slice(0, at + d.head.length)} (${d.def})${text.slice(at + d.head.length)}` : text;
}
