/** Step 9b: quote cloze — a name, place, group or count blanked in a speaker's own words ("Complete X's words"). */
import type { CardType } from '../deck/schema';
import { cardId } from '../deck/ids';
import { names, type Ent } from './10-entities';
import { entityChoices, isPolitical } from './11-distractors';
import { acceptFor, type CleanQuote } from './13-cards-quotes';
import { tagsOf, sourceOf, words, type Candidate } from './12-card';
import { LABEL, NUMBER, WEAK, numberChoices } from './15-cards-numbers';

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
				out.push({ a, b, type: TYPE[e.kind], hint: HINT[e.kind], answer: e.name, accept: acceptFor(e), about: e, choices: (p, id) => entityChoices(e, ents, p, id, [q.art.index], isPolitical(q.art.text)) });
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
