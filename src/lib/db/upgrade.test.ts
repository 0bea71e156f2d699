import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase } from './db';
import { deckCounts, studyQueue } from './repo';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { answer, newState } from '../srs/scheduler';

const t0 = new Date('2026-01-05T09:00:00Z');

/** Writes a database exactly as version 1 of the schema did. */
async function writeV1(name: string) {
	const v1 = new Dexie(name);
	v1.version(1).stores({
		decks: 'id, origin, updatedAt',
		cards: '[deckId+id], [deckId+order], deckId',
		states: '[deckId+cardId], [deckId+due], [deckId+state], deckId',
		reviews: '++id, [deckId+cardId], [deckId+review], review',
		settings: 'key'
	});
	const deck = sampleDeck();
	await v1.table('decks').put({ id: deck.id, title: deck.title, language: 'en', createdAt: deck.createdAt, articles: deck.articles, origin: 'file', addedAt: 0, updatedAt: 0, cardCount: 3, contentHash: 'x' });
	await v1.table('cards').bulkPut(deck.cards.map((card, order) => ({ deckId: deck.id, id: card.id, card, order, retired: 0 })));
	const { state, log } = answer(newState(deck.id, 'who-said-1', t0), 3, t0);
	await v1.table('states').put(state);
	await v1.table('reviews').add(log);
	v1.close();
}

describe('database upgrade v1 -> v2', () => {
	it('keeps every review and marks unstudied cards as new', async () => {
		await writeV1('upgrade-v1');
		const d = new NewsdeckDB('upgrade-v1');
		useDatabase(d);
		await d.open();
		expect(d.verno).toBe(2);
		expect(await d.reviews.count()).toBe(1);
		expect((await d.cards.get(['lakeside-bridge', 'who-said-1']))?.fresh).toBe(0);
		expect((await d.cards.get(['lakeside-bridge', 'when-1']))?.fresh).toBe(1);
		expect(await deckCounts('lakeside-bridge', t0)).toEqual({ total: 3, new: 2, learning: 1, due: 0 });
		expect(await studyQueue('lakeside-bridge', new Date(t0.getTime() + 3_600_000))).toEqual(['who-said-1', 'when-1', 'where-1']);
	});
});
