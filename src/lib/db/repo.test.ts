import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase, db } from './db';
import { saveDeck, recordAnswer, undoAnswer, deckCards, listDecks, deckReviews, deleteDeck, getState } from './repo';
import { deckCounts, studyQueue } from './queue';
import { sampleDeck } from '../deck/fixtures/sample-deck';

const t0 = new Date('2026-01-05T09:00:00Z');
let n = 0;

beforeEach(async () => {
	useDatabase(new NewsdeckDB(`test-${n++}`));
	await db().open();
});

describe('repo', () => {
	it('saves a deck and counts its new cards', async () => {
		const r = await saveDeck(sampleDeck(), 'file', t0);
		expect(r).toMatchObject({ created: true, added: 3 });
		expect((await listDecks()).map((d) => d.id)).toEqual(['lakeside-bridge']);
		expect(await deckCounts('lakeside-bridge', t0)).toEqual({ total: 3, new: 3, learning: 0, due: 0 });
		expect((await deckCards('lakeside-bridge')).map((c) => c.id)).toEqual(['who-said-1', 'when-1', 'where-1']);
	});

	it('records an answer atomically: state and review log together', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 1, t0);
		expect(await deckCounts('lakeside-bridge', t0)).toEqual({ total: 3, new: 2, learning: 1, due: 0 });
		const log = await deckReviews('lakeside-bridge');
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ cardId: 'who-said-1', rating: 1, state: 0, review: t0.getTime() });
	});

	it('leaves neither state nor log when the transaction fails', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		// A NaN rating makes ts-fsrs throw inside the transaction.
		await expect(recordAnswer('lakeside-bridge', 'who-said-1', 9 as 1, t0)).rejects.toThrow();
		expect(await db().states.count()).toBe(0);
		expect(await db().reviews.count()).toBe(0);
	});

	it('queues due learning cards first, then new cards up to the daily limit', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'where-1', 1, t0);
		const later = new Date(t0.getTime() + 60 * 60_000);
		expect(await studyQueue('lakeside-bridge', later)).toEqual(['where-1', 'who-said-1', 'when-1']);
		const limited = await studyQueue('lakeside-bridge', later, { desiredRetention: 0.9, maximumIntervalDays: 3650, newPerDay: 2, maxReviewsPerDay: 200 });
		expect(limited).toEqual(['where-1', 'who-said-1']);
	});

	it('undo restores the earlier state and removes the log row', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		const first = await recordAnswer('lakeside-bridge', 'when-1', 3, t0);
		const second = await recordAnswer('lakeside-bridge', 'when-1', 1, new Date(first.after.due));
		await undoAnswer('lakeside-bridge', 'when-1', second.before, second.after, second.reviewId);
		expect(await getState('lakeside-bridge', 'when-1', t0)).toEqual(first.after);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(1);
		await undoAnswer('lakeside-bridge', 'when-1', first.before, first.after, first.reviewId);
		expect(await db().states.count()).toBe(0);
	});

	it('undo refuses, changing nothing, when the card was answered again since (another tab)', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		const mine = await recordAnswer('lakeside-bridge', 'when-1', 3, t0);
		const theirs = await recordAnswer('lakeside-bridge', 'when-1', 1, new Date(t0.getTime() + 60_000));
		await expect(undoAnswer('lakeside-bridge', 'when-1', mine.before, mine.after, mine.reviewId)).rejects.toMatchObject({ kind: 'changed' });
		expect(await getState('lakeside-bridge', 'when-1', t0)).toEqual(theirs.after);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(2);
	});

	it('updating a deck keeps progress on unchanged ids and retires removed cards with their history', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
		await recordAnswer('lakeside-bridge', 'where-1', 3, t0);
		const next = sampleDeck();
		next.cards = next.cards.filter((c) => c.id !== 'where-1');
		next.cards[1] = { ...next.cards[1], prompt: 'In which month did the council approve the plan?' };
		const r = await saveDeck(next, 'file', t0);
		expect(r).toMatchObject({ created: false, added: 0, updated: 1, unchanged: 1, retired: 1 });
		expect((await getState('lakeside-bridge', 'who-said-1', t0)).reps).toBe(1);
		expect((await deckCards('lakeside-bridge')).map((c) => c.id)).toEqual(['who-said-1', 'when-1']);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(2);
		expect((await deckCounts('lakeside-bridge', t0)).total).toBe(2);
	});

	it('deletes a deck with everything in it', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
		await deleteDeck('lakeside-bridge');
		expect(await db().cards.count()).toBe(0);
		expect(await db().reviews.count()).toBe(0);
		expect(await listDecks()).toEqual([]);
	});
});

describe('repo: suspend, bury, interleave, settings', () => {
	it('suspends and unsuspends a card', async () => {
		const { setSuspended } = await import('./repo');
		await saveDeck(sampleDeck(), 'file', t0);
		await setSuspended('lakeside-bridge', 'when-1', true, t0);
		expect(await studyQueue('lakeside-bridge', t0)).toEqual(['who-said-1', 'where-1']);
		expect((await deckCounts('lakeside-bridge', t0)).new).toBe(2);
		await setSuspended('lakeside-bridge', 'when-1', false, t0);
		expect(await studyQueue('lakeside-bridge', t0)).toContain('when-1');
		expect((await deckCounts('lakeside-bridge', t0)).new).toBe(3);
	});

	it('buries a card until the next day', async () => {
		const { buryUntilTomorrow } = await import('./repo');
		await saveDeck(sampleDeck(), 'file', t0);
		await buryUntilTomorrow('lakeside-bridge', 'who-said-1', t0);
		expect(await studyQueue('lakeside-bridge', t0)).not.toContain('who-said-1');
		const tomorrow = new Date(t0.getTime() + 86_400_000);
		expect(await studyQueue('lakeside-bridge', tomorrow)).toContain('who-said-1');
	});

	it('spreads new cards evenly among reviews', async () => {
		const { interleave } = await import('./queue');
		expect(interleave<number | string>([1, 2, 3, 4], ['a', 'b'])).toEqual([1, 'a', 2, 3, 'b', 4]);
		expect(interleave<string>([], ['a'])).toEqual(['a']);
		expect(interleave<number>([1], [])).toEqual([1]);
	});

	it('stores study settings with defaults', async () => {
		const { getStudySettings, saveStudySettings } = await import('./queue');
		expect((await getStudySettings()).newPerDay).toBe(20);
		await saveStudySettings({ desiredRetention: 0.85, maximumIntervalDays: 365, newPerDay: 5, maxReviewsPerDay: 50 });
		expect(await getStudySettings()).toEqual({ desiredRetention: 0.85, maximumIntervalDays: 365, newPerDay: 5, maxReviewsPerDay: 50 });
	});
});

describe('repo: daily review cap', () => {
	it('shows at most maxReviewsPerDay reviews, most overdue first', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		for (const id of ['who-said-1', 'when-1', 'where-1']) await recordAnswer('lakeside-bridge', id, 4, t0);
		const s = await getState('lakeside-bridge', 'when-1', t0);
		await db().states.put({ ...s, due: t0.getTime() - 5 * 86_400_000 });
		const later = new Date(t0.getTime() + 60 * 86_400_000);
		const q = await studyQueue('lakeside-bridge', later, { desiredRetention: 0.9, maximumIntervalDays: 3650, newPerDay: 20, maxReviewsPerDay: 2 });
		expect(q).toHaveLength(2);
		expect(q[0]).toBe('when-1');
		expect((await deckCounts('lakeside-bridge', later)).due).toBe(3);
	});
});

describe('repo: deleting a bundled deck', () => {
	it('remembers the deleted seed so it is not added back', async () => {
		const { getSetting } = await import('./teacher');
		await saveDeck(sampleDeck(), 'seed', t0);
		await deleteDeck('lakeside-bridge');
		expect(await getSetting<string[]>('removedSeeds', [])).toEqual(['lakeside-bridge']);
		await saveDeck({ ...sampleDeck(), id: 'other-deck' }, 'file', t0);
		await deleteDeck('other-deck');
		expect(await getSetting<string[]>('removedSeeds', [])).toEqual(['lakeside-bridge']);
	});
});

describe('repo: deck updates and stored sessions', () => {
	it('an update drops the stored session, so retired cards are not resumed', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await db().sessions.put({ deckId: 'lakeside-bridge', current: 'where-1', queue: ['when-1'], learning: [], reviewed: 1, picked: null, revealed: false, updatedAt: t0.getTime() });
		await saveDeck(sampleDeck(), 'file', t0);
		expect(await db().sessions.count()).toBe(1);
		const next = sampleDeck();
		next.cards = next.cards.filter((c) => c.id !== 'where-1');
		await saveDeck(next, 'file', t0);
		expect(await db().sessions.count()).toBe(0);
	});
});
