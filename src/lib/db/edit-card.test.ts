import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase, db } from './db';
import { saveDeck, recordAnswer, deckReviews, getState, getCard, saveCardEdit } from './repo';
import { storedCards } from './teacher';
import { diffDeck } from '../exchange/diff';
import { sampleDeck } from '../deck/fixtures/sample-deck';

const t0 = new Date('2026-01-05T09:00:00Z');
const t1 = new Date('2026-01-06T09:00:00Z');
let n = 0;

beforeEach(async () => {
	useDatabase(new NewsdeckDB(`edit-${n++}`));
	await db().open();
});

describe('editing a saved card', () => {
	it('keeps the card id, its state and its review history', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
		const before = await getState('lakeside-bridge', 'who-said-1', t1);
		const card = (await getCard('lakeside-bridge', 'who-said-1'))!;
		await saveCardEdit('lakeside-bridge', { ...card, prompt: 'Who opened the bridge with these words?' }, t1);
		expect((await getCard('lakeside-bridge', 'who-said-1'))!.prompt).toBe('Who opened the bridge with these words?');
		expect(await getState('lakeside-bridge', 'who-said-1', t1)).toEqual(before);
		expect((await deckReviews('lakeside-bridge')).map((r) => [r.cardId, r.rating])).toEqual([['who-said-1', 3]]);
	});

	it('gives the deck a new content hash and time, so sync and a class see the edited version as newer', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		const before = (await db().decks.get('lakeside-bridge'))!;
		const card = (await getCard('lakeside-bridge', 'who-said-1'))!;
		await saveCardEdit('lakeside-bridge', { ...card, prompt: 'Who opened the bridge with these words?' }, t1);
		const after = (await db().decks.get('lakeside-bridge'))!;
		expect(after.contentHash).not.toBe(before.contentHash);
		expect(after.updatedAt).toBe(t1.getTime());
	});

	it('refuses a card the deck does not have and changes nothing', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		const card = sampleDeck().cards[0];
		await expect(saveCardEdit('lakeside-bridge', { ...card, id: 'nope' }, t1)).rejects.toThrow('No card “nope”');
		expect(await db().cards.count()).toBe(3);
	});

	it('a deck update keeps the learner’s edit (and says so); other cards follow the update', async () => {
		await saveDeck(sampleDeck(), 'file', t0);
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
		const card = (await getCard('lakeside-bridge', 'who-said-1'))!;
		await saveCardEdit('lakeside-bridge', { ...card, prompt: 'My own wording?' }, t1);
		const v2 = sampleDeck();
		v2.cards[0].prompt = 'The teacher’s new wording?';
		v2.cards[1].prompt = 'When was the plan approved?';
		const diff = diffDeck(await storedCards('lakeside-bridge'), v2);
		expect(diff.kept.map((k) => [k.mine.prompt, k.theirs.prompt])).toEqual([['My own wording?', 'The teacher’s new wording?']]);
		expect(diff.changed.map((c) => c.after.id)).toEqual(['when-1']);
		const result = await saveDeck(v2, 'file', t1);
		expect(result).toMatchObject({ kept: 1, updated: 1, unchanged: 1 });
		expect((await getCard('lakeside-bridge', 'who-said-1'))!.prompt).toBe('My own wording?');
		expect((await getCard('lakeside-bridge', 'when-1'))!.prompt).toBe('When was the plan approved?');
		expect((await deckReviews('lakeside-bridge')).map((r) => r.cardId)).toEqual(['who-said-1']);
		// Re-importing again still keeps it.
		await saveDeck(v2, 'file', t1);
		expect((await getCard('lakeside-bridge', 'who-said-1'))!.prompt).toBe('My own wording?');
	});
});

describe('edited cards in a backup', () => {
	it('keep their wording and the mark of the edit through export and restore, so a later update still keeps them', async () => {
		const { exportBackup, restoreBackup } = await import('./backup');
		const { parseBackup } = await import('./backup-format');
		await saveDeck(sampleDeck(), 'file', t0);
		const card = (await getCard('lakeside-bridge', 'when-1'))!;
		await saveCardEdit('lakeside-bridge', { ...card, prompt: 'My wording?' }, t1);
		const text = JSON.stringify(await exportBackup(t1));
		const bad = JSON.parse(text);
		bad.cards.find((r: { id: string }) => r.id === 'when-1').editedAt = 'yesterday';
		expect(() => parseBackup(JSON.stringify(bad), 'b.json')).toThrow(/cards\[\d\]\.editedAt/);
		await restoreBackup(parseBackup(text, 'b.json'), 'replace');
		const v2 = sampleDeck();
		v2.cards[1].prompt = 'Their wording?';
		expect(await saveDeck(v2, 'file', t1)).toMatchObject({ kept: 1 });
		expect((await getCard('lakeside-bridge', 'when-1'))!.prompt).toBe('My wording?');
	});
});
