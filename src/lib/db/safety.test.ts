import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { NewsdeckDB, db } from './db';
import { saveDeck, recordAnswer, getState, deckReviews } from './repo';
import { StorageError } from './errors';
import { importDeckText } from '../import/load';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { freshDb, quotaExceeded as quota, type SabotageSwitch } from './fixtures/sabotage';

const t0 = new Date('2026-01-05T09:00:00Z');

async function snapshot() {
	const d = db();
	return { states: await d.states.toArray(), reviews: await d.reviews.toArray(), decks: await d.decks.toArray(), cards: await d.cards.toArray() };
}

describe('atomic answers', () => {
	const sabotage: SabotageSwitch = { current: null };
	beforeEach(async () => {
		sabotage.current = null;
		await freshDb('reviews', sabotage);
		await saveDeck(sampleDeck(), 'file', t0);
	});

	it('an aborted transaction (a tab closing mid-answer) leaves neither the state nor the review', async () => {
		await recordAnswer('lakeside-bridge', 'when-1', 3, t0);
		const before = await snapshot();
		// The state is already written when the browser aborts the transaction, as it does when a tab closes.
		sabotage.current = (req) => req.trans.abort();
		await expect(recordAnswer('lakeside-bridge', 'when-1', 1, new Date(t0.getTime() + 600_000))).rejects.toThrow();
		sabotage.current = null;
		expect(await snapshot()).toEqual(before);
	});

	it('a database closed mid-answer leaves both or neither', async () => {
		sabotage.current = (_req, d) => d.close();
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0).catch(() => {});
		sabotage.current = null;
		const reopened = new NewsdeckDB(db().name);
		await reopened.open();
		expect(await reopened.states.count()).toBe(await reopened.reviews.count());
		reopened.close();
	});

	it('a full disk during an answer gives a clear message and keeps everything stored before', async () => {
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
		const before = await snapshot();
		sabotage.current = quota;
		const err = await recordAnswer('lakeside-bridge', 'when-1', 3, t0).catch((e) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('quota');
		expect(err.message).toMatch(/out of storage space.*not saved.*Everything saved before is safe/);
		sabotage.current = null;
		expect(await snapshot()).toEqual(before);
		// Once space is free again, the same answer goes through.
		await recordAnswer('lakeside-bridge', 'when-1', 3, t0);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(2);
	});
});

describe('two tabs answering the same card', () => {
	beforeEach(async () => {
		await freshDb();
		await saveDeck(sampleDeck(), 'file', t0);
	});

	it('refuses the second answer to a card shown in both tabs; nothing is counted twice', async () => {
		const seenA = await getState('lakeside-bridge', 'who-said-1', t0);
		const seenB = await getState('lakeside-bridge', 'who-said-1', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0, undefined, seenA);
		const err = await recordAnswer('lakeside-bridge', 'who-said-1', 4, new Date(t0.getTime() + 5000), undefined, seenB).catch((e) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('stale');
		expect(await deckReviews('lakeside-bridge')).toHaveLength(1);
		expect((await getState('lakeside-bridge', 'who-said-1', t0)).reps).toBe(1);
	});

	it('answers racing in parallel: exactly one is stored', async () => {
		const seen = await getState('lakeside-bridge', 'where-1', t0);
		const results = await Promise.allSettled([1, 2, 3, 4].map((g) => recordAnswer('lakeside-bridge', 'where-1', g as 1, t0, undefined, seen)));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(1);
	});
});

describe('a full disk during an import', () => {
	it('names the problem and leaves the library as it was', async () => {
		const sabotage: SabotageSwitch = { current: null };
		await freshDb('cards', sabotage);
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
		const before = await snapshot();
		sabotage.current = quota;
		const bigger = { ...sampleDeck(), title: 'Lakeside bridge opens (updated)' };
		const err = await importDeckText(JSON.stringify(bigger), 'big.json', 'file', t0).catch((e) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('quota');
		sabotage.current = null;
		expect(await snapshot()).toEqual(before);
	});
});
