/** One batch step, shared by the worker threads and `--one-deck`: an article file (text or saved HTML page) → a validated deck, or the reason it was skipped. */
import { readFileSync, statSync } from 'node:fs';
import { decodeText, latin1Note } from '../lib/import/decode';
import { generate } from '../lib/generator/index';
import { dateLine } from '../lib/generator/extract/01-read';
import { toDeck } from '../lib/deck/parse';
import { DeckError } from '../lib/deck/errors';
import type { CardType, Deck } from '../lib/deck/schema';
import { htmlArticle, isHtmlFile } from './html';

/** What every deck of a batch is made with. */
export interface MakeOptions {
	date?: string;
	maxCards?: number;
	types?: CardType[];
}

/** An input read as article text, or why it cannot be used; `notes` are said but do not skip it. */
export type ReadInput = { content: string; notes: string[] } | { skip: string };

/** A made deck, or why there is none. */
export type Made = { deck: Deck } | { skip: string };

/** A file size in words: "6.0 MB", "120 kB". */
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`);

/** Why a file is refused before it is read (a folder, or larger than `maxBytes`), or null when it may be read. */
export function refuse(file: string, maxBytes: number): string | null {
	let st;
	try {
		st = statSync(file);
	} catch (e) {
		return `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
	}
	if (st.isDirectory()) return 'cannot read (EISDIR: a folder, not a file)';
	if (st.size > maxBytes) return `${size(st.size)} is over the ${size(maxBytes)} limit for one article file; not read`;
	return null;
}

/** Reads an article file: text in UTF-8 or Windows-1252, a saved web page as its article text. */
export function readInput(file: string): ReadInput {
	const notes: string[] = [];
	let content: string;
	try {
		const decoded = decodeText(readFileSync(file));
		content = decoded.text;
		if (decoded.encoding !== 'utf-8') notes.push(latin1Note(file));
	} catch (e) {
		return { skip: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
	}
	if (isHtmlFile(file)) {
		try {
			content = htmlArticle(content);
		} catch (e) {
			return { skip: (e as Error).message };
		}
	}
	const line = dateLine(content);
	if (line.date && line.bodyStart >= content.length) return { skip: 'the article has a date line but no title or text' };
	return { content, notes };
}

/** createdAt from the article date, so output never depends on the clock. */
function createdAt(date: string | null | undefined): string {
	const d = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : date && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : '1970-01-01';
	return `${d}T00:00:00.000Z`;
}

/** Generates one deck from the articles and validates it with the deck schema; `label` names the input in errors. */
export function makeDeck(list: { content: string; file: string }[], label: string, opts: MakeOptions): Made {
	try {
		const inputs = list.map((x) => ({ content: x.content, file: x.file, date: opts.date }));
		const deck = generate(inputs, { now: createdAt(null), maxCards: opts.maxCards, types: opts.types });
		deck.createdAt = createdAt(deck.articles[0].date);
		const valid = toDeck(JSON.parse(JSON.stringify(deck)), label);
		return valid.cards.length ? { deck: valid } : { skip: 'no cards could be made from this article' };
	} catch (e) {
		// A DeckError already names the file; its problems say what is wrong.
		return { skip: e instanceof DeckError ? `the deck made from it is not valid (${e.problems.join('; ')})` : (e as Error).message.split('\n').join(' ') };
	}
}
