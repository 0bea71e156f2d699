/** The generator's one public entry: article texts → one validated-shape deck of ranked flashcards. */
import type { CardType, Deck } from '../deck/schema';
import { slugId } from '../deck/ids';
import { extractFacts } from './extract/extract';
import { makeArt, type Art } from './cards/01-context';
import { indexEntities } from './cards/02-entities';
import { cleanQuotes, saidWhat, trueFalse, whoSaid } from './cards/08-quotes';
import { actorCards } from './cards/09-actors';
import { timelineCards, whenCards } from './cards/10-dates';
import { clozeCards } from './cards/11-cloze';
import { numberCards } from './cards/12-numbers';
import { describedRoleCards, roleCards } from './cards/13-roles';
import { worthAsking } from './cards/14-worth';
import { select } from './cards/15-rank';
import type { Facts } from './types';

/** One input article: file content, optional file name (for ids) and date override. */
export interface GenerateInput {
	content: string;
	file?: string;
	date?: string;
	/** Facts already extracted (tests, or a caller that ran extraction itself). */
	facts?: Facts;
}

/** Options of `generate`; `now` is the deck's createdAt (pass the article date for reproducible output). */
export interface GenerateOptions {
	now: string;
	maxCards?: number;
	types?: CardType[];
	title?: string;
	id?: string;
}

/** Default most cards per article. */
export const DEFAULT_MAX_CARDS = 12;

/** Builds one deck from the inputs: entities merged across articles, distractors from the whole deck. */
export function generate(inputs: GenerateInput[], options: GenerateOptions): Deck {
	const arts: Art[] = inputs.map((inp, i) => makeArt(i, inp.content, inp.facts ?? extractFacts(inp.content, { date: inp.date }), inp.file, inp.date));
	const seen = new Map<string, number>();
	for (const a of arts) {
		const n = seen.get(a.id) ?? 0;
		seen.set(a.id, n + 1);
		if (n) a.id = `${a.id}-${n + 1}`;
	}
	const ents = indexEntities(arts);
	const quotes = cleanQuotes(arts, ents);
	const cands = [
		...whoSaid(quotes, ents),
		...saidWhat(quotes),
		...trueFalse(quotes, ents),
		...actorCards(arts, ents),
		...whenCards(arts, ents),
		// One article's dates rarely make an order worth learning; a deck of several articles does.
		...(arts.length > 1 ? timelineCards(arts, ents) : []),
		...clozeCards(arts, ents),
		...roleCards(arts, ents),
		...describedRoleCards(arts, ents),
		// Number blanks read acceptable to blind readers 30% of the time over 24 rounds (a figure means little without
		// its poll or its count's subject): made only when asked for by type.
		...(options.types?.includes('how-many') ? numberCards(arts, ents) : [])
	];
	const worth = cands.map((c) => worthAsking(c, arts[c.art])).filter((c) => c !== null);
	const cards = select(worth, options.maxCards ?? DEFAULT_MAX_CARDS, options.types);
	const title = options.title ?? (arts.length === 1 ? arts[0].title : `${arts[0].title} (and ${arts.length - 1} more)`);
	return {
		format: 'newsdeck',
		version: 1,
		id: options.id ?? slugId(inputs.length === 1 && inputs[0].file ? inputs[0].file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '') : title, arts.map((a) => a.id).join('|')),
		title,
		language: 'en',
		createdAt: options.now,
		articles: arts.map((a) => ({ id: a.id, title: a.title, date: a.date, text: a.text.slice(a.bodyStart) })),
		cards
	};
}
