/** Step 9: quote cloze — a name, place, group, count or key word blanked in a speaker's own words. */
import type { CardType } from '../../deck/schema';
import { cardId } from '../../deck/ids';
import { names, type Ent } from './02-entities';
import { entityChoices } from './04-distractors';
import { acceptFor, type CleanQuote } from './08-quotes';
import { STOP, tagsOf, sourceOf, words, type Candidate } from './05-card';
import { LABEL, NUMBER, WEAK, numberChoices } from './12-numbers';

const TYPE: Record<Ent['kind'], CardType> = { place: 'where', group: 'which-group', person: 'who' };
const HINT: Record<Ent['kind'], string> = { place: 'place', group: 'organisation', person: 'name' };

/** One blank in a quote: the span [a, b) of `shown`, the answer and its choices. */
interface Blank {
	a: number;
	b: number;
	type: CardType;
	hint: string;
	answer: string;
	accept?: string[];
	about?: Ent;
	choices: (prompt: string, id: string) => string[] | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when [a, b) of `t` is one item of a list of names ("Iran, North Korea, and ____") or part of a longer name. */
function listed(t: string, a: number, b: number): boolean {
	const before = t.slice(0, a);
	const after = t.slice(b);
	return (
		/\p{Lu}[\p{L}.]*,\s*(?:and\s+|or\s+)?(?:the\s+)?$|\b(and|or)\s+(the\s+)?$/u.test(before) ||
		/^\s*(?:,|and|or)\s*(?:the\s+)?\p{Lu}/u.test(after) ||
		/^[\s-]?\p{Lu}|^['’]s\b|^-/u.test(after) ||
		/\p{Lu}[\p{L}.]*\s+$|\[[^\]]*$/u.test(before)
	);
}

/** Entity mentions in the shown quote (never the speaker), as blanks with choices of the same kind. */
function entityBlanks(q: CleanQuote, ents: Ent[]): Blank[] {
	const out: Blank[] = [];
	for (const e of ents) {
		if (e === q.speaker || (e.kind === 'person' && (!e.human || !e.name.includes(' '))) || (e.kind !== 'person' && e.level === 'other')) continue;
		const forms = [...e.forms].filter((f) => f.length > 2 && !/^[A-Z]{2,5}$/.test(f) === (e.kind !== 'group' || f.length > 5 || !/^[A-Z]+$/.test(f))).sort((x, y) => y.length - x.length);
		for (const f of forms) {
			const m = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${esc(f)}(?![\\p{L}\\p{N}])`, 'u').exec(q.shown);
			if (!m) continue;
			const a = m.index;
			const b = a + m[0].length;
			if (!listed(q.shown, a, b))
				out.push({ a, b, type: TYPE[e.kind], hint: HINT[e.kind], answer: e.name, accept: acceptFor(e), about: e, choices: (p, id) => entityChoices(e, ents, p, id) });
			break;
		}
	}
	return out;
}

/** Counts and rates with a unit in the shown quote ("33 Israeli captives", "4 per cent"). */
function numberBlanks(q: CleanQuote): Blank[] {
	const out: Blank[] = [];
	for (const m of q.shown.matchAll(NUMBER)) {
		const num = m[1];
		const percent = !!m[2] && /per ?cent|%/.test(m[2]);
		if (!m[2] || (!percent && (!m[3] || WEAK.test(m[3]))) || Number(num.replace(/,/g, '')) < 2 || /^(1[89]|20)\d\d$/.test(num)) continue;
		if (q.shown.split(num).length > 2 || LABEL.test(q.shown.slice(0, m.index!))) continue;
		out.push({ a: m.index!, b: m.index! + num.length, type: 'how-many', hint: 'number', answer: num, accept: num.includes(',') ? [num.replace(/,/g, '')] : undefined, choices: (_p, id) => numberChoices(num, [], id, percent) });
	}
	return out;
}

/** Quote cloze cards: each clean quote's blanks, multiple choice, the speaker named in the stem. */
export function quoteClozeCards(qs: CleanQuote[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	for (const q of qs) {
		if (words(q.shown) > 45) continue;
		for (const bl of [...entityBlanks(q, ents), ...numberBlanks(q)]) {
			const shown = q.shown.slice(0, bl.a) + '____' + q.shown.slice(bl.b);
			// The blanked words must be the quote's point, not most of it; the answer must not show elsewhere.
			if (words(shown) < 8 || (bl.about && names(shown, bl.about)) || shown.includes(bl.answer)) continue;
			const who = q.speaker.kind === 'group' && q.speaker.name.includes(' ') && !/^the /i.test(q.speaker.name) ? `The ${q.speaker.name}` : q.speaker.name;
			const prompt = `Fill in the ${bl.hint}: ${who} said “${shown}”`;
			if (bl.about && names(prompt, bl.about)) continue;
			const id = cardId(bl.type, q.art.id, 'quote', q.quote.text, bl.answer);
			const choices = bl.choices(prompt, id);
			if (!choices) continue;
			const card = {
				id,
				type: bl.type,
				prompt,
				answer: bl.answer,
				accept: bl.accept,
				choices,
				explanation: `${who} said “${q.shown}”.`,
				tags: tagsOf(q.art, bl.type),
				source: sourceOf(q.art, q.source),
				fact: { kind: 'quote' as const, name: who, text: q.shown }
			};
			out.push({ card, art: q.art.index, sentence: q.source.index, quality: q.quality * 0.8, about: bl.about ?? q.speaker });
		}
	}
	return out;
}

/** Words too vague to be a quote's point, even when long. */
const BLAND = new Set('people things something everything anything everyone someone really always already another however because without whether further certain course different important number little nothing others before second process matter actually together possible situation future information action direction chance operation position country nation region history'.split(' '));
/** Endings of nouns and adjectives that carry a statement's content ("painful", "proportionality", "destruction"). */
const CONTENT = /(tion|sion|ment|ness|ity|ful|ous|ive|ible|able|ic|ical|ance|ence|ship|ism|ist|ure|ary|ory)$/;

/** The key word of a quote: the longest content-bearing word that occurs once in it and nowhere in `rest` (the article outside it). */
export function keyWord(shown: string, rest = ''): { word: string; at: number } | null {
	let best: { word: string; at: number; score: number } | null = null;
	const counts = new Map<string, number>();
	const toks = [...shown.matchAll(/[\p{L}'’-]+/gu)];
	for (const t of toks) counts.set(t[0].toLowerCase(), (counts.get(t[0].toLowerCase()) ?? 0) + 1);
	toks.forEach((t, i) => {
		const w = t[0];
		// A long "-ing" word after a determiner is a noun ("the government’s dithering").
		const noun = w.length >= 8 && /ing$/.test(w) && /(?:\b(?:the|a|an|its|their|our|his|her|this)|['’]s)\s+$/i.test(shown.slice(0, t.index));
		if (i < 2 || !/^\p{Ll}[\p{Ll}]{5,}$/u.test(w) || STOP.has(w) || BLAND.has(w) || (/ly$|ing$|ed$|s$/.test(w) && !noun) || counts.get(w) !== 1 || new RegExp(`\\b${w}`, 'i').test(rest)) return;
		const score = (CONTENT.test(w) || noun ? 3 : 0) + Math.min(w.length, 12) / 4;
		if (score >= 4 && (!best || score > best.score)) best = { word: w, at: t.index!, score };
	});
	return best;
}

/** Fallback quote cloze: the quote's key word blanked, typed answer; shipped only in an article short of cards. */
export function wordClozeCards(qs: CleanQuote[]): Candidate[] {
	const out: Candidate[] = [];
	for (const q of qs) {
		// A word the article uses elsewhere is its topic, guessable without the quote.
		const k = words(q.shown) <= 40 ? keyWord(q.shown, q.art.text.slice(0, q.source.start) + q.art.text.slice(q.source.end)) : null;
		if (!k) continue;
		const shown = q.shown.slice(0, k.at) + '____' + q.shown.slice(k.at + k.word.length);
		if (words(shown) < 8) continue;
		const who = q.speaker.kind === 'group' && q.speaker.name.includes(' ') && !/^the /i.test(q.speaker.name) ? `The ${q.speaker.name}` : q.speaker.name;
		const id = cardId('quote-cloze', q.art.id, q.quote.text, k.word);
		const card = {
			id,
			type: 'quote-cloze' as const,
			prompt: `Fill in the missing word: ${who} said “${shown}”`,
			answer: k.word,
			explanation: `${who} said “${q.shown}”.`,
			tags: tagsOf(q.art, 'quote-cloze'),
			source: sourceOf(q.art, q.source),
			fact: { kind: 'quote' as const, name: q.speaker.name, text: q.shown }
		};
		out.push({ card, art: q.art.index, sentence: q.source.index, quality: q.quality, about: q.speaker, fallback: true });
	}
	return out;
}
