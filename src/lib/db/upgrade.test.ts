import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase } from './db';
import { buildV1Database } from './fixtures/v1';
import { deckReviews } from './repo';
import { deckCounts, studyQueue } from './queue';

const strip = ({ id: _id, uid: _u, synced: _s, ...r }: { id?: number; uid?: string; synced?: number }) => r;

describe('database upgrades', () => {
	it('opens a database written by version 1: every review, state, card and deck survives', async () => {
		const fixture = await buildV1Database('upgrade-v1');
		const d = new NewsdeckDB('upgrade-v1');
		await d.open();
		expect(d.verno).toBe(3);
		expect(await d.decks.toArray()).toEqual(fixture.decks);
		expect((await d.cards.toArray()).map(({ fresh: _f, ...row }) => row)).toEqual(expect.arrayContaining(fixture.cards));
		expect(await d.states.count()).toBe(fixture.states.length);
		expect(await d.states.toArray()).toEqual(expect.arrayContaining(fixture.states));
		const stored = (await d.reviews.orderBy(':id').toArray()).map(strip);
		// Every distinct answer is kept, in order; only the doubled row (same deck, card and time) is gone.
		expect(stored).toEqual(fixture.reviews);
		// v3: every review has its own global uid (device id + ULID-like) and waits to be synced.
		const rows = await d.reviews.toArray();
		expect(new Set(rows.map((r) => r.uid)).size).toBe(rows.length);
		expect(rows.every((r) => /^[a-z0-9]{12}-[0-9A-Z]{26}$/.test(r.uid!) && r.synced === 0)).toBe(true);
		expect(await d.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
		d.close();
	});

	it('the upgraded database works with the current queries and the new index', async () => {
		const fixture = await buildV1Database('upgrade-v1b');
		const d = new NewsdeckDB('upgrade-v1b');
		useDatabase(d);
		const r = fixture.reviews[3];
		expect(await d.reviews.where('[deckId+cardId+review]').equals([r.deckId, r.cardId, r.review]).count()).toBe(1);
		const perDeck = fixture.reviews.filter((x) => x.deckId === 'lakeside-bridge').length;
		expect(await deckReviews('lakeside-bridge')).toHaveLength(perDeck);
		expect((await deckCounts('lakeside-bridge', new Date('2025-11-10T08:00:00Z'))).total).toBe(3);
		expect(await studyQueue('lakeside-bridge', new Date('2026-06-01T00:00:00Z'))).toHaveLength(3);
		expect(await d.sessions.count()).toBe(0);
		d.close();
	});

	it('marks cards never answered as new (fresh) and answered ones as not', async () => {
		const fixture = await buildV1Database('upgrade-v1d');
		const d = new NewsdeckDB('upgrade-v1d');
		useDatabase(d);
		const studied = new Set(fixture.states.map((s) => `${s.deckId}/${s.cardId}`));
		for (const row of await d.cards.toArray()) expect(row.fresh).toBe(studied.has(`${row.deckId}/${row.id}`) ? 0 : 1);
		const unstudied = fixture.cards.filter((c) => c.deckId === 'lakeside-bridge' && !studied.has(`${c.deckId}/${c.id}`)).length;
		expect((await deckCounts('lakeside-bridge', new Date('2025-11-10T08:00:00Z'))).new).toBe(unstudied);
		d.close();
	});

	it('an interrupted upgrade leaves the version 1 data intact', async () => {
		const fixture = await buildV1Database('upgrade-v1c');
		class Failing extends NewsdeckDB {
			constructor() {
				super('upgrade-v1c');
				this.version(3).upgrade(() => {
					throw new Error('power cut');
				});
			}
		}
		await expect(new Failing().open()).rejects.toThrow(/power cut/);
		const v1 = new Dexie('upgrade-v1c');
		await v1.open();
		expect(v1.verno).toBe(1);
		expect(await v1.table('reviews').count()).toBe(fixture.reviews.length + fixture.duplicates);
		v1.close();
	});
});
