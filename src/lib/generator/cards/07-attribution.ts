/** Step 7: which quote attributions are safe to ask about (the speaker found by a pattern that rarely errs). */
import type { Art } from './01-context';
import { findEnt, type Ent } from './02-entities';
import type { Quote } from '../types';

const CUE = /^[\s,”"’]*(?:the|a)\s+((?:\p{Lu}[\p{L}-]+\s+)*)(\p{Ll}[\p{Ll} ]*?)\s+(?:said|added|continued|stated|told|says|noted|explained|stressed|wrote|insisted)\b/u;

/**
 * True when the speaker was found by a pattern that rarely misattributes: a name at the cue, a pronoun, an
 * organisation cue for a group, or a description ("the prime minister said") that only one person fits.
 */
export function strongSpeaker(art: Art, q: Quote, speaker: Ent, ents: Ent[]): boolean {
	if (anonymous(art, q)) return false;
	if (!q.via || q.via === 'name' || q.via === 'pronoun') return true;
	if (q.via === 'organisation') return speaker.kind === 'group';
	if (q.via === 'continuation') return continues(art, q, speaker, ents);
	if (q.via !== 'description') return false;
	const m = CUE.exec(art.text.slice(q.end, q.end + 80));
	if (!m) return false;
	if (m[1]) return true;
	// "the president continued" is ambiguous when the article has an Iranian and a Russian president.
	const role = m[2].replace(/[.*+?^${}()|[\]\\]/g, '');
	const quals = new Set([...art.text.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:${role}|${role.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())})\\b`, 'gu'))].map((x) => x[1]).filter((w) => !/^(The|A|An|Former|Then|Acting)$/.test(w)));
	return quals.size <= 1;
}

// "a source told Fox News", "one senior official said": the words are an unnamed person's, whatever is named nearby.
const ANON = /\b(?:a|an|one|two|three|several|other|some|many|unnamed|anonymous)\s+(?:[\p{L}-]+\s+){0,3}?(?:sources?|officials?|aides?|persons?|people|advisers?|advisors?|insiders?|staffers?|members?|strategists?|operatives?|donors?|supporters?|residents?|voters?|observers?|Republicans?|Democrats?)\b|\b(?:sources|people familiar|those familiar|officials)\b/u;

/** True when the clause around the quote credits it to an unnamed person ("a source said", "said one official"). */
function anonymous(art: Art, q: Quote): boolean {
	const after = art.text.slice(q.end, q.end + 160).replace(/^[^\p{L}]*?[”"’]/u, "").split(/\n|(?<=[.!?])\s+(?=["“‘]?\p{Lu})|[“"]/u)[0];
	const start = Math.max(art.text.lastIndexOf('\n', q.start), q.start - 200);
	const before = art.text.slice(start, q.start).split(/(?<=[.!?])\s+(?=["“‘]?\p{Lu})|[”"]/u).pop() ?? '';
	return ANON.test(after) || ANON.test(before);
}

/** A quote opening its own paragraph continues the speaker of the paragraphs before: the last person named there. */
function continues(art: Art, q: Quote, speaker: Ent, ents: Ent[]): boolean {
	if (speaker.kind !== 'person') return false;
	// Run-on quoting ("… that. “The rise …"): the previous quotation, left open, was the same speaker's.
	const prev = art.facts.quotes.find((p) => p.end <= q.start && p.end >= q.start - 4 && /^[\s“"‘]*$/.test(art.text.slice(p.end, q.start)));
	if (prev?.speaker && prev.via !== 'none' && prev.via !== 'description' && findEnt(ents, prev.speaker) === speaker) return true;
	if (!/(^|\n)\s*[“"‘]?$/.test(art.text.slice(Math.max(0, q.start - 4), q.start))) return false;
	let last: Ent | undefined;
	let at = -1;
	for (const e of ents)
		for (const m of e.mentions)
			if (e.kind === 'person' && e.human && m.art === art.index && m.start < q.start && m.start > q.start - 700 && m.start > at) [last, at] = [e, m.start];
	return last === speaker;
}

const OCCASION_NOUN = 'interview|statement|speech|op-ed|letter|memo|e-?mail|post|tweet|debate|town hall|press conference|news conference|rally|address|appearance|hearing|conversation|phone call|call|remarks|briefing|video|ad|advertisement|book|memoir|column|essay|podcast|radio show|show|forum|event|campaign stop|fundraiser|dinner|meeting|summit|conference|convention|testimony|sermon|debate';
const NAME = `\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,4}`;
const SETTING = [
	// "in an interview with Fox News", "in a statement on Monday", "during Thursday's debate"
	new RegExp(`\\b(?:in|during)\\s+(?:an?|the|his|her|their|\\p{Lu}\\p{Ll}+day['’]s)\\s+((?:[\\p{Ll}-]+\\s+){0,2}(?:${OCCASION_NOUN}))\\b(\\s+(?:with|on|to|at|in|before)\\s+${NAME})?`, 'u'),
	// "at a rally in Des Moines", "at the Republican convention"
	new RegExp(`\\bat\\s+(?:an?|the|his|her|their)\\s+((?:[\\p{L}-]+\\s+){0,3}(?:rally|event|campaign stop|town hall|debate|forum|convention|dinner|press conference|news conference|fundraiser|hearing|meeting|summit|conference|breakfast|luncheon|ceremony|funeral|memorial|vigil|protest|march|parade|gala|festival|launch))\\b(\\s+(?:in|at|of)\\s+${NAME})?`, 'u')
];
const TOLD = new RegExp(`\\btold\\s+((?:reporters|supporters|the crowd|a crowd|an audience|the audience|voters|students|donors|delegates|lawmakers)\\b(?:\\s+(?:in|at)\\s+${NAME})?|${NAME})`, 'u');
const ON_AIR = /\bon\s+((?:CNN|Fox News|Fox Business|MSNBC|NBC|CBS|ABC|PBS|NPR|Twitter|Facebook|Instagram|YouTube|C-SPAN)(?:['’]s\s+[“"‘]?\p{Lu}[^,.;:”"’]{2,40}[”"’]?)?)/u;

/**
 * Where the quoted words were said, from the reporter's words around them: "in an interview with Fox News",
 * "at a rally in Des Moines", "to reporters", "on CNN's State of the Union". Empty when the text gives none
 * or the setting would name or point at the speaker ("his", the speaker's own name).
 */
export function occasion(sourceText: string, speaker: Ent): string {
	const reported = sourceText.replace(/“[^”]*”|"[^"]*"/g, ' ');
	let phrase = '';
	// Only a setting the reporting clause gives: right after a cue word ("said at a rally in …") or after "speaking".
	const attached = (at: number) => /\b(?:said|says|told|tells|wrote|writes|added|adds|declared|stated|speaking|spoke|addressing|appearing|remarked|asserted|argued)\b[^,.;:“”"]{0,40}$/i.test(reported.slice(Math.max(0, at - 60), at)) || /^\s*$/.test(reported.slice(0, at));
	for (const re of SETTING) {
		const m = re.exec(reported);
		if (m && attached(m.index)) {
			const det = /^[aeiou]/i.test(m[1]) ? 'an' : 'a';
			// "during Thursday's debate" keeps its day; "in his speech" becomes "in a speech".
			const lead = /^(?:in|during)\s+(\p{Lu}\p{Ll}+day['’]s)/u.exec(m[0]);
			phrase = `${m[0].split(/\s+/)[0]} ${lead ? lead[1] : /^(?:the)$/i.test(m[0].split(/\s+/)[1]) ? 'the' : det} ${m[1]}${m[2] ?? ''}`;
			break;
		}
	}
	if (!phrase) {
		const t = TOLD.exec(reported);
		if (t) phrase = `to ${t[1]}`;
		else phrase = ON_AIR.exec(reported)?.[0] ?? '';
	}
	phrase = phrase.replace(/\s+/g, ' ').trim().replace(/(?<!\b\p{Lu})[.,;:]+$/u, '');
	if (!phrase || speaker.forms.some((f) => f.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(phrase)))) return '';
	return /\b(?:his|her|their|him|he|she|they|its|it|this|that)\b/i.test(phrase) ? '' : phrase;
}
