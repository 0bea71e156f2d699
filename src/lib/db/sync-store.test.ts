import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase, db } from './db';
import { saveDeck, recordAnswer, undoAnswer, setSuspended } from './repo';
import { deckCounts, getStudySettings, saveStudySettings } from './queue';
import { localSide, pendingCount, resetSyncMarks } from './sync-store';
import { exportBackup, restoreBackup } from './backup';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { syncOnce, SyncError, type Remote } from '../sync/engine';
import { openRemote } from '../sync/remote';
import { learnerDbName } from '../sync/rules';
import { freePort, startSyncServer } from '../../cli/sync-server.mjs';
import { setupLearner } from '../../cli/sync-setup';

// The two "devices" are two IndexedDB databases (fake-indexeddb) syncing through a real pouchdb-server.
(globalThis as { self?: unknown }).self ??= globalThis;
const admin = { name: 'admin', password: 'admin-pw' };
const deck = 'lakeside-bridge';
const t0 = new Date('2026-01-05T09:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
let server: Awaited<ReturnType<typeof startSyncServer>>;
let port: number;
let base: string;
let dataDir: string;
const phone = new NewsdeckDB('sync-phone');
const laptop = new NewsdeckDB('sync-laptop');

const dbUrl = (user: string) => `${base}/${learnerDbName(user)}`;
const aliceRemote = () => openRemote(dbUrl('alice'), { username: 'alice', password: 'alice-pw' });

/** One sync pass of a device. */
async function sync(device: NewsdeckDB, remote?: Remote, batch?: number) {
	useDatabase(device);
	return syncOnce(remote ?? (await aliceRemote()), localSide, { owner: 'alice', server: dbUrl('alice'), batch });
}

/** What must agree between devices: review uids, card states and counts. */
async function snapshot(device: NewsdeckDB) {
	useDatabase(device);
	const reviews = (await device.reviews.toArray()).map((r) => `${r.uid}|${r.cardId}|${r.rating}|${r.review}`).sort();
	const states = (await device.states.toArray()).map(({ deckId, cardId, due, stability, reps, lapses, state, suspended }) => ({ deckId, cardId, due, stability, reps, lapses, state, suspended }));
	return { reviews, states, counts: await deckCounts(deck, at(60 * 24 * 10)) };
}

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'newsdeck-sync-test-'));
	port = await freePort();
	server = await startSyncServer({ port, admin, dataDir });
	base = `http://127.0.0.1:${port}`;
	await setupLearner(base, admin, 'alice', 'alice-pw');
	await setupLearner(base, admin, 'eve', 'eve-pw');
	for (const device of [phone, laptop]) {
		useDatabase(device);
		await device.open();
		await saveDeck(sampleDeck(), 'file', t0);
	}
}, 30_000);
afterAll(async () => {
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('two devices through pouchdb-server', () => {
	it('both study offline, then sync: every review once on both, same states and due counts', async () => {
		useDatabase(phone);
		await recordAnswer(deck, 'who-said-1', 3, at(0));
		await recordAnswer(deck, 'when-1', 1, at(1));
		await recordAnswer(deck, 'who-said-1', 3, at(60 * 24 * 2));
		useDatabase(laptop);
		await recordAnswer(deck, 'who-said-1', 2, at(60 * 24));
		await recordAnswer(deck, 'where-1', 4, at(60 * 24 + 1));

		// Reviews, plus the deck (a file deck; the server already holds that version when the laptop sends it).
		expect(await sync(phone)).toMatchObject({ pushed: 4, pulled: 0, rejected: [] });
		expect(await sync(laptop)).toMatchObject({ pushed: 3, pulled: 3 });
		expect(await sync(phone)).toMatchObject({ pushed: 0, pulled: 2 });
		// A pass with nothing new moves nothing (no echo of pulled reviews).
		expect(await sync(laptop)).toMatchObject({ pushed: 0, pulled: 0 });

		const [p, l] = [await snapshot(phone), await snapshot(laptop)];
		expect(p.reviews).toHaveLength(5);
		expect(p).toEqual(l);
		expect(p.states.find((s) => s.cardId === 'who-said-1')!.reps).toBe(3);
		useDatabase(phone);
		expect(await pendingCount()).toBe(0);
		// A pass cut off after the server took the reviews (a page closed mid-sync) sends them again: no error, no copies.
		await resetSyncMarks();
		expect(await sync(phone)).toMatchObject({ pushed: 6, pulled: 0, rejected: [] });
		expect(await snapshot(phone)).toEqual(l);
	});

	it('an undo, a suspension and a settings change reach the other device', async () => {
		useDatabase(phone);
		const { before, after, reviewId } = await recordAnswer(deck, 'where-1', 1, at(60 * 24 * 3));
		await sync(phone);
		await undoAnswer(deck, 'where-1', before, after, reviewId);
		await setSuspended(deck, 'when-1', true, at(60 * 24 * 3 + 1));
		await saveStudySettings({ ...(await getStudySettings()), newPerDay: 7 }, at(60 * 24 * 3 + 2));
		await sync(phone);
		await sync(laptop);
		const [p, l] = [await snapshot(phone), await snapshot(laptop)];
		expect(p).toEqual(l);
		expect(p.reviews).toHaveLength(5);
		expect(l.states.find((s) => s.cardId === 'when-1')!.suspended).toBe(1);
		useDatabase(laptop);
		expect((await getStudySettings()).newPerDay).toBe(7);
	});

	it('the server stopped mid-sync: a clear error, nothing lost, and the next pass catches up from its checkpoint', async () => {
		useDatabase(laptop);
		for (let i = 0; i < 4; i++) await recordAnswer(deck, 'who-said-1', 3, at(60 * 24 * (5 + i)));
		const real = await aliceRemote();
		let calls = 0;
		// The server goes down right after it took the first batch of one review.
		const dying: Remote = {
			changes: (o) => real.changes(o),
			bulkDocs: async (docs) => {
				const r = await real.bulkDocs(docs);
				if (++calls === 1) await server.stop();
				return r;
			}
		};
		const failed = await sync(laptop, dying, 1).catch((e) => e);
		expect(failed).toBeInstanceOf(SyncError);
		expect(failed.kind).toBe('offline');
		useDatabase(laptop);
		expect(await pendingCount()).toBe(3);
		expect(await laptop.reviews.count()).toBe(9);

		server = await startSyncServer({ port, admin, dataDir });
		expect(await sync(laptop)).toMatchObject({ pushed: 3 });
		expect(await sync(phone)).toMatchObject({ pulled: 4 });
		expect(await snapshot(phone)).toEqual(await snapshot(laptop));
	});

	it('a device restored from an old backup gets everything back from the server, nothing doubled', async () => {
		useDatabase(phone);
		const old = await exportBackup(at(0));
		await sync(phone);
		const before = await snapshot(phone);
		// The old backup has fewer reviews; restoring it replaces everything on the phone.
		await restoreBackup(JSON.parse(JSON.stringify({ ...old, reviews: old.reviews.slice(0, 2) })), 'replace');
		useDatabase(phone);
		expect(await phone.reviews.count()).toBe(2);
		await sync(phone);
		expect(await snapshot(phone)).toEqual(before);
	});

	it('a hostile document from the server is refused with its path and nothing of it is stored', async () => {
		const auth = { authorization: `Basic ${btoa('admin:admin-pw')}`, 'content-type': 'application/json' };
		const hostile = { type: 'review', owner: 'alice', uid: 'x', deckId: deck, cardId: '<script>alert(1)</script>', rating: 9, review: 1 };
		expect((await fetch(`${dbUrl('alice')}/review:evil`, { method: 'PUT', headers: auth, body: JSON.stringify(hostile) })).status).toBe(201);
		const report = await sync(phone);
		expect(report.rejected).toEqual([{ id: 'review:evil', problems: ['rating: expected a rating 1 to 4', 'state: missing', 'due: missing'] }]);
		useDatabase(phone);
		expect(await phone.reviews.where('uid').equals('x').count()).toBe(0);
	});

	it('a deck made on one device reaches the other; a deck that fails the deck schema is refused by path', async () => {
		useDatabase(phone);
		const made = { ...sampleDeck(), id: 'made-1', title: 'Made on the phone' };
		await saveDeck(made, 'made', at(60 * 24 * 20));
		await sync(phone);
		await sync(laptop);
		expect(await laptop.decks.get('made-1')).toMatchObject({ title: 'Made on the phone', origin: 'made', cardCount: 3 });
		expect((await laptop.cards.where('deckId').equals('made-1').sortBy('order')).map((c) => c.card)).toEqual(made.cards);
		// Edited on the laptop later: the phone takes the newer version.
		useDatabase(laptop);
		await saveDeck({ ...made, title: 'Edited on the laptop' }, 'made', at(60 * 24 * 21));
		await sync(laptop);
		await sync(phone);
		expect((await phone.decks.get('made-1'))?.title).toBe('Edited on the laptop');

		const auth = { authorization: `Basic ${btoa('admin:admin-pw')}`, 'content-type': 'application/json' };
		const bad = { type: 'deck', owner: 'alice', deckId: 'made-1', hash: 'h', origin: 'made', updatedAt: at(60 * 24 * 30).getTime(), deck: { ...made, cards: [{ ...made.cards[0], prompt: '' }] } };
		expect((await fetch(`${dbUrl('alice')}/deck:made-1:h`, { method: 'PUT', headers: auth, body: JSON.stringify(bad) })).status).toBe(201);
		const report = await sync(phone);
		expect(report.rejected).toHaveLength(1);
		expect(report.rejected[0].id).toBe('deck:made-1:h');
		expect(report.rejected[0].problems[0]).toMatch(/^deck\.cards\[0\]\.prompt: /);
		expect((await phone.decks.get('made-1'))?.title).toBe('Edited on the laptop');
	});

	it("another learner cannot read or write alice's database", async () => {
		const eve = await openRemote(dbUrl('alice'), { username: 'eve', password: 'eve-pw' });
		useDatabase(phone);
		const failed = await syncOnce(eve, localSide, { owner: 'eve', server: dbUrl('alice') }).catch((e) => e);
		expect(failed).toBeInstanceOf(SyncError);
		expect(['forbidden', 'auth']).toContain(failed.kind);
		const outsider = await openRemote(dbUrl('alice'));
		expect((await outsider.changes({ since: 0, limit: 1, include_docs: true }).catch((e) => e)).status).toBe(401);
	});
});
