/** Step 10: date cards — "when" (the date blanked in its sentence) and a timeline of the article's events. */
import { cardId } from '../../deck/ids';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../model/calendar';
import { inQuote, sentenceAt, type Art } from './01-context';
import type { Ent } from './02-entities';
import { dateAccepts, dateChoices, formatWhen, parseValue, shuffle, whenKey, type When } from './04-distractors';
import { clipSentence, clozeable, subClause, sourceOf, standsAlone, tagsOf, words, type Candidate } from './05-card';
import { defineSubject } from './06-subject';
import type { DateFact, Sentence } from '../types';

/** A dated event: a date fact outside quotes, in a sentence that stands alone. */
interface Dated {
	art: Art;
	date: DateFact;
	when: When;
	sentence: Sentence;
	/** Sentence with the date expression replaced by "____". */
	cloze: string;
}

const HINT = (w: When) => (w.d ? 'date' : w.m ? 'month and year' : 'year');
const MONTH_OR_YEAR = new RegExp(`\\b(1[89]\\d\\d|20\\d\\d|${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')}|yesterday|today|tomorrow)\\b`);

/** A reporting verb (and where it was said) right before the date. */
const SAYING = /(\b(said|says|told(?: \w+)?|stated|added|announced|tweeted|wrote|spoke)(?: (?:at|in|to|during|on) (?:a |an |the )?[\w ]{0,25}?)?|press conference|news conference|interview|statement)(?:\s+(?:late|early))?\s*$/i;


/** True when the sentence around the blank still shows part of the answer ("____ was the hottest June"). */
function leaks(rest: string, w: When): boolean {
	const around = rest.replace('____', ' ');
	return (!!w.m && new RegExp(`\\b${MONTH_NAMES[w.m - 1]}\\b`).test(around)) || new RegExp(`\\b${w.y}\\b`).test(around);
}

/** True when the date comes before any quotation mark and every quoted part is a short phrase (the reporter's sentence). */
function reporterOnly(s: Sentence, date: DateFact): boolean {
	const first = s.text.search(/["“”]/);
	const parts = s.text.match(/["“][^"“”]*["”]/g) ?? [];
	return first > date.end - s.start && parts.every((p) => words(p) <= 12) && (s.text.match(/["“”]/g) ?? []).length % 2 === 0;
}

/** Dated events of the deck usable for cards. */
function datedEvents(arts: Art[], ents: Ent[]): Dated[] {
	const out: Dated[] = [];
	for (const art of arts) {
		const seen = new Set<string>();
		for (const date of art.facts.dates) {
			const when = parseValue(date.value);
			const sentence = sentenceAt(art, date.start);
			if (!when || !sentence || inQuote(art, date.start, date.end) || (/["“”]/.test(sentence.text) && !/^["“]/.test(sentence.text) && !reporterOnly(sentence, date))) continue;
			if (!clozeable(sentence) || /christmas|easter|new year|eid|ramadan|thanksgiving|diwali|hanukkah/i.test(date.text)) continue;
			// "this year", "last year": a year named only relative to the article asks for its date line.
			if (!when.m && !/\d/.test(date.text)) continue;
			if (/\([^()]*$/.test(sentence.text.slice(0, date.start - sentence.start))) continue;
			let cut = clipSentence(sentence, date.end - sentence.start);
			// "The decision is the latest step in a case that began when X filed a lawsuit in 1999": X's clause stands alone.
			if (cut && !standsAlone(art, cut, ents)) cut = subClause(cut, date.start - sentence.start);
			if (!cut || words(cut.text) < 7 || !standsAlone(art, cut, ents)) continue;
			// "said at a press conference on Tuesday": the day of the saying is not worth learning.
			if (SAYING.test(sentence.text.slice(0, date.start - sentence.start))) continue;
			// "X announced the plan … on 19 February" dates the announcement; "said that the deal will start on …" dates the deal.
			if (/\b(said|says|told|stated|announced|tweeted|wrote)\b(?! that)[^,;]*$/.test(sentence.text.slice(0, date.start - sentence.start)) && (/^["“]/.test(sentence.text) || !/\w/.test(cut.text.slice(date.end - cut.start).replace(/[.!?"”’)]/g, '')))) continue;
			const key = `${sentence.index}|${date.value}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const a = date.start - cut.start;
			const b = date.end - cut.start;
			const lead = /^(on|in|by|since|from|until|during|of|through|before|after|last|this|next|early|late|mid)\s/i.exec(date.text);
			// "through the end of ____", "before ____": the preposition stays in the sentence, only the date is blanked.
			const keep = lead && /^(on|in|by|since|from|until|during|of|through|before|after)$/i.test(lead[1]) ? lead[0] : '';
			const rest = defineSubject(art, sentence, ents, cut.text.slice(0, a) + keep + '____' + cut.text.slice(b));
			// "On ____, Vucic repeated his claim …": the date of a statement.
			if (/^(?:\w+\s+)?____,?\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:said|says|told|stated|repeated|claimed|insisted|warned|urged|announced|added|stressed|reiterated)\b/u.test(rest)) continue;
			if (MONTH_OR_YEAR.test(rest.replace('____', '')) && art.facts.dates.some((d) => d !== date && d.value === date.value && d.start >= sentence.start && d.end <= sentence.end)) continue;
			// A weekday resolved past the article date in a past-tense report is a resolution slip; skip it.
			const pub = parseValue(art.date);
			if (leaks(rest, when) || (pub && whenKey(when) > whenKey(pub) && /day\b/i.test(date.text) && !/\b(will|to be|expected|plans?|scheduled)\b/i.test(sentence.text))) continue;
			out.push({ art, date, when, sentence, cloze: rest.charAt(0).toUpperCase() + rest.slice(1) });
		}
	}
	return out;
}

/** when: the event sentence with the date blanked → the date, choices at plausible distances. */
export function whenCards(arts: Art[], ents: Ent[]): Candidate[] {
	const events = datedEvents(arts, ents);
	const out: Candidate[] = [];
	for (const e of events) {
		const id = cardId('when', e.art.id, e.sentence.text, e.date.value);
		const others = events.filter((o) => o !== e && o.date.value !== e.date.value).map((o) => o.when);
		const latest = parseValue(e.art.date);
		// A presidential-election year against other years: every choice is an election year, or the odd one is the answer.
		// Likewise a congressional or midterm election year (even years): its wrong choices are even years too.
		const presidential = e.when.y % 4 === 0 && /\b(?:presidential|president|White House|nominee|nomination|primar(?:y|ies)|caucus(?:es)?)\b/i.test(e.sentence.text);
		const congressional = e.when.y % 2 === 0 && /\b(?:midterms?|House|Senate|congressional|Congress|wave|elections?)\b/.test(e.sentence.text);
		const yearStep = e.when.m ? 1 : presidential ? 4 : congressional ? 2 : 1;
		const choices = dateChoices(e.when, others, latest, id, yearStep);
		if (!choices) continue;
		const answer = formatWhen(e.when);
		const relative = !MONTH_OR_YEAR.test(e.date.text) || /^(on|last|this|next)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)/i.test(e.date.text.trim());
		const card = {
			id,
			type: 'when' as const,
			prompt: `Fill in the ${HINT(e.when)}: ${e.cloze.replace(/[.!?]*(["”’]?)$/, '$1')}.`.replace(/\s+/g, ' ').replace(/\s+([,.;:)])/g, '$1'),
			answer,
			accept: dateAccepts(e.when),
			choices,
			explanation: relative ? `“${e.date.text.trim()}” in an article dated ${formatWhen(parseValue(e.art.date) ?? e.when)} is ${answer}.` : undefined,
			tags: tagsOf(e.art, 'when'),
			source: sourceOf(e.art, e.sentence),
			fact: { kind: 'date' as const, text: e.date.text, value: e.date.value ?? undefined }
		};
		const q = (e.when.d ? 1 : e.when.m ? 0.9 : 0.8) - (relative ? 0.1 : 0);
		out.push({ card, art: e.art.index, sentence: e.sentence.index, quality: q });
	}
	return out;
}

/** The event label for a timeline: the sentence without its date phrase, trimmed. */
function label(e: Dated): string | null {
	let t = e.cloze.replace(/^(on|in|by|since|from|until|during)?\s*____,?\s*/i, '').replace(/,?\s*(on|in|by|since|from|until|during)?\s*____/i, '');
	t = t.replace(/[.!?]+$/, '');
	if (t.includes('____') || MONTH_OR_YEAR.test(t) || /\b(first|then|later|after|before|previously|subsequently|earlier)\b/i.test(t)) return null;
	if (words(t) < 5 || words(t) > 24) return null;
	return t.charAt(0).toUpperCase() + t.slice(1);
}

/** timeline: 3–4 events of one article with distinct dates → their order, earliest first. */
export function timelineCards(arts: Art[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	const events = datedEvents(arts, ents);
	for (const art of arts) {
		const mine = events.filter((e) => e.art === art).map((e) => ({ e, text: label(e) })).filter((x): x is { e: Dated; text: string } => !!x.text);
		const byYear = new Map<string, { e: Dated; text: string }>();
		for (const x of mine) {
			const k = formatWhen(x.e.when);
			if (!byYear.has(k) && ![...byYear.values()].some((y) => y.text === x.text || y.e.sentence === x.e.sentence)) byYear.set(k, x);
		}
		const items = [...byYear.values()].sort((a, b) => whenKey(a.e.when) - whenKey(b.e.when));
		// Year-only events cannot be ordered against a month of the same year.
		const clash = items.some((a, i) => items.some((b, j) => i !== j && a.e.when.y === b.e.when.y && (!a.e.when.m || !b.e.when.m)));
		if (items.length < 3 || clash) continue;
		const pick = items.slice(0, 4);
		const answer = pick.map((x) => x.text);
		const id = cardId('timeline', art.id, ...answer);
		let choices = shuffle(answer, id);
		if (choices.every((c, i) => c === answer[i])) choices = [...choices.slice(1), choices[0]];
		const card = {
			id,
			type: 'timeline' as const,
			prompt: 'Put these events from the article in order, earliest first.',
			answer,
			choices,
			explanation: pick.map((x) => `${formatWhen(x.e.when)}: ${x.text}`).join(' · '),
			tags: tagsOf(art, 'timeline'),
			source: sourceOf(art, pick[0].e.sentence),
			fact: { kind: 'date' as const, text: pick.map((x) => x.e.date.text).join(' · '), value: pick.map((x) => x.e.date.value).join(' ') }
		};
		out.push({ card, art: art.index, sentence: pick[0].e.sentence.index, quality: 0.7 });
	}
	return out;
}
