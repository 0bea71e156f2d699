/** An Anki package (.apkg) read as a deck: Newsdeck notes come back as they went out, other notes (Basic, Cloze) become cards. */
import { plural } from '../../text/plural';
import type { Database, SqlJsStatic } from 'sql.js';
import { unzipSync, type Unzipped } from 'fflate';
import { CARD_TYPES, type Card, type CardType, type Deck, type Fact } from '../../deck/schema';
import { DeckError } from '../../deck/errors';
import { toDeck } from '../../deck/parse';
import { cardId, slugId } from '../../deck/ids';
import { FIELD_SEP } from './schema';
import { clozeCards, parseChoices, plain } from './fields';

/** A note type as the importer needs it: cloze or not, and its field names. */
interface NoteType {
	cloze: boolean;
	fields: string[];
}

/** One card read from a note, before articles are laid out. */
interface Draft {
	id: string;
	type: CardType;
	prompt: string;
	answer: string | string[];
	choices: string[];
	tags: string[];
	sentence: string;
	article: { title: string; date: string | null; url: string };
}

const FACT_OF: Partial<Record<CardType, Fact['kind']>> = { when: 'date', timeline: 'date', where: 'place', 'which-group': 'group', who: 'person' };
const TYPES_LONGEST_FIRST = [...CARD_TYPES].sort((a, b) => b.length - a.length);

/** The collection inside the zip: `collection.anki21` when present (Anki 2.1), else `collection.anki2`. */
function collectionOf(files: Unzipped, file: string): Uint8Array {
	const data = files['collection.anki21'] ?? (files['collection.anki21b'] ? undefined : files['collection.anki2']);
	if (data) return data;
	if (files['collection.anki21b']) {
		throw new DeckError(['it was exported by Anki 2.1.50 or newer in its new format, which cannot be read here; in Anki, export it again with “Support older Anki versions” ticked'], file);
	}
	throw new DeckError(['it is a zip file but holds no Anki collection (collection.anki2 is missing); is it really an .apkg?'], file);
}

const rows = (db: Database, sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];

/** Note types from `col.models` (schema 11), or from the `notetypes` and `fields` tables of newer collections. */
function noteTypes(db: Database, models: string): Map<number, NoteType> {
	const out = new Map<number, NoteType>();
	const json = JSON.parse(models || '{}') as Record<string, { type?: number; flds?: { name: string; ord: number }[] }>;
	for (const [id, m] of Object.entries(json)) {
		const fields = [...(m.flds ?? [])].sort((a, b) => a.ord - b.ord).map((f) => f.name);
		out.set(Number(id), { cloze: m.type === 1, fields });
	}
	if (out.size === 0) {
		for (const [ntid, , name] of rows(db, 'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord')) {
			const t = out.get(Number(ntid)) ?? { cloze: false, fields: [] };
			t.fields.push(String(name));
			out.set(Number(ntid), t);
		}
	}
	return out;
}

/** The Anki deck most cards are in: its name is the deck's title; a Newsdeck export also keeps the Newsdeck deck id. */
function deckName(db: Database, decks: string, file: string): { title: string; id: string | null } {
	const json = JSON.parse(decks || '{}') as Record<string, { name?: string; newsdeckId?: unknown }>;
	const [top] = rows(db, 'SELECT did, count(*) FROM cards GROUP BY did ORDER BY 2 DESC LIMIT 1');
	const d = top ? json[String(top[0])] : undefined;
	const fallback = file.replace(/^.*[\\/]/, '').replace(/\.apkg$/i, '');
	const title = (d?.name && d.name !== 'Default' ? d.name.replace(/::/g, ' – ') : fallback).trim() || 'Anki deck';
	return { title, id: typeof d?.newsdeckId === 'string' ? d.newsdeckId : null };
}

/** A card id from the note's GUID (kept when it is a plain id, as our exports write it), per cloze number. */
function idOf(guid: string, n: number): string {
	const base = /^[\w.-]{1,60}$/.test(guid) ? guid : cardId('flip', guid);
	return n > 1 ? `${base}-c${n}` : base;
}

/** The card type a Newsdeck card id starts with (`who-said-…`), else `flip`. */
function typeOf(id: string, newsdeck: boolean): CardType {
	return (newsdeck && TYPES_LONGEST_FIRST.find((t) => id.startsWith(`${t}-`))) || 'flip';
}

/** The cards of one note. */
function noteCards(guid: string, tagText: string, flds: string, type: NoteType, deckTitle: string): Draft[] {
	const values = flds.split(FIELD_SEP);
	const get = (name: string, fallback = -1) => values[type.fields.indexOf(name) >= 0 ? type.fields.indexOf(name) : fallback] ?? '';
	const newsdeck = type.fields.includes('Source sentence') && type.fields.includes('Article title');
	const tags = tagText.split(/\s+/).filter(Boolean);
	const article = newsdeck
		? { title: plain(get('Article title')) || deckTitle, date: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(plain(get('Date'))) ? plain(get('Date')) : null, url: plain(get('Link')) }
		: { title: deckTitle, date: null, url: '' };
	const choices = newsdeck ? parseChoices(get('Choices')) : [];
	const draft = (n: number, prompt: string, answer: string | string[]): Draft => {
		const id = idOf(guid, n);
		const shown = Array.isArray(answer) ? answer.join(' → ') : answer;
		return { id, type: typeOf(id, newsdeck), prompt, answer, choices, tags, sentence: (newsdeck && plain(get('Source sentence'))) || `${prompt} — ${shown}`, article };
	};
	const text = get('Text', 0);
	if (type.cloze || /\{\{c\d+::/.test(text)) return clozeCards(text).map((c) => draft(c.n, c.prompt, c.answer));
	const front = plain(get('Front', 0));
	const backHtml = get('Back', 1);
	const timeline = typeOf(idOf(guid, 1), newsdeck) === 'timeline';
	const back = timeline ? backHtml.split(/<br\s*\/?>/i).map(plain).filter(Boolean) : plain(backHtml);
	return [draft(1, front, back)];
}

/** A card with a question and an answer (a note with only a picture or a sound has neither in text). */
const usable = (d: Draft) => !!d.prompt && (Array.isArray(d.answer) ? d.answer.length >= 2 : !!d.answer);

/** Lays the cards out in articles (each article's text is its cards' source sentences) and checks the deck with the deck schema. */
function assemble(drafts: Draft[], title: string, id: string | null, skipped: number, file: string, now: Date): Deck {
	const articles = new Map<string, { id: string; title: string; date: string | null; url?: string; text: string }>();
	const cards: Card[] = [];
	const seen = new Set<string>();
	for (const d of drafts) {
		if (seen.has(d.id) || !usable(d)) continue;
		seen.add(d.id);
		const key = `${d.article.title}\u0000${d.article.date}\u0000${d.article.url}`;
		let a = articles.get(key);
		if (!a) {
			a = { id: `a${articles.size + 1}`, title: d.article.title, date: d.article.date, ...(/^https?:\/\//i.test(d.article.url) ? { url: d.article.url } : {}), text: '' };
			articles.set(key, a);
		}
		let start = a.text.indexOf(d.sentence);
		if (start < 0) {
			a.text += (a.text ? '\n' : '') + d.sentence;
			start = a.text.length - d.sentence.length;
		}
		const choices = d.choices.length >= 2 ? { choices: d.choices } : {};
		cards.push({
			id: d.id, type: d.type, prompt: d.prompt, answer: d.answer, ...choices, ...(d.tags.length ? { tags: d.tags } : {}),
			source: { articleId: a.id, sentence: d.sentence, start, end: start + d.sentence.length },
			fact: { kind: FACT_OF[d.type] ?? 'quote' }
		});
	}
	if (!cards.length) throw new DeckError(['it holds no notes with text to study (notes with only pictures or sound are left out)'], file);
	const note = skipped ? `${plural(skipped, 'note')} without text (pictures or sound only) left out.` : undefined;
	return toDeck({
		format: 'newsdeck', version: 1, id: id && /^[a-z0-9][a-z0-9._-]{0,79}$/.test(id) ? id : slugId(title), title, ...(note ? { description: note } : {}),
		language: 'en', createdAt: now.toISOString(), articles: [...articles.values()], cards
	}, file);
}

/** Reads an .apkg's bytes as a deck; a damaged or foreign file throws a DeckError naming the file and what is wrong. */
export function apkgToDeck(bytes: Uint8Array, file: string, SQL: SqlJsStatic, now: Date): Deck {
	let files: Unzipped;
	try {
		files = unzipSync(bytes);
	} catch {
		throw new DeckError(['not an Anki package: it is not a zip archive (it may be damaged or only partly downloaded)'], file);
	}
	let db: Database | null = null;
	try {
		db = new SQL.Database(collectionOf(files, file));
		const [col] = rows(db, 'SELECT models, decks FROM col');
		if (!col) throw new Error('the col table is empty');
		const types = noteTypes(db, String(col[0]));
		const { title, id } = deckName(db, String(col[1]), file);
		const drafts: Draft[] = [];
		let skipped = 0;
		for (const [guid, mid, tags, flds] of rows(db, 'SELECT guid, mid, tags, flds FROM notes ORDER BY id')) {
			const type = types.get(Number(mid)) ?? { cloze: false, fields: [] };
			const made = noteCards(String(guid), String(tags), String(flds), type, title);
			if (!made.some(usable)) skipped++;
			drafts.push(...made);
		}
		return assemble(drafts, title, id, skipped, file, now);
	} catch (e) {
		if (e instanceof DeckError) throw e;
		throw new DeckError([`the Anki collection inside cannot be read (${e instanceof Error ? e.message : String(e)}); the file may be damaged`], file);
	} finally {
		db?.close();
	}
}
