/** The one schema of the deck file format (v1), shared by the generator, the app and static/deck.schema.json. */
import * as v from 'valibot';

/** Current deck format version; older versions are lifted by migrate.ts. */
export const DECK_VERSION = 1;

/** Card types the generator emits and the app can study. */
export const CARD_TYPES = [
	'who-said',
	'said-what',
	'when',
	'where',
	'which-group',
	'who',
	'true-false',
	'timeline',
	'flip',
	'how-many',
	'quote-cloze'
] as const;

/** Kinds of fact a card can rest on. */
export const FACT_KINDS = ['quote', 'date', 'place', 'group', 'person'] as const;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('expected a non-empty string'));
const isoDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY-MM-DD, YYYY-MM or YYYY')
);
const offset = v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0));
/** Only web links: a `javascript:` or `data:` URL in a deck would run or show code when clicked. */
export const WebUrlSchema = v.pipe(v.string(), v.url('expected a URL'), v.regex(/^https?:\/\//i, 'expected an http(s) URL'));

/** Where a card's fact comes from: the article and the exact sentence. */
export const SourceSchema = v.object({
	articleId: text,
	sentence: text,
	start: offset,
	end: offset
});

/** The normalised fact behind a card; its fields also make the card id stable. */
export const FactSchema = v.object({
	kind: v.picklist(FACT_KINDS, `expected one of ${FACT_KINDS.join(', ')}`),
	/** Canonical name of the person, place or group; or the speaker of a quote. */
	name: v.optional(v.string()),
	/** The quote text or the date expression as written. */
	text: v.optional(v.string()),
	/** TIMEX3 value of a date fact. */
	value: v.optional(v.string()),
	/** How sure the generator was of the answer, 0–1 (the speaker ranker's probability, the entity typer's). */
	confidence: v.optional(v.pipe(v.number('expected a number'), v.minValue(0, 'expected 0 to 1'), v.maxValue(1, 'expected 0 to 1')))
});

/** One flashcard. */
export const CardSchema = v.object({
	id: v.pipe(text, v.maxLength(64, 'expected at most 64 characters')),
	type: v.picklist(CARD_TYPES, `expected one of ${CARD_TYPES.join(', ')}`),
	prompt: text,
	answer: v.union([text, v.pipe(v.array(text), v.minLength(2))], 'expected a non-empty string (or, for a timeline, a list)'),
	accept: v.optional(v.array(text)),
	choices: v.optional(v.pipe(v.array(text), v.minLength(2, 'expected at least 2 choices'), v.maxLength(8, 'expected at most 8 choices'))),
	explanation: v.optional(v.string()),
	tags: v.optional(v.array(text)),
	source: SourceSchema,
	fact: FactSchema
});

/** One article a deck was made from; `text` is the whole article body. */
export const ArticleSchema = v.object({
	id: text,
	title: text,
	date: v.nullable(isoDate),
	url: v.optional(WebUrlSchema),
	/** The news outlet that published it ("Reuters"). */
	outlet: v.optional(text),
	text: text
});

/** A whole deck file. */
export const DeckSchema = v.object({
	format: v.literal('newsdeck', 'expected "newsdeck"'),
	version: v.literal(DECK_VERSION, `expected ${DECK_VERSION}`),
	id: v.pipe(text, v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'expected lower-case letters, digits, ".", "_" or "-" (at most 80)')),
	title: text,
	description: v.optional(v.string()),
	language: v.pipe(text, v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en"')),
	createdAt: v.pipe(v.string(), v.isoTimestamp('expected an ISO timestamp')),
	url: v.optional(WebUrlSchema),
	articles: v.pipe(v.array(ArticleSchema), v.minLength(1, 'expected at least one article')),
	cards: v.array(CardSchema)
});

export type Deck = v.InferOutput<typeof DeckSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type DeckArticle = v.InferOutput<typeof ArticleSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type CardType = (typeof CARD_TYPES)[number];

/** One entry of a catalog (static/decks/index.json or a class catalog). */
export const CatalogEntrySchema = v.object({
	id: text,
	title: text,
	cards: v.pipe(v.number(), v.integer(), v.minValue(0)),
	date: v.nullable(v.string()),
	file: text,
	description: v.optional(v.string())
});

/** A catalog file: a list of decks to offer. */
export const CatalogSchema = v.object({
	format: v.literal('newsdeck-catalog', 'expected "newsdeck-catalog"'),
	version: v.literal(1, 'expected 1'),
	decks: v.array(CatalogEntrySchema)
});

export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type CatalogEntry = v.InferOutput<typeof CatalogEntrySchema>;
