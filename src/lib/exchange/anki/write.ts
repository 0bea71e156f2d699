/** A deck as a real Anki package (.apkg): a zip holding an SQLite collection with Newsdeck and cloze notes. */
import type { SqlJsStatic } from 'sql.js';
import { zipSync, strToU8 } from 'fflate';
import type { Card, Deck } from '../../deck/schema';
import { ANKI_SCHEMA, CLOZE_MODEL_ID, DECK_OPTIONS, FIELD_SEP, NEWSDECK_MODEL_ID, collectionConf, decksJson, noteTypes } from './schema';
import { checksum, choicesHtml, escapeHtml, plain, toCloze } from './fields';

/** One note to write: its note type, fields (HTML) and tags. */
interface NoteOut {
	guid: string;
	mid: number;
	fields: string[];
	tags: string[];
}

/** The fields every note carries after its question: the source sentence, the article's title, date and link. */
function sourceFields(deck: Deck, card: Card): string[] {
	const article = deck.articles.find((a) => a.id === card.source.articleId);
	return [escapeHtml(card.source.sentence), escapeHtml(article?.title ?? ''), article?.date ?? '', escapeHtml(article?.url ?? '')];
}

/** A card as an Anki note: a cloze note when its prompt has one blank, else a Newsdeck note. GUID = card id, so re-import updates. */
export function toNote(deck: Deck, card: Card): NoteOut {
	const tags = (card.tags ?? []).map((t) => t.trim().replace(/\s+/g, '_'));
	const cloze = typeof card.answer === 'string' ? toCloze(card.prompt, card.answer) : null;
	const choices = choicesHtml(card.choices);
	if (cloze) return { guid: card.id, mid: CLOZE_MODEL_ID, fields: [cloze, choices, escapeHtml(card.explanation ?? ''), ...sourceFields(deck, card)], tags };
	const back = Array.isArray(card.answer) ? card.answer.map(escapeHtml).join('<br>') : escapeHtml(card.answer);
	return { guid: card.id, mid: NEWSDECK_MODEL_ID, fields: [escapeHtml(card.prompt), choices, back, ...sourceFields(deck, card)], tags };
}

/** An Anki deck id from the Newsdeck deck id: stable, so a deck exported twice lands in the same Anki deck. */
function ankiDeckId(id: string): number {
	let h = 0;
	for (const ch of id) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
	return 1_500_000_000_000 + (h % 100_000_000_000);
}

/** Writes the deck as an .apkg (zip bytes); `SQL` is sql.js, loaded by the caller; `now` stamps notes and cards. */
export async function deckToApkg(deck: Deck, SQL: SqlJsStatic, now: Date): Promise<Uint8Array> {
	const db = new SQL.Database();
	try {
		const ms = now.getTime();
		const secs = Math.floor(ms / 1000);
		const did = ankiDeckId(deck.id);
		db.exec(ANKI_SCHEMA);
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			secs, ms, ms,
			JSON.stringify(collectionConf(did)),
			JSON.stringify(noteTypes(did, secs)),
			JSON.stringify(decksJson(did, deck.title, deck.description ?? '', deck.id, secs)),
			JSON.stringify(DECK_OPTIONS),
			'{}'
		]);
		const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
		const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
		for (const [i, c] of deck.cards.entries()) {
			const n = toNote(deck, c);
			const id = ms + i;
			const tags = n.tags.length ? ` ${n.tags.join(' ')} ` : '';
			note.run([id, n.guid, n.mid, secs, tags, n.fields.join(FIELD_SEP), plain(n.fields[0]), await checksum(n.fields[0])]);
			// New cards, in deck order (`due` is the position among new cards).
			card.run([id, id, did, secs, i + 1]);
		}
		note.free();
		card.free();
		const collection = db.export();
		return zipSync({ 'collection.anki2': collection, media: strToU8('{}') });
	} finally {
		db.close();
	}
}
