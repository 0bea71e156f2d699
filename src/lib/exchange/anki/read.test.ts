import { beforeAll, describe, expect, it } from 'vitest';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { apkgToDeck } from './read';
import { deckToApkg } from './write';
import { richDeck } from './fixtures/rich-deck';
import { ankiMadeApkg } from './fixtures/anki-made';
import { toDeck } from '../../deck/parse';
import { deckErrorOf } from '../../deck/fixtures/deck-error';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});
const NOW = new Date('2026-02-01T10:00:00Z');

const refused = (bytes: Uint8Array, file = 'broken.apkg') => deckErrorOf(() => apkgToDeck(bytes, file, SQL, NOW)).message;

describe('Anki package import', () => {
	it('reads its own export back: ids, types, prompts, answers, choices, tags, sources and articles', async () => {
		const deck = toDeck(richDeck());
		const back = apkgToDeck(await deckToApkg(deck, SQL, NOW), 'lakeside-bridge-opens.apkg', SQL, NOW);
		expect(back.id).toBe(deck.id);
		expect(back.title).toBe(deck.title);
		// Anki tags cannot hold spaces: "local news" comes back as "local_news".
		const shape = (d: typeof deck) =>
			d.cards.map((c) => ({ id: c.id, type: c.type, prompt: c.prompt, answer: c.answer, choices: c.choices, tags: c.tags?.map((t) => t.replace(/ /g, '_')), sentence: c.source.sentence }));
		expect(shape(back)).toEqual(shape(deck));
		expect(back.articles).toHaveLength(1);
		expect(back.articles[0]).toMatchObject({ title: 'Lakeside bridge opens', date: '2026-01-05', url: 'https://news.example/lakeside' });
		for (const c of back.cards) expect(back.articles[0].text.slice(c.source.start, c.source.end)).toBe(c.source.sentence);
		// Exported again, the same notes come out.
		const again = apkgToDeck(await deckToApkg(back, SQL, NOW), 'again.apkg', SQL, NOW);
		expect(shape(again)).toEqual(shape(deck));
	});

	it('reads a deck made in Anki: Basic notes as question-and-answer cards, one card per cloze deletion, collection.anki21 first', () => {
		const deck = apkgToDeck(ankiMadeApkg(SQL), 'geo.apkg', SQL, NOW);
		expect(deck.title).toBe('Geography – South America');
		expect(deck.description).toBe('1 note without text (pictures or sound only) left out.');
		expect(deck.cards.map((c) => [c.type, c.prompt, c.answer, c.tags])).toEqual([
			['flip', 'Capital of Peru?', 'Lima', ['geography']],
			['flip', 'The ____ flows into the Atlantic.', 'Amazon', ['rivers', 'geo']],
			['flip', 'The Amazon flows into the ____.', 'Atlantic', ['rivers', 'geo']]
		]);
		expect(deck.cards[1].id).toBe('cz.1');
		expect(deck.cards[2].id).toBe('cz.1-c2');
		expect(deck.cards[0].source.sentence).toBe('Capital of Peru? — Lima');
	});

	it('refuses a damaged or foreign file, naming it and saying what is wrong', async () => {
		expect(refused(strToU8('hello, not a zip'))).toMatch(/^broken\.apkg: not a valid deck:\n {2}not an Anki package: it is not a zip archive/);
		expect(refused(zipSync({ 'notes.txt': strToU8('hi') }))).toMatch(/holds no Anki collection \(collection\.anki2 is missing\)/);
		expect(refused(zipSync({ 'collection.anki2': strToU8('SQLite format 3\0 but then garbage') }))).toMatch(/the Anki collection inside cannot be read/);
		expect(refused(zipSync({ 'collection.anki21b': strToU8('zstd'), 'collection.anki2': strToU8('x') }))).toMatch(/Support older Anki versions/);
		// A truncated download.
		const whole = await deckToApkg(toDeck(richDeck()), SQL, NOW);
		expect(refused(whole.slice(0, whole.length - 200))).toMatch(/not a zip archive|cannot be read/);
		// A collection whose notes reference a note type that is not there reads as plain notes, or is refused by the deck schema.
		const files = unzipSync(whole);
		const db = new SQL.Database(files['collection.anki2']);
		db.run('DELETE FROM notes');
		const empty = zipSync({ 'collection.anki2': db.export() });
		db.close();
		expect(refused(empty)).toMatch(/holds no notes with text/);
	});
});
