/** Step 11: cloze cards — the place (where), group (which-group) or person (who) blanked in its sentence. */
import type { CardType } from '../../deck/schema';
import { cardId } from '../../deck/ids';
import { inQuote, sentenceAt, type Art } from './01-context';
import { names, type Ent, type EntKind } from './02-entities';
import { entityChoices, MIN_ENTITY_CONFIDENCE } from './04-distractors';
import { clipSentence, clozeable, entityCard, subClause, standsAlone, words, type Candidate } from './05-card';
import { defineSubject } from './06-subject';
import { TITLES } from '../model/people';

const TYPE: Record<EntKind, CardType> = { place: 'where', group: 'which-group', person: 'who' };
const HINT: Record<EntKind, string> = { place: 'place', group: 'organisation', person: 'name' };

/** Cloze cards for every entity of the deck: its best qualifying mention per article, blanked. */
export function clozeCards(arts: Art[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	for (const ent of ents) {
		if (ent.kind === 'person' && (!ent.name.includes(' ') || !ent.human)) continue;
		if ((ent.kind !== 'person' && ent.level === 'other') || ent.confidence < MIN_ENTITY_CONFIDENCE) continue;
		const done = new Set<number>();
		const mentions = [...ent.mentions].sort((a, b) => a.art - b.art || a.start - b.start);
		for (const m of mentions) {
			const art = arts[m.art];
			if (done.has(art.index)) continue;
			const c = cloze(art, ent, ents, m.start, m.end);
			if (c) {
				done.add(art.index);
				out.push(c);
			}
		}
	}
	return out;
}

/** One cloze candidate for the mention [start, end), or null when the sentence does not qualify. */
function cloze(art: Art, ent: Ent, ents: Ent[], start: number, end: number): Candidate | null {
	const full = sentenceAt(art, start);
	if (!full || end > full.end || inQuote(art, start, end)) return null;
	// Quoted words are allowed only when they can be cut away after the blank (or, for a place, the sentence opens a quote).
	let s = clipSentence(full, end - full.start, 40, /["“”]/.test(full.text) && (ent.kind !== 'place' || !/^["“]/.test(full.text)));
	if (!s) return null;
	if (!clozeable(s)) return null;
	// Glued to other text ("US$695", "(Tariff Cap) Bill") or an acronym used as an adjective ("the UN health agency").
	const after = s.text.slice(end - s.start);
	if (/^[\p{L}\p{N}$)]|^\s*&/u.test(after) || /[\p{L}\p{N}($]$/u.test(s.text.slice(0, start - s.start))) return null;
	if (/^[A-Z.]{2,6}$/.test(s.text.slice(start - s.start, end - s.start)) && /^\s+\p{Ll}/u.test(after)) return null;
	if (ent.kind === 'group' && (ent.name.length < 3 || /^(the )?(police|government|army|military|court|parliament|ministry|cabinet|opposition|commission)$/i.test(ent.name))) return null;
	// A dateline ("SEOUL – …", "Geneva, Switzerland - …") is not the fact; skip blanks inside it.
	const dateline = /^[\p{Lu}][\p{L} ,.]{0,40}\s[-–—―]\s/u.exec(s.text);
	if (dateline && start - s.start < dateline[0].length) return null;
	// A blank opening the sentence is its subject: later pronouns may refer to it. Elsewhere the answer is no referent.
	const others = /^\s*(?:the\s+|a\s+|an\s+)?$/i.test(s.text.slice(0, start - s.start)) ? ents : ents.filter((e) => e !== ent);
	// "… a case that began when the Justice Department filed …": the clause holding the blank may stand alone.
	if (!standsAlone(art, s, others, [start, end])) s = subClause(s, start - s.start);
	if (!s) return null;
	const n = words(s.text);
	if (n < 8 || n > 40 || !standsAlone(art, s, others, [start, end])) return null;
	let a = start - s.start;
	let b = end - s.start;
	const before = s.text.slice(0, a);
	const article = /\b(the|a|an)\s+$/i.exec(before);
	if (article) a -= article[0].length;
	const acr = /^\s*\(([^()]{1,15})\)/.exec(s.text.slice(b));
	if (acr) b += acr[0].length;
	const rest = defineSubject(art, s, ents, (s.text.slice(0, a) + '____' + s.text.slice(b)).slice(dateline ? dateline[0].length : 0).replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1'));
	// Part of a longer name ("the Supreme ____") or one item of a list ("____, Dnipropetrovsk and Donetsk"): ambiguous.
	const prev = /(\S+)\s*$/.exec(s.text.slice(0, a))?.[1] ?? '';
	if (/^\p{Lu}/u.test(prev) && !(prev in TITLES) && !/^(President|Justice|Minister|Premier|Chancellor|Secretary|Governor|Senator|Leader)$/.test(prev) && a > 0) return null;
	if (/^\s\p{Lu}/u.test(s.text.slice(b)) || /^\s*(?:,|and|or)\s*(?:the\s+)?\p{Lu}/u.test(s.text.slice(b)) || /\p{Lu}[\p{L}]+,\s*(?:and\s+|or\s+)?(?:the\s+)?$/u.test(s.text.slice(0, a)) || /\b(and|or)\s+(the\s+)?$/.test(s.text.slice(0, a)) && ents.some((e) => e !== ent && e.kind === ent.kind && e.mentions.some((m) => m.art === art.index && m.end <= start && m.end >= start - 30))) return null;
	if (names(rest, ent) || /\b(many|much|few)\s+$/i.test(s.text.slice(0, a))) return null;
	// Possessives and adjectives ("Russia's", "the US-led") ask a different thing than the entity itself.
	if (/^['’]s\b|^-/.test(s.text.slice(b))) return null;
	const type = TYPE[ent.kind];
	const prompt = `Fill in the ${HINT[ent.kind]}: ${rest.replace(/[.!?]+$/, '')}.`;
	const id = cardId(type, art.id, s.text, ent.name);
	const choices = entityChoices(ent, ents, prompt, id) ?? undefined;
	if (!choices && ent.level === 'other') return null;
	const cloze = ents.filter((e) => e !== ent && e.kind === ent.kind && e.mentions.some((m) => m.art === art.index && m.start >= s.start && m.end <= s.end));
	const card = entityCard(art, ent, type, prompt, id, full, s.text.slice(start - s.start, end - s.start), choices);
	const quality = 0.8 - cloze.length * 0.1 - (choices ? 0 : 0.25);
	return { card, art: art.index, sentence: s.index, quality, about: ent };
}
