import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase, db } from './db';
import { saveDeck, recordAnswer, undoAnswer } from './repo';
import { progressSince, storeClassReviews, undosToShare } from './sync-store';
import { sampleDeck } from '../deck/fixtures/sample-deck';

(globalThis as { self?: unknown }).self ??= globalThis;
const t0 = new Date('2026-01-05T09:00:00Z');

describe('an answer taken back after it was shared with a class', () => {
	it('goes to the student’s progress database as an undo, and leaves the teacher’s class page', async () => {
		// The student's device: two answers shared, then the second one undone.
		useDatabase(new NewsdeckDB('undo-student'));
		const deck = sampleDeck();
		await saveDeck(deck, 'file', t0);
		const [a, b] = deck.cards;
		await recordAnswer(deck.id, a.id, 3, t0);
		const second = await recordAnswer(deck.id, b.id, 1, new Date(t0.getTime() + 60_000));
		const shared = await progressSince([deck.id], 0, 'sam', 500);
		expect(shared.docs.map((d) => d.cardId)).toEqual([a.id, b.id]);
		await undoAnswer(deck.id, b.id, second.before, second.after, second.reviewId);
		const undos = await undosToShare([deck.id], new Set(), 'sam');
		expect(undos).toHaveLength(1);
		expect(undos[0]).toMatchObject({ type: 'undo', owner: 'sam', uid: shared.docs[1].uid });
		expect(undos[0]).not.toHaveProperty('deckId');
		// Once sent it is not sent again; an undo of another deck's answer is never sent to this class.
		expect(await undosToShare([deck.id], new Set([undos[0]._id]), 'sam')).toEqual([]);
		expect(await undosToShare(['another-deck'], new Set(), 'sam')).toEqual([]);
		// The first answer undone later (an earlier answer time) is still sent: tracked by id, not by time.
		const first = await recordAnswer(deck.id, a.id, 4, new Date(t0.getTime() + 120_000));
		await undoAnswer(deck.id, a.id, first.before, first.after, first.reviewId);
		expect((await undosToShare([deck.id], new Set([undos[0]._id]), 'sam')).map((u) => u.uid)).toHaveLength(1);

		// The teacher's device: the shared answers arrive, then the undo takes the second one back.
		useDatabase(new NewsdeckDB('undo-teacher'));
		await storeClassReviews('c1', 'sam', shared.docs, 'http://server/classprog', '1');
		expect((await db().classReviews.where('cls').equals('c1').toArray()).map((r) => r.cardId)).toEqual(expect.arrayContaining([a.id, b.id]));
		await storeClassReviews('c1', 'sam', [], 'http://server/classprog', '2', [undos[0].uid]);
		const left = await db().classReviews.where('cls').equals('c1').toArray();
		expect(left.map((r) => r.cardId)).toEqual([a.id]);
	});
});
