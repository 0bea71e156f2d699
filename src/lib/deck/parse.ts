/** Parses a deck file at the boundary: JSON text -> typed Deck, or a DeckError naming every problem's path. */
import * as v from 'valibot';
import { DeckSchema, CardSchema, CatalogSchema, type Card, type Deck, type Catalog } from './schema';
import { DeckError, show } from './errors';
import { migrate } from './migrate';
import { normalise } from './ids';
import { jsonErrorOffset, lineColumn } from './json-where';
import { articleOffsetMaps, stripAll, stripCardControls, stripDeckControls } from './controls';

/** Largest deck file accepted, in characters (a deck of ~20,000 cards fits easily). */
export const MAX_DECK_CHARS = 20 * 1024 * 1024;

/** `cards[3].choices` from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
	}
	return out || '(top level)';
}

/** Reads JSON text, naming the line and column of a syntax error. */
export function parseJsonText(text: string, file?: string, max = MAX_DECK_CHARS): unknown {
	if (text.length > max) {
		throw new DeckError([`file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(0)} MB`], file);
	}
	if (text.trim() === '') throw new DeckError(['file is empty'], file);
	try {
		return JSON.parse(text);
	} catch {
		// The browser's own message ("Unexpected token } in JSON at position 12") means nothing to a student.
		const at = jsonErrorOffset(text);
		if (at < 0) throw new DeckError(['not valid JSON (the file could not be read as a deck)'], file);
		const { line, column } = lineColumn(text, at);
		const why = at >= text.length ? 'the file ends too soon; it may be cut off' : 'something is missing or extra here, such as a comma, quote or bracket';
		throw new DeckError([`line ${line}, column ${column}: not valid JSON (${why})`], file);
	}
}

/** Article ids must be unique; returns the problems and each article's text by id. */
function checkArticles(deck: Pick<Deck, 'articles'>): { problems: string[]; texts: Map<string, string> } {
	const problems: string[] = [];
	const texts = new Map<string, string>();
	deck.articles.forEach((a, i) => {
		if (texts.has(a.id)) problems.push(`articles[${i}].id: "${a.id}" is used twice`);
		texts.set(a.id, a.text);
	});
	return { problems, texts };
}

/** One card's rules a schema cannot express: a unique id, answers among choices, its source inside its article. */
function checkCard(c: Card, i: number, ids: Set<string>, texts: Map<string, string>, problems: string[]): void {
	const at = `cards[${i}]`;
	if (ids.has(c.id)) problems.push(`${at}.id: "${c.id}" is used by another card`);
	ids.add(c.id);
	if (Array.isArray(c.answer) !== (c.type === 'timeline')) {
		problems.push(`${at}.answer: ${c.type === 'timeline' ? 'a timeline answer is the list of events in order' : 'expected a string'}`);
	}
	if (c.choices) {
		const seen = new Set(c.choices.map(normalise));
		if (seen.size !== c.choices.length) problems.push(`${at}.choices: two choices are the same`);
		const answers = Array.isArray(c.answer) ? c.answer : [c.answer];
		for (const a of answers) {
			if (!c.choices.includes(a)) problems.push(`${at}.choices: answer "${a}" is not among the choices`);
		}
	}
	const text = texts.get(c.source.articleId);
	if (text === undefined) {
		problems.push(`${at}.source.articleId: no article has id "${c.source.articleId}"`);
	} else {
		const { start, end, sentence } = c.source;
		if (end < start || end > text.length) {
			problems.push(`${at}.source: start ${start} / end ${end} lie outside the article (length ${text.length})`);
		} else if (!text.slice(start, end).includes(sentence)) {
			problems.push(`${at}.source.sentence: not found in the article text at ${start}–${end}`);
		}
	}
}

/** Checks the rules a schema cannot express: unique ids, answers among choices, sources inside articles. */
function crossCheck(deck: Deck): string[] {
	const { problems, texts } = checkArticles(deck);
	const ids = new Set<string>();
	deck.cards.forEach((c, i) => checkCard(c, i, ids, texts, problems));
	return problems;
}

/** Lifts a raw value to the current deck version, or throws the DeckError `toDeck` would. */
function lift(raw: unknown, file?: string): Record<string, unknown> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		throw new DeckError([`(top level): expected a JSON object, got ${Array.isArray(raw) ? 'an array' : typeof raw}`], file);
	}
	const obj = raw as Record<string, unknown>;
	if (obj.format !== 'newsdeck') {
		throw new DeckError([`format: expected "newsdeck", got ${show(obj.format)} — is this a deck file?`], file);
	}
	const lifted = migrate(obj);
	if ('problems' in lifted) throw new DeckError(lifted.problems, file);
	return lifted.deck;
}

/** Validates an already-parsed value as a deck (migrating old versions, stripping control characters); throws DeckError. */
export function toDeck(raw: unknown, file?: string): Deck {
	const lifted = lift(raw, file);
	const result = v.safeParse(DeckSchema, stripDeckControls(lifted));
	if (!result.success) {
		throw new DeckError(
			result.issues.map((i) => `${issuePath(i)}: ${i.message}`),
			file
		);
	}
	const problems = crossCheck(result.output);
	if (problems.length) throw new DeckError(problems, file);
	return result.output;
}

/** How a long check gives the page back: `pause()` after every `chunk` cards, and `progress(done, total)`. */
export interface Pacing {
	chunk: number;
	pause: () => Promise<void>;
	progress?: (done: number, total: number) => void;
}

/** Walks `n` items in chunks, pausing between them (so a 100,000-card deck never freezes the page). */
async function inChunks(n: number, pacing: Pacing, each: (i: number) => void, done = 0, total = n): Promise<void> {
	for (let i = 0; i < n; i++) {
		each(i);
		if ((i + 1) % pacing.chunk === 0 && i + 1 < n) {
			pacing.progress?.(done + i + 1, total);
			await pacing.pause();
		}
	}
	pacing.progress?.(done + n, total);
}

/** `cards[3].choices` for an issue found inside card 3 checked on its own. */
const cardIssue = (i: number, issue: v.BaseIssue<unknown>) => {
	const path = issue.path?.length ? issuePath(issue) : '';
	return `cards[${i}]${path && !path.startsWith('[') ? '.' : ''}${path}: ${issue.message}`;
};

/**
 * `toDeck` for big decks: the same result and the same problems in the same order, but the cards are
 * checked in chunks with a pause between them; progress counts cards twice (schema, then cross-check).
 */
export async function toDeckPaced(raw: unknown, pacing: Pacing, file?: string): Promise<Deck> {
	const lifted = lift(raw, file);
	const cards = lifted.cards;
	if (!Array.isArray(cards)) return toDeck(raw, file);
	const maps = articleOffsetMaps(lifted);
	const head = v.safeParse(DeckSchema, stripDeckControls({ ...lifted, cards: [] }));
	const issues = head.success ? [] : head.issues.map((i) => `${issuePath(i)}: ${i.message}`);
	const out: Card[] = new Array(cards.length);
	const total = cards.length * 2;
	await inChunks(cards.length, pacing, (i) => {
		const r = v.safeParse(CardSchema, stripCardControls(cards[i], maps));
		if (r.success) out[i] = r.output;
		else for (const issue of r.issues) issues.push(cardIssue(i, issue));
	}, 0, total);
	if (issues.length || !head.success) throw new DeckError(issues, file);
	const deck: Deck = { ...head.output, cards: out };
	const { problems, texts } = checkArticles(deck);
	const ids = new Set<string>();
	await inChunks(out.length, pacing, (i) => checkCard(out[i], i, ids, texts, problems), cards.length, total);
	if (problems.length) throw new DeckError(problems, file);
	return deck;
}

/** Parses deck JSON text; returns a typed Deck or throws a DeckError listing every problem. */
export function parseDeck(text: string, file?: string): Deck {
	return toDeck(parseJsonText(text, file), file);
}

/** `parseDeck` in chunks with pauses (see `toDeckPaced`). */
export async function parseDeckPaced(text: string, pacing: Pacing, file?: string): Promise<Deck> {
	const raw = parseJsonText(text, file);
	await pacing.pause();
	return toDeckPaced(raw, pacing, file);
}

/** Parses a catalog (index.json) text; throws DeckError naming the path of each problem. */
export function parseCatalog(text: string, file?: string): Catalog {
	const raw = parseJsonText(text, file, 5 * 1024 * 1024);
	const result = v.safeParse(CatalogSchema, stripAll(raw));
	if (!result.success) {
		throw new DeckError(result.issues.map((i) => `${issuePath(i)}: ${i.message}`), file);
	}
	return result.output;
}
