/** Step 15: score candidates and pick each article's best cards under quotas (fewer, better cards). */
import type { Card, CardType } from '../../deck/schema';
import { normalise } from '../../deck/ids';
import { jaccard, words, type Candidate } from './05-card';
import { LEDE } from './14-worth';
import { MONTH_NAMES } from '../model/calendar';

const WEIGHT: Record<CardType, number> = {
	'who-said': 1,
	when: 0.95,
	where: 0.85,
	'which-group': 0.85,
	who: 0.8,
	'said-what': 0.7,
	'true-false': 0.65,
	timeline: 0.8,
	flip: 0.5,
	'how-many': 0.85,
	'quote-cloze': 0.6
};

/** Most cards of one type per article, so a deck mixes kinds of question. */
const TYPE_CAP: Partial<Record<CardType, number>> = { 'who-said': 4, 'said-what': 2, 'true-false': 2, timeline: 1, when: 4, where: 3, 'which-group': 3, who: 2, 'how-many': 2, 'quote-cloze': 1 };

/** Candidate score: type weight × quality, plus a decaying lead-position bonus and entity salience. */
export function score(c: Candidate): number {
	const lead = Math.exp(-c.sentence / 8) * 0.4;
	const salience = c.about ? Math.min(c.about.mentions.length, 6) * 0.03 : 0.05;
	return WEIGHT[c.card.type] * c.quality + lead + salience;
}

/** Minimum score a card needs to ship. */
export const MIN_SCORE = 0.55;

/** Picks up to `max` cards per article: best score first, capped per type, entity and sentence, no near-duplicates. */
export function select(cands: Candidate[], max: number, types?: CardType[]): Card[] {
	const byArt = new Map<number, Candidate[]>();
	for (const c of cands) {
		if (types && !types.includes(c.card.type)) continue;
		const list = byArt.get(c.art) ?? [];
		list.push(c);
		byArt.set(c.art, list);
	}
	const out: Card[] = [];
	const ids = new Set<string>();
	for (const art of [...byArt.keys()].sort((a, b) => a - b)) {
		const ranked = byArt
			.get(art)!
			.map((c) => ({ c, s: score(c) }))
			.filter((x) => x.s >= MIN_SCORE)
			.sort((x, y) => y.s - x.s || (x.c.card.id < y.c.card.id ? -1 : 1));
		const chosen: Candidate[] = [];
		const count = (f: (c: Candidate) => boolean) => chosen.filter(f).length;
		// A second, looser pass on type caps only when the first leaves the article short of cards.
		// The last pass (slack 5) adds fallback cards only to an article still short of five.
		for (const slack of [0, 2, 4, 5]) {
		if ((slack === 2 && chosen.length >= 8) || (slack >= 4 && chosen.length >= 5)) break;
		for (const { c } of ranked) {
			if (chosen.length >= max || ids.has(c.card.id) || !!c.fallback !== (slack === 5) || (slack === 5 && chosen.length >= 5)) continue;
			if (count((x) => x.card.type === c.card.type) >= (TYPE_CAP[c.card.type] ?? 3) + slack) continue;
			if (c.about && c.card.type !== 'when' && count((x) => x.about === c.about) >= Math.min(3, (c.card.fact.kind === 'quote' ? 3 : 2) + slack / 2)) continue;
			// A second quote card of the same kind on one speaker is guessable from the first.
			if (c.card.fact.kind === 'quote' && chosen.some((x) => x.about === c.about && x.card.type === c.card.type) && (slack < 4 || !c.card.choices || c.card.type !== 'who-said')) continue;
			// One sentence, one card, but for quotes and the lede's main event (its place and its date are both worth knowing).
			// (A quote's source may reach into the sentence that names its speaker: quotes and blanks are counted apart.)
			const isQuote = (x: Candidate) => x.card.fact.kind === 'quote';
			if (count((x) => x.sentence === c.sentence && isQuote(x) === isQuote(c)) >= (isQuote(c) || c.sentence <= LEDE ? 2 : 1)) continue;
			if (slack < 4 && chosen.some((x) => x.sentence === c.sentence && x.card.type === c.card.type)) continue;
			// One date asked twice ("said on Monday" in two sentences) is one fact.
			if (c.card.type === 'when' && chosen.some((x) => x.card.type === 'when' && x.card.answer === c.card.answer)) continue;
			if (chosen.some((x) => leaksInto(x, c, slack >= 4) || leaksInto(c, x, slack >= 4))) continue;
			// One entity blanked twice ("countries that help ____" in a quote and in the report) is one fact asked twice.
			if (['where', 'which-group', 'who'].includes(c.card.type) && chosen.some((x) => x.card.type === c.card.type && x.card.answer === c.card.answer && !/^Who was /.test(x.card.prompt + c.card.prompt))) continue;
			if (chosen.some((x) => sameFact(x, c) || (x.sentence !== c.sentence && jaccard(x.card.prompt, c.card.prompt) >= 0.6))) continue;
			chosen.push(c);
			ids.add(c.card.id);
		}
		}
		out.push(...chosen.map((c) => c.card));
	}
	return out;
}

/** Two quote cards on the same quote ask the same thing in different ways; keep one. */
function sameFact(a: Candidate, b: Candidate): boolean {
	return a.card.fact.kind === 'quote' && b.card.fact.kind === 'quote' && a.card.fact.text === b.card.fact.text;
}

/** Forms a card's answer shows up as in text: the answer, its typed aliases, and a date or number as written. */
function answerForms(c: Candidate): string[] {
	const { card } = c;
	if (typeof card.answer !== 'string' || ['true-false', 'said-what'].includes(card.type)) return [];
	// A weekday as written ("on Sunday") does not give away a calendar date; a month or year would.
	const written = card.fact.text ?? '';
	const asWritten = card.type === 'how-many' || (card.type === 'when' && (/\d/.test(written) || MONTH_NAMES.some((m) => written.includes(m)))) ? [written] : [];
	return [card.answer, ...(card.accept ?? []), ...asWritten].map((f) => normalise(f.replace(/^(on|in|by|since|from|until|during)\s+/i, ''))).filter((f) => f.length > 1);
}

/** What a card's answer is: a date, a number, or a name (entity). */
const kind = (c: Candidate) => (c.card.type === 'when' ? 'date' : c.card.type === 'how-many' ? 'number' : 'name');

/** The text a card asks about: a quote card's own words (its source also holds the sentence naming the speaker), else its source. */
function spanOf(c: Candidate): { start: number; end: number } {
	const { source, fact } = c.card;
	const at = fact.kind === 'quote' && fact.text ? source.sentence.indexOf(fact.text.replace(/^… |…$/g, '').slice(0, 30)) : -1;
	return at < 0 ? source : { start: source.start + at, end: source.start + at + (fact.text ?? '').length };
}

/** True when `a`'s prompt shows `b`'s answer and both rest on the same sentence (one card gives the other away); `short`: the article lacks cards. */
function leaksInto(a: Candidate, b: Candidate, short = false): boolean {
	// In an article short of cards, a date and a name, or a name and a number in one long sentence, are different facts (siblings);
	// otherwise one card showing the other's answer gives it away (round 22: "Who made history on Tuesday" beside
	// "Obama made history on ____"). Two blanks in one short sentence are one fact asked twice.
	if (kind(a) !== kind(b) && a.card.fact.kind !== 'quote' && b.card.fact.kind !== 'quote' && short && (words(a.card.source.sentence) >= 20 || kind(a) === 'date' || kind(b) === 'date')) return false;
	const x = spanOf(a);
	const y = spanOf(b);
	if (a.card.source.articleId !== b.card.source.articleId || x.end <= y.start || y.end <= x.start) return false;
	const p = ` ${normalise(a.card.prompt)} `;
	return answerForms(b).some((f) => p.includes(` ${f} `));
}
