/** Step 9: the lede's main event as "who did it" — the subject of one of the article's first sentences asked for. */
import type { CardType } from '../../deck/schema';
import { cardId, normalise } from '../../deck/ids';
import { headlineEnd, inQuote, sentenceAt, type Art } from './01-context';
import { names, type Ent, type EntKind } from './02-entities';
import { entityChoices, formatWhen, MIN_ENTITY_CONFIDENCE, parseValue } from './04-distractors';
import { entityCard, standsAlone, topicalWords, words, type Candidate } from './05-card';
import { ROLES } from '../model/people';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../model/calendar';
import { headlinePast, sentenceCase, withArticle } from '../../text/headline';
import { STOP_CAPS } from '../model/words';
import type { Sentence } from '../types';

/** How many of the body's first full sentences count as the lede. */
export const LEDE_SENTENCES = 2;

const TYPE: Record<EntKind, CardType> = { person: 'who', group: 'which-group', place: 'where' };

// Words that may describe the subject before its name ("Presumptive Republican presidential nominee", "Mayor").
const ROLE_WORD = new Set(ROLES.flatMap((r) => r.split(' ')));
const DESCRIBER = /^(?:the|The|former|then|presumptive|presidential|vice|top|senior|chief|acting|incoming|outgoing|longtime|embattled|deputy|state|u\.s\.|us|house|senate|party|national|federal|\p{Lu}[\p{L}.'’-]*)$/u;

// Past tenses that do not end in -ed (and "was"/"were", which open a passive: "was elected").
const PAST = new Set(
	'died fed said told took met won lost made gave came went got ran held left sent spent paid led wrote set put hit cut quit struck sought fought brought bought thought began became drew threw chose rose spoke broke stood kept found saw sold beat swore shot fled fell felt heard meant built withdrew overtook undertook forgave hid knew grew flew taught understood upheld withheld was were'.split(' ')
);
// Participles unlike their past tense ("has won" is in PAST; "has taken" is here).
const PARTICIPLE = new Set('taken given chosen spoken broken written driven beaten begun drawn thrown grown shown known flown withdrawn overtaken undertaken forgiven hidden risen sworn stolen fallen sold'.split(' '));
const ADVERB = /^(?:again|now|still|finally|formally|officially|reportedly|quietly|publicly|abruptly|repeatedly|once|openly|sharply|narrowly|easily|recently|already|never|just)$/;
const NOT_VERB = /^(?:was|were)$/;
// "may be testing": a guess about the subject, not something it did.
const MODAL = /^(?:may|might|could|can|would|will)$/;

/**
 * True when `w` reads as a past-tense verb of a clause whose subject was just named: an event. Present tenses
 * ("still leads", "has been criticizing", "refuses") describe states, and readers found them guessable (rounds 14–15);
 * an event under way ("is shifting staff") is let through where the verb is read.
 */
function finiteVerb(w: string): boolean {
	return PAST.has(w) || /^\p{Ll}{3,}ed$/u.test(w);
}

// A claim the sentence hands to someone else at its end ("…, his top aide told The Huffington Post.").
const TRAILING_ATTRIBUTION = /,[^,]{0,80}\b(?:said|says|told|according to|reported|reports|claimed|wrote)\b[^,]{0,60}[.!?]?$/;
// Reported words introduced mid-sentence: a quote card asks those.
const SAYING = /,\s+(?:saying|telling|adding|stating|writing|declaring|noting|arguing)\b/;
const RELATIVE_TIME = /\b(?:yesterday|today|tonight|tomorrow|this (?:week|month|year|morning|afternoon|evening)|last (?:week|month|year|night)|next (?:week|month|year)|earlier this (?:week|month|year)|later this (?:week|month|year)|recently)\b/i;
const TIMED = new RegExp(`\\b(?:1[89]|20)\\d{2}\\b|\\b(?:${MONTH_NAMES.join('|')})\\b`);
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')})\\b`);

/** The article's first full body sentences (not the headline or a bullet). */
function ledeSentences(art: Art, n = LEDE_SENTENCES): Sentence[] {
	const head = headlineEnd(art);
	// A label line ("ABSTRACT.") is no sentence of the story.
	return art.sentences.filter((s) => s.start >= head && /[.!?]["”’)]?$/.test(s.text) && !/^[-•*–]/.test(s.text) && words(s.text) >= 5).slice(0, n);
}

/**
 * The entity whose mention opens sentence `s` as its subject — after optional describers ("Mayor", "Presumptive
 * Republican presidential nominee") and an optional opening phrase ("With five days to go, …") — with its span and that phrase.
 */
function subjectOf(art: Art, s: Sentence, ents: Ent[]): { ent: Ent; start: number; end: number; intro: string } | null {
	const ms = ents.flatMap((e) => e.mentions.filter((m) => m.art === art.index && m.start >= s.start && m.end <= s.end).map((m) => ({ ent: e, start: m.start, end: m.end })));
	for (const m of ms.sort((a, b) => a.start - b.start)) {
		const before = art.text.slice(s.start, m.start);
		const cut = /^([^"“”;:]{8,140}),\s+([^,]*)$/.exec(before);
		const intro = cut ? cut[1] : '';
		const desc = (cut ? cut[2] : before).trim();
		const toks = desc ? desc.split(/\s+/) : [];
		const describes = (t: string) => (DESCRIBER.test(t) && (t === 'The' || !STOP_CAPS.has(t))) || ROLE_WORD.has(t.toLowerCase());
		// "Former Secretary of State and Democratic frontrunner": describers joined by "of" and "and", never opening on them.
		const joined = (t: string, i: number) => i > 0 && i < toks.length - 1 && (t === 'of' || t === 'and');
		// A sentence's first word is capitalised anyway: "Former", "Top" describe there as "former" does inside.
		const opening = (t: string, i: number) => i === 0 && !intro && /^\p{Lu}\p{Ll}+$/u.test(t) && DESCRIBER.test(t.toLowerCase()) && t !== 'The';
		if (toks.length <= 9 && !/[,;:"“”()]/.test(desc) && toks.every((t, i) => describes(t) || joined(t, i) || opening(t, i))) return { ...m, intro };
	}
	return null;
}

// Words a headline verb may be followed by ("takes on", "plans a", "wins 300").
const HEAD_FOLLOWER = /^(?:the|a|an|on|in|at|to|for|with|up|down|out|off|back|over|after|against|about|into|its|new|more|first|second|third|\d.*)$/;

/**
 * The headline's own event ("Pence endorses Paul Ryan" → "In August 2016, who endorsed Paul Ryan?"), for a
 * sentence-case headline opening on a name and a present-tense verb; its evidence is the first lede sentence
 * naming the same actor. A headline is the article's main event by its writer's choice.
 */
function headlineCard(art: Art, ents: Ent[]): Candidate | null {
	const head = art.title.trim().replace(/[.!;,]+$/, '');
	const words0 = nameWords(ents);
	// "Trump: Cruz has 'to come a long way' on ethanol": the words after a speaker's name and a colon are what they said.
	const said = /^([\p{Lu}][\p{L}.'’ -]{1,40}):\s+(.{12,})$/u.exec(head);
	if (said && !/[?“”"]/.test(said[2])) {
		const claim = sentenceCase(said[2], art.text.slice(headlineEnd(art)), words0);
		// A Title Case quotation cannot be put back in its own case ("‘You Don’t win The nomination …’").
		return claim !== said[2] && /[‘’']\p{Lu}|\p{L}[‘’']\p{L}/u.test(said[2]) && /[‘']/.test(said[2]) ? null : saidHeadline(art, ents, said[1].trim(), claim, words0);
	}
	if (!head || /[:?“”"]|\b(?:may|might|could|would|should|will|to)\s/.test(head)) return null;
	const words = sentenceCase(head, art.text.slice(headlineEnd(art)), words0).split(/\s+/);
	if (words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6) return null;
	// "Former Mexico leader Calderon calls …": describers before the name.
	let k = 0;
	while (k < 3 && k < words.length - 3 && (/^(?:Former|Presumptive|Embattled|Top)$/.test(words[k]) || ROLE_WORD.has(words[k].toLowerCase()) || (DESCRIBER.test(words[k]) && ROLE_WORD.has((words[k + 1] ?? '').toLowerCase())))) k++;
	for (let n = Math.min(k + 4, words.length - 2); n > k; n--) {
		const name = words.slice(k, n).join(' ').replace(/,$/, '');
		// "Trump's stumbles fuel …": the name owns the subject, it is not the subject.
		if (/['’]s?$/.test(name)) return null;
		if (!ents.some((e) => e.forms.some((f) => normalise(f) === normalise(name)) || (e.kind === 'person' && !name.includes(' ') && e.name.split(/\s+/).pop() === name))) continue;
		// "Clinton hints at husband's job": a name two people of the article share answers nothing.
		const ent = headlineActor(art, ents, name);
		if (!ent) return null;
		let v = n;
		// "Biden, stumping for Clinton, trashes Trump": an aside between commas after the name.
		if (words[n - 1].endsWith(',')) {
			const close = words.findIndex((w, i) => i >= n && i < n + 6 && w.endsWith(','));
			if (close < 0) return null;
			v = close + 1;
		}
		if (ADVERB.test(words[v] ?? '')) v++;
		// "Maher tells guest Muslim violence is beyond compare": a headline's "tells" drops the words that make it English.
		if (/^tells$/.test(words[v] ?? '')) return null;
		const past = headlinePast(words[v] ?? '');
		// "RNC rules clash erupts": a verb closing the headline after a noun-like word shows the first "-s" word was a noun.
		const last = words[words.length - 1];
		if (!past || (/^\p{Ll}{3,}s$/u.test(last) && !/(?:ss|us|is)$/.test(last) && /^\p{Ll}/u.test(words[v + 1] ?? '') && !HEAD_FOLLOWER.test(words[v + 1]))) return null;
		// "chides Turkey and praises Trump", "hints at a shakeup, then takes it back": every verb of the headline in the past.
		const rest = words.slice(v + 1).map((w, i, all) => (i > 0 && /^(?:and|then|but|,)$/.test(all[i - 1].replace(/^.*,$/, ',')) ? headlinePast(w) ?? w : w));
		// "leads pack; terrorism a top issue": a headline's second part is another story.
		const pred = withArticle(past, rest).split(/\s*(?:;|\s[-–—]\s)\s*/)[0];
		// "went after Trump": a headline's short predicate is too vague to ask.
		if (words.length - v < 3 || pred.split(/\s+/).length < 5 || names(pred, ent) || /\b(?:he|she|him|his|her|they|their|I|we|our)\b/i.test(pred) || /\bnot\b|n['’]t\b/.test(pred)) return null;
		// The evidence: the body's first sentence naming the actor and sharing a word of the event.
		const s = evidence(art, ent, pred);
		if (!s) return null;
		const m = ent.mentions.find((x) => x.art === art.index && x.start >= s.start && x.end <= s.end)!;
		const c = ask(art, s, ents, ent, { start: m.start, end: m.end, intro: '' }, pred);
		// Ranked as the headline's line (sentence 0), so it neither shares a slot with the lede sentence's own cards nor trails them.
		return c && { ...c, sentence: 0, quality: c.card.choices ? 1 : 0.8 };
	}
	return null;
}

/** "Who said Cruz has 'to come a long way' on ethanol?" from a "Name: claim" headline, with the lede sentence naming the speaker as evidence. */
function saidHeadline(art: Art, ents: Ent[], name: string, claim: string, known: Set<string>): Candidate | null {
	const ent = headlineActor(art, ents, name);
	if (!ent || ent.kind !== 'person' || names(claim, ent) || /\b(?:I|me|my|we|us|our|he|she|him|his|her|they|them|their|it|this|that)\b/i.test(claim.replace(/‘[^’]*’/g, ''))) return null;
	const first = claim.split(/\s+/)[0].replace(/['’]s$/, '').replace(/^[‘'"]/, '');
	const pred = `said ${claim.replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => (known.has(first) ? c : c.toLowerCase()))}`;
	const s = evidence(art, ent, pred);
	if (!s) return null;
	const m = ent.mentions.find((x) => x.art === art.index && x.start >= s.start && x.end <= s.end)!;
	const c = ask(art, s, ents, ent, { start: m.start, end: m.end, intro: '' }, pred);
	return c && { ...c, sentence: 0, quality: c.card.choices ? 1 : 0.8 };
}

/** The first of the body's first three sentences that names `ent` and shares a content word with the headline's event (round 29: a lede about something else shown as evidence). */
function evidence(art: Art, ent: Ent, pred: string): Sentence | undefined {
	const own = new Set(ent.forms.flatMap((f) => f.toLowerCase().split(/\s+/)));
	const event = [...topicalWords(pred)].filter((w) => !own.has(w));
	return ledeSentences(art, 3).find((x) => {
		if (!ent.mentions.some((m) => m.art === art.index && m.start >= x.start && m.end <= x.end)) return false;
		const here = topicalWords(x.text);
		return event.some((w) => here.has(w) || [...here].some((t) => t.length > 4 && w.length > 4 && t.slice(0, 5) === w.slice(0, 5)));
	});
}

/** Words of the names the article's entities use. */
const nameWords = (ents: Ent[]) => new Set(ents.flatMap((e) => e.forms.flatMap((f) => f.split(/\s+/))));

/** The one entity a headline's name stands for ("Trump" beside a passing Ivanka Trump), or undefined when it is shared or unknown. */
function headlineActor(art: Art, ents: Ent[], name: string): Ent | undefined {
	const surname = name.split(/\s+/).pop()!;
	const named = ents.filter((e) => e.forms.some((f) => normalise(f) === normalise(name)) || (e.kind === 'person' && !name.includes(' ') && e.name.split(/\s+/).pop() === surname));
	const count = (e: Ent) => e.mentions.filter((m) => m.art === art.index).length;
	const ent = [...named].sort((a, b) => count(b) - count(a))[0];
	if (!ent || named.some((e) => e !== ent && (count(e) > 1 || count(e) * 3 > count(ent)))) return undefined;
	const fits = ent.kind === 'person' ? ent.human && ent.name.includes(' ') : ent.kind === 'group' ? ent.level !== 'other' : ent.level === 'country';
	return fits && ent.confidence >= MIN_ENTITY_CONFIDENCE ? ent : undefined;
}

/** Lede "who did it" cards: "Who rejected criticism from Donald Trump that …?" → Bill de Blasio. */
export function actorCards(arts: Art[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	for (const art of arts) {
		// Only the lede: rounds 14–15 followed the two most named actors to the sixth sentence, and those cards asked
		// background anyone could guess ("who beat 16 GOP candidates", "who talked politics on Fox and Friends").
		for (const s of ledeSentences(art)) {
			const c = actorCard(art, s, ents) ?? relativeCard(art, s, ents);
			if (c) out.push(c);
		}
		const h = headlineCard(art, ents);
		// One event asked once: the headline's only when no lede card asks the same actor.
		if (h && !out.some((c) => c.art === art.index && c.about === h.about)) out.push(h);
	}
	return out;
}

// "has led the board since 2009", "has served for 20 years": a lasting state, not an event.
const LASTING = /\b(?:since|for (?:\S+ )?(?:years|decades|months|weeks))\b/;
// Words of a clause that point back at text the card does not show.
const POINTER = /\b(?:he|she|it|they|him|her|his|its|their|them|this|these|those)\b/i;
// "Nancy Reagan, who died Sunday at age 94, …": an event told about someone in a relative clause.
const RELATIVE = /^\s*(?:\([^()]{1,20}\))?,\s+who\s+([^,;:"“”()]{8,200}?)\s*(?:,|[.!?]["”’)]?\s*$)/;

/** "Who died on Sunday at age 94?" from a lede sentence's "X, who died Sunday at age 94, …". */
function relativeCard(art: Art, s: Sentence, ents: Ent[]): Candidate | null {
	const ms = ents.flatMap((e) => e.mentions.filter((m) => m.art === art.index && m.start >= s.start && m.end <= s.end).map((m) => ({ ent: e, start: m.start, end: m.end })));
	for (const m of ms.sort((a, b) => a.start - b.start)) {
		const { ent } = m;
		if (ent.kind !== 'person' || !ent.human || !ent.name.includes(' ') || ent.confidence < MIN_ENTITY_CONFIDENCE || inQuote(art, m.start, m.end)) continue;
		const r = RELATIVE.exec(art.text.slice(m.end, s.end));
		if (!r) continue;
		const pred = r[1].trim();
		const toks = pred.split(/\s+/);
		const perfect = /^(?:has|had)$/.test(toks[0]) && (/^\p{Ll}{3,}ed$/u.test(toks[1] ?? '') || PARTICIPLE.has(toks[1] ?? '') || (PAST.has(toks[1] ?? '') && !NOT_VERB.test(toks[1])));
		const passive = NOT_VERB.test(toks[0]) && (/^\p{Ll}{3,}(?:ed|en)$/u.test(toks[1] ?? '') || PAST.has(toks[1] ?? ''));
		if ((!(finiteVerb(toks[0]) && !NOT_VERB.test(toks[0])) && !perfect && !passive) || (perfect && LASTING.test(pred))) continue;
		if (/^(?:not|never|yet)$/.test(toks[1] ?? '') || words(pred) < 4 || words(pred) > 30 || POINTER.test(pred) || names(pred, ent) || /\b(?:I|my|me|we|our|us)\b/.test(pred)) continue;
		// "who served as governor": a past office or trait, not the news, unless tied to a date, number or name.
		const from = m.end + art.text.slice(m.end, s.end).indexOf(pred), to = from + pred.length;
		const tied = /\d/.test(pred) || ents.some((e) => e !== ent && e.mentions.some((x) => x.art === art.index && x.start >= from && x.end <= to)) || art.facts.dates.some((d) => d.start >= from && d.end <= to);
		if (!tied) continue;
		const c = ask(art, s, ents, ent, { start: m.start, end: m.end, intro: '' }, pred);
		if (c) return c;
	}
	return null;
}

/** One "who did it" card from sentence `s`, or null when its subject or predicate does not qualify. */
function actorCard(art: Art, s: Sentence, ents: Ent[]): Candidate | null {
	const subj = subjectOf(art, s, ents);
	if (!subj || inQuote(art, subj.start, subj.end)) return null;
	const { ent } = subj;
	if (ent.confidence < MIN_ENTITY_CONFIDENCE) return null;
	if (ent.kind === 'person' && (!ent.human || !ent.name.includes(' '))) return null;
	if (ent.kind === 'group' && ent.level === 'other') return null;
	if (ent.kind === 'place' && ent.level !== 'country') return null;
	// After the name: a party tag "(D-Calif.)" or a short apposition ", the party's nominee,"; then the verb.
	let rest = art.text.slice(subj.end, s.end);
	rest = rest.replace(/^\s*\([^()]{1,20}\)/, '');
	const appo = /^,\s+([^,"“”]{3,80}),\s+/.exec(rest);
	const skipped = appo && !/\b(?:and|who|which|that)\b/.test(appo[1]);
	if (skipped) rest = rest.slice(appo[0].length - 1);
	// ", who leads the Pacific Command, …": a relative clause describing the subject is skipped like an apposition.
	const rel = skipped ? null : /^,\s+who\s+([^,"“”]{3,90}),\s+/.exec(rest);
	if (rel && !/\b(?:and|said|says|told)\b/.test(rel[1])) rest = rest.slice(rel[0].length - 1);
	rest = rest.replace(/^\s+/, '');
	// "X and Y pledged": a shared subject; "X's campaign": not the subject.
	if (/^(?:and|or|&|['’]s?)\b/.test(rest) || /^['’]/.test(rest)) return null;
	const toks = rest.split(/\s+/);
	let v = 0;
	if (ADVERB.test(toks[0] ?? '')) v = 1;
	// "is shifting staff to Iowa": an event under way (round 13: acceptable) — unlike "still leads" or "has been criticizing".
	const progressive = /^(?:is|are)$/.test(toks[v] ?? '') && /^\p{Ll}{3,}ing$/u.test(toks[v + 1] ?? '') && toks[v + 1] !== 'being';
	// "has granted immunity", "have endorsed": a news lede's completed event; "has been", "has long …" describe a state.
	const perfect = /^(?:has|have)$/.test(toks[v] ?? '') && (/^\p{Ll}{3,}ed$/u.test(toks[v + 1] ?? '') || (PAST.has(toks[v + 1] ?? '') && !NOT_VERB.test(toks[v + 1])) || PARTICIPLE.has(toks[v + 1] ?? ''));
	// "will meet with Donald Trump later this month": a planned event (unlike "may", "could", "would").
	const planned = toks[v] === 'will' && /^\p{Ll}{3,}$/u.test(toks[v + 1] ?? '') && !/^(?:be|have|not|never|likely|probably|also|still)$/.test(toks[v + 1]);
	if ((!finiteVerb(toks[v] ?? '') && !progressive && !perfect && !planned) || (MODAL.test(toks[v]) && !planned) || (perfect && LASTING.test(rest))) return null;
	// "did not reveal …", "has yet to address …": what did not happen is no event to learn.
	if (/^(?:not|never|yet|n['’]t)$/.test(toks[v + 1] ?? '') || /n['’]t$/.test(toks[v])) return null;
	// "was elected", "was sworn in" are events; "was calm but firm", "was at the top" describe.
	if (NOT_VERB.test(toks[v]) && !(/^\p{Ll}{3,}(?:ed|en)$/u.test(toks[v + 1] ?? '') || PAST.has(toks[v + 1] ?? ''))) return null;
	let pred = rest.replace(/[.!?]["”’)]?\s*$/, '');
	const say = SAYING.exec(pred);
	if (say) pred = pred.slice(0, say.index);
	if (/["“”]/.test(pred) || TRAILING_ATTRIBUTION.test(pred + '.')) return null;
	// "won Florida in 1988, and Barack Obama won …": a second clause with its own subject is another fact.
	// "pitched seven innings and Glenallen Hill drove in two runs": a name and a verb after "and" start another clause.
	const clause = /,?\s+(?:and|but)\s+(?=(?:they|he|she|it|we)\b)|,\s+(?:and|but)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})|\s+(?:and|but)\s+(?=\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+\s+\p{Ll}+(?:ed|s)\b)/u.exec(pred);
	if (clause) pred = pred.slice(0, clause.index);
	// A long predicate keeps its first clause ("met survivors … on Thursday", not "… and said the United States must …").
	if (words(pred) > 24) {
		const tail = /(?:,\s+(?:a move|which|who|while|but|as|after|where|amid|in a|including)\b|\s+[—–]\s+|\s+and\s+(?:said|says|called|added|urged|told|warned)\b)/.exec(pred);
		if (tail && words(pred.slice(0, tail.index)) >= 7) pred = pred.slice(0, tail.index);
	}
	pred = pred.replace(/[\s,;:—–-]+$/, '');
	const n = words(pred);
	if (n < 7 || n > 32 || words(subj.intro) + n > 40) return null;
	if (names(pred, ent) || /\b(?:I|my|me|we|our|us)\b/.test(pred)) return null;
	// An event ties its subject to something: another name, a number or a date ("smiled and lifted a sign" is colour, not news).
	const from = art.text.indexOf(pred, subj.end), to = from + pred.length;
	const tied = /\d/.test(pred) || ents.some((e) => e !== ent && e.mentions.some((m) => m.art === art.index && m.start >= from && m.end <= to)) || art.facts.dates.some((d) => d.start >= from && d.end <= to);
	if (from < 0 || !tied) return null;
	// The sentence must read alone with its subject asked for: no pronoun or "the company" pointing back.
	if (!standsAlone(art, s, ents, [subj.start, subj.end])) return null;
	return ask(art, s, ents, ent, subj, pred);
}

/** The "who did it" card for `ent` (its mention `subj`, with any opening phrase) and the event `pred`, or null. */
function ask(art: Art, s: Sentence, ents: Ent[], ent: Ent, subj: { start: number; end: number; intro: string }, pred: string): Candidate | null {
	// "who gave her victory speech": a gendered pronoun of the subject gives the answer away among the choices.
	if (/\b(?:he|she|him|himself|herself)\b/i.test(pred)) return null;
	// "who solidified their claims": a plural pointer shows the subject was two people.
	if (/\b(?:their|they|them|themselves)\b/.test(pred)) return null;
	// "who revived her campaign" may mean another woman's: "their" only when no one else is named in the sentence.
	if (/\b(?:his|her)\b/.test(pred) && ents.some((e) => e !== ent && e.kind === 'person' && e.mentions.some((m) => m.art === art.index && m.start >= s.start && m.end <= s.end))) return null;
	pred = pred.replace(/\b(?:his|her)\b/g, 'their');
	// "Putin met during a G20 meeting": meeting takes two; without "with …" the other is as right an answer.
	if (new RegExp(`^(?:met|talked|spoke|conferred|negotiated)(?:\\s+(?:privately|briefly|again|secretly|face to face))?\\s+(?:during|at|in|on|for|over|behind|before|after|late|early|${WEEKDAY_NAMES.join('|')})\\b`).test(pred)) return null;
	const wh = ent.kind === 'person' ? 'Who' : ent.kind === 'group' ? 'Which organisation' : 'Which country';
	const when = parseValue(art.date);
	const timed = TIMED.test(pred) || WEEKDAY.test(pred) || WEEKDAY.test(subj.intro);
	const period = when?.m ? formatWhen({ y: when.y, m: when.m }) : '';
	const intro = subj.intro;
	const prompt = intro
		? `${intro}, ${wh.toLowerCase()} ${pred}?${!timed && !TIMED.test(intro) && period ? ` (news of ${period})` : ''}`
		: !timed && period ? `In ${period}, ${wh.toLowerCase()} ${pred}?` : `${wh} ${pred}?`;
	if (/["“”]/.test(intro) || (intro && names(intro, ent))) return null;
	// "Two emails … have been placed in storage, X wrote": a clause of its own before the name is no opening phrase.
	if (/\b(?:is|are|was|were|has|have|had|been|will|would|said|says)\b/.test(intro)) return null;
	if (RELATIVE_TIME.test(pred) && !when) return null;
	const type = TYPE[ent.kind];
	const id = cardId(type, art.id, s.text, `actor|${ent.name}`);
	// Who else the lede's paragraph names, or a next sentence saying "also", may have done it too ("Peter Thiel also signed up").
	const after = art.sentences[s.index + 1];
	const next = after && /\b(?:also|too|as well|likewise|similarly|joined|among them|along with)\b/i.test(after.text) ? after : undefined;
	const near = (x: Ent) => x.mentions.some((m) => m.art === art.index && ((m.start >= s.start && m.end <= s.end) || (sentenceAt(art, m.start)?.paragraph === s.paragraph) || (!!next && m.start >= next.start && m.end <= next.end)));
	const choices = entityChoices(ent, ents, prompt, id, near) ?? undefined;
	const card = entityCard(art, ent, type, prompt, id, s, art.text.slice(subj.start, subj.end), choices);
	return { card, art: art.index, sentence: s.index, quality: choices ? 0.95 : 0.75, about: ent, actor: true };
}
