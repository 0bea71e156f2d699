/** Sync bench: two devices (Dexie over fake-indexeddb, the app's own sync code) through a local pouchdb-server, and a bounded load run. */
import 'fake-indexeddb/auto';
import { NewsdeckDB, useDatabase } from '../lib/db/db';
import { localSide, reviewDoc } from '../lib/db/sync-store';
import { syncOnce } from '../lib/sync/engine';
import { openRemote } from '../lib/sync/remote';
import { learnerDbName } from '../lib/sync/rules';
import { makeUid } from '../lib/sync/ids';
import type { ReviewEntry } from '../lib/srs/scheduler';
import { freePort, startSyncServer } from './sync-server.mjs';
import { setupLearner } from './sync-setup';

/** What the sync bench measured. */
export interface SyncBench {
	reviews: number;
	pushMs: number;
	pullMs: number;
	learners: number;
	perLearner: number;
	loadPushPerSecond: number;
	convergeMs: number;
}

const t0 = Date.parse('2026-01-05T09:00:00Z');

/** `n` answers over cards of 10 answers each, as a device's review log. */
function reviews(n: number, device: string): ReviewEntry[] {
	return Array.from({ length: n }, (_, i) => {
		const review = t0 + Math.floor(i / 10) * 1000 + (i % 10) * 86_400_000;
		return {
			deckId: 'bench',
			cardId: `card-${Math.floor(i / 10)}`,
			rating: 3,
			state: i % 10 ? 2 : 0,
			due: review,
			stability: 1,
			difficulty: 5,
			elapsedDays: 1,
			lastElapsedDays: 1,
			scheduledDays: 1,
			learningSteps: 0,
			review,
			uid: makeUid(device, review, crypto.getRandomValues(new Uint8Array(10))),
			synced: 0
		};
	});
}

/** Runs both parts against a fresh in-memory pouchdb-server on a free loopback port, stopped at the end. */
export async function benchSync(n = 10_000, learners = 50, perLearner = 1000): Promise<SyncBench> {
	(globalThis as { self?: unknown }).self ??= globalThis;
	const admin = { name: 'admin', password: 'bench-admin' };
	const port = await freePort();
	const server = await startSyncServer({ port, admin });
	const base = `http://127.0.0.1:${port}`;
	try {
		await setupLearner(base, admin, 'bench', 'bench-pw');
		const url = `${base}/${learnerDbName('bench')}`;
		const remote = await openRemote(url, { username: 'bench', password: 'bench-pw' });
		const a = new NewsdeckDB('bench-sync-a');
		const b = new NewsdeckDB('bench-sync-b');
		useDatabase(a);
		await a.reviews.bulkAdd(reviews(n, 'a'));
		let t = performance.now();
		await syncOnce(remote, localSide, { owner: 'bench', server: url, batch: 1000 });
		const pushMs = performance.now() - t;
		useDatabase(b);
		t = performance.now();
		const pulled = await syncOnce(remote, localSide, { owner: 'bench', server: url, batch: 1000 });
		const pullMs = performance.now() - t;
		if (pulled.pulled !== n || (await b.reviews.count()) !== n) throw new Error(`bench: device b holds ${await b.reviews.count()} of ${n} reviews`);

		// Load: every learner's first device sends its reviews at once; each second device reads until it holds them all.
		const names = Array.from({ length: learners }, (_, i) => `load-${i}`);
		for (const name of names) await setupLearner(base, admin, name, 'load-pw');
		const remotes = await Promise.all(names.map((name) => openRemote(`${base}/${learnerDbName(name)}`, { username: name, password: 'load-pw' })));
		t = performance.now();
		await Promise.all(
			remotes.map(async (r, i) => {
				const docs = reviews(perLearner, `d${i}`).map((x) => reviewDoc(x, names[i]));
				for (let j = 0; j < docs.length; j += 500) await r.bulkDocs(docs.slice(j, j + 500));
			})
		);
		const pushedMs = performance.now() - t;
		await Promise.all(
			remotes.map(async (r) => {
				let since: string | number = 0;
				let held = 0;
				const end = Date.now() + 120_000;
				while (held < perLearner) {
					if (Date.now() > end) throw new Error(`bench: a learner's second device held ${held} of ${perLearner} reviews after 2 minutes`);
					const page = await r.changes({ since, limit: 500, include_docs: true });
					held += page.results.filter((c) => c.id.startsWith('review:')).length;
					since = page.last_seq;
				}
			})
		);
		const convergeMs = performance.now() - t;
		a.close();
		b.close();
		return { reviews: n, pushMs, pullMs, learners, perLearner, loadPushPerSecond: (learners * perLearner) / (pushedMs / 1000), convergeMs };
	} finally {
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchSync(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 50), Number(process.argv[4] ?? 1000)));
