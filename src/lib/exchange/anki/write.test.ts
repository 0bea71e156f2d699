import { beforeAll, describe, expect, it } from 'vitest';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { unzipSync, strFromU8 } from 'fflate';
import { deckToApkg } from './write';
import { CLOZE_MODEL_ID, NEWSDECK_FIELDS, NEWSDECK_MODEL_ID } from './schema';
import { richDeck } from './fixtures/rich-deck';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

const NOW = new Date('2026-02-01T10:00:00Z');

describe('Anki package export', () => {
	it('writes a zip with an SQLite collection in Anki schema 11: col, notes, cards, revlog, graves with their columns', async () => {
		const files = unzipSync(await deckToApkg(richDeck(), SQL, NOW));
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(strFromU8(files.media)).toBe('{}');
		const db = new SQL.Database(files['collection.anki2']);
		const columns = (t: string) => db.exec(`PRAGMA table_info(${t})`)[0].values.map((r) => r[1]);
		expect(columns('col')).toEqual(['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags']);
		expect(columns('notes')).toEqual(['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data']);
		expect(columns('cards')).toEqual(['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags', 'data']);
		expect(columns('revlog')).toEqual(['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type']);
		expect(columns('graves')).toEqual(['usn', 'oid', 'type']);
		const [ver, models, decks] = db.exec('SELECT ver, models, decks FROM col')[0].values[0];
		expect(ver).toBe(11);
		const m = JSON.parse(String(models));
		expect(m[NEWSDECK_MODEL_ID].flds.map((f: { name: string }) => f.name)).toEqual([...NEWSDECK_FIELDS]);
		expect(m[NEWSDECK_MODEL_ID].type).toBe(0);
		expect(m[CLOZE_MODEL_ID].type).toBe(1);
		expect(m[CLOZE_MODEL_ID].tmpls[0].qfmt).toContain('{{cloze:Text}}');
		expect(Object.values(JSON.parse(String(decks))).map((d) => (d as { name: string }).name)).toContain('Lakeside bridge opens');

		const notes = db.exec('SELECT guid, mid, flds, tags, csum FROM notes ORDER BY id')[0].values;
		expect(notes.map((n) => n[0])).toEqual(['who-said-1', 'when-1', 'where-1', 'where-lake', 'timeline-1']);
		const who = String(notes[0][2]).split('\x1f');
		expect(who).toEqual([
			'Who said: &quot;This bridge joins our two halves&quot;?',
			'<ol><li>Ana Ruiz</li><li>Tom Berg</li><li>Lea Voss</li><li>Omar Hale</li></ol>',
			'Ana Ruiz',
			'&quot;This bridge joins our two halves,&quot; Ruiz said.',
			'Lakeside bridge opens',
			'2026-01-05',
			'https://news.example/lakeside'
		]);
		// The blank card is a real cloze note; markup in the prompt stays text.
		expect(notes[3][1]).toBe(CLOZE_MODEL_ID);
		expect(String(notes[3][2]).split('\x1f')[0]).toBe('The mayor of {{c1::Lakeside}}, Ana Ruiz, opened the new bridge &lt;b&gt;on Monday&lt;/b&gt;.');
		expect(notes[3][3]).toBe(' local_news ');
		expect(String(notes[4][2]).split('\x1f')[2]).toBe('Plan approved<br>Bridge opened');
		// Anki's checksum: the first 8 hex digits of SHA-1 of the first field's text.
		const { createHash } = await import('node:crypto');
		expect(notes[0][4]).toBe(parseInt(createHash('sha1').update('Who said: "This bridge joins our two halves"?').digest('hex').slice(0, 8), 16));
		const cards = db.exec('SELECT nid, ord, type, queue, due FROM cards ORDER BY id')[0].values;
		expect(cards).toHaveLength(5);
		expect(cards.map((c) => c.slice(1))).toEqual([1, 2, 3, 4, 5].map((due) => [0, 0, 0, due]));
		db.close();
	});

	it('gives notes the same GUIDs and note types on every export, so importing again in Anki updates them', async () => {
		const guids = async (now: Date) => {
			const db = new SQL.Database(unzipSync(await deckToApkg(richDeck(), SQL, now))['collection.anki2']);
			const v = db.exec('SELECT guid, mid FROM notes ORDER BY id')[0].values;
			db.close();
			return v;
		};
		expect(await guids(NOW)).toEqual(await guids(new Date('2027-05-05T00:00:00Z')));
	});
});
