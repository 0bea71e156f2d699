import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ONLY_SETTINGS } from './sync-store';
import { NewsdeckDB, useDatabase, db } from './db';
import { saveDeck, recordAnswer, deckReviews, getState } from './repo';
import { exportBackup, restoreBackup } from './backup';
import { parseBackup, BackupError } from './backup-format';
import { sampleDeck } from '../deck/fixtures/sample-deck';

const t0 = new Date('2026-01-05T09:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
let n = 0;

async function fresh() {
	useDatabase(new NewsdeckDB(`backup-${n++}`));
	await db().open();
}

/** A library with two decks, answers over a few days and a setting. */
async function study() {
	await saveDeck(sampleDeck(), 'seed', t0);
	await saveDeck({ ...sampleDeck(), id: 'second', title: 'Second deck', description: 'With a description' }, 'file', at(1));
	await recordAnswer('lakeside-bridge', 'who-said-1', 3, at(2));
	await recordAnswer('lakeside-bridge', 'when-1', 1, at(3));
	await recordAnswer('lakeside-bridge', 'when-1', 3, at(15));
	await recordAnswer('second', 'where-1', 4, at(20));
	await db().settings.put({ key: 'newPerDay', value: 12 });
}

const roundTrip = (text: string) => parseBackup(text, 'backup.json');

describe('backup', () => {
	beforeEach(fresh);

	it('export → clear → restore reproduces the same data exactly', async () => {
		await study();
		const text = JSON.stringify(await exportBackup(t0));
		const tables = () => Promise.all([db().decks.toArray(), db().cards.toArray(), db().states.toArray(), db().reviews.toArray(), db().settings.where('key').noneOf([...LOCAL_ONLY_SETTINGS]).toArray()]);
		const tablesBefore = await tables();
		await fresh();
		const result = await restoreBackup(roundTrip(text), 'replace');
		expect(result).toMatchObject({ decks: 2, cards: 6, states: 3, reviews: 4 });
		expect(JSON.stringify(await exportBackup(t0))).toBe(text);
		const tablesAfter = await tables();
		expect(tablesAfter).toEqual(tablesBefore);
	});

	it('the file is versioned JSON with decks, cards, states, reviews and settings', async () => {
		await study();
		const b = JSON.parse(JSON.stringify(await exportBackup(t0)));
		expect(b).toMatchObject({ format: 'newsdeck-backup', version: 1, exportedAt: t0.toISOString() });
		expect([b.decks.length, b.cards.length, b.states.length, b.reviews.length, b.settings.length]).toEqual([2, 6, 3, 4, 1]);
	});

	it('merging the same backup twice duplicates nothing', async () => {
		await study();
		const backup = roundTrip(JSON.stringify(await exportBackup(t0)));
		expect(await restoreBackup(backup, 'merge')).toMatchObject({ decks: 0, states: 0, reviews: 0, skipped: 4 });
		expect(await restoreBackup(backup, 'merge')).toMatchObject({ reviews: 0, skipped: 4 });
		expect(await db().reviews.count()).toBe(4);
	});

	it('merge: the newest review wins and reviews from both devices are kept', async () => {
		await study();
		const old = roundTrip(JSON.stringify(await exportBackup(t0)));
		// This device studies on; the other device (the backup) had its own answer to a different card.
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, at(60 * 24 * 3));
		const newer = await getState('lakeside-bridge', 'who-said-1', t0);
		const otherDevice = structuredClone(old);
		const extra = { ...otherDevice.reviews[0], cardId: 'where-1', review: at(30).getTime(), id: 999 };
		otherDevice.reviews.push(extra);
		otherDevice.states.push({ ...otherDevice.states[0], cardId: 'where-1', lastReview: at(30).getTime(), reps: 1 });
		const r = await restoreBackup(otherDevice, 'merge');
		expect(r).toMatchObject({ reviews: 1, skipped: 4, states: 1 });
		expect(await getState('lakeside-bridge', 'who-said-1', t0)).toEqual(newer);
		expect((await getState('lakeside-bridge', 'where-1', t0)).reps).toBe(1);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(5);
		expect((await db().reviews.toArray()).some((x) => x.id === 999)).toBe(false);
	});

	it('merge into an empty library restores everything (with fresh review ids)', async () => {
		await study();
		const text = JSON.stringify(await exportBackup(t0));
		const before = (await db().reviews.toArray()).map(({ id: _i, ...r }) => r);
		await fresh();
		await restoreBackup(roundTrip(text), 'merge');
		expect((await db().reviews.toArray()).map(({ id: _i, ...r }) => r)).toEqual(before);
		expect(await db().decks.count()).toBe(2);
	});

	it('a newer deck in the backup replaces the stored one; cards it lacks are retired, not lost', async () => {
		await study();
		const b = roundTrip(JSON.stringify(await exportBackup(t0)));
		b.decks[0] = { ...b.decks[0], title: 'Renamed', updatedAt: at(1000).getTime() };
		b.cards = b.cards.filter((c) => !(c.deckId === b.decks[0].id && c.id === 'where-1'));
		await restoreBackup(b, 'merge');
		expect((await db().decks.get(b.decks[0].id))?.title).toBe('Renamed');
		expect((await db().cards.get([b.decks[0].id, 'where-1']))?.retired).toBe(1);
	});

	it('refuses a bad file before writing anything, naming each path', async () => {
		await study();
		const b = JSON.parse(JSON.stringify(await exportBackup(t0)));
		b.reviews[1].rating = 7;
		b.states[0].deckId = 'nowhere';
		b.cards[2].card.answer = '';
		const err = (() => {
			try {
				parseBackup(JSON.stringify(b), 'b.json');
			} catch (e) {
				return e as BackupError;
			}
		})();
		expect(err).toBeInstanceOf(BackupError);
		expect(err!.problems).toContain('reviews[1].rating: expected a rating 1–4');
		expect(err!.problems).toContain('cards[2].card.answer: expected a non-empty string');
		expect(() => parseBackup('{"format":"newsdeck","version":1}')).toThrow(/this is a deck/);
		expect(() => parseBackup('{"format":"newsdeck-backup","version":4}')).toThrow(/version 4.*up to 1/);
		expect(() => parseBackup('{oops')).toThrow(/not valid JSON/);
		const ok = structuredClone(b);
		ok.reviews[1].rating = 3;
		ok.cards[2].card.answer = 'Lakeside';
		expect(() => parseBackup(JSON.stringify(ok))).toThrow(/states\[0\]\.deckId: no deck "nowhere"/);
	});

	it('a failed restore changes nothing', async () => {
		await study();
		const backup = roundTrip(JSON.stringify(await exportBackup(t0)));
		const before = await exportBackup(t0);
		// Two rows with one id pass the schema but not the database: the write fails mid-transaction.
		backup.reviews.push({ ...backup.reviews[0], review: 1 });
		await expect(restoreBackup(backup, 'replace')).rejects.toThrow();
		expect(await exportBackup(t0)).toEqual(before);
	});
});

describe('backup: which cards are new after a restore', () => {
	beforeEach(fresh);

	it('follows the restored states, not the flags the other device wrote', async () => {
		const { deckCounts, studyQueue } = await import('./queue');
		await study();
		const backup = await exportBackup(at(30));
		// Another device has the same deck, never studied, and merges the backup in.
		await fresh();
		await saveDeck(sampleDeck(), 'seed', t0);
		await restoreBackup(backup, 'merge');
		expect((await deckCounts('lakeside-bridge', at(30))).new).toBe(1);
		// Each card once: the studied ones as learning/review cards, the rest as new.
		const q = await studyQueue('lakeside-bridge', at(30));
		expect(new Set(q).size).toBe(q.length);
		expect(q.filter((id) => id === 'who-said-1')).toHaveLength(1);
		// An old backup without the flag, restored by replace, still shows its unstudied cards as new.
		await restoreBackup({ ...backup, cards: backup.cards.map(({ fresh: _f, ...row }) => row as typeof row & { fresh: 0 | 1 }) }, 'replace');
		expect((await deckCounts('second', at(30))).new).toBe(2);
	});
});
