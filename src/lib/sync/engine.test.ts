import { describe, expect, it } from 'vitest';
import { syncOnce, type LocalSide, type Remote } from './engine';
import type { SyncDoc } from './docs';
import { sampleDeck } from '../deck/fixtures/sample-deck';

// A server that holds documents in memory and, like CouchDB over its max_document_size, refuses one deck version;
// the device side keeps what it still has to send. (The real server and Dexie are exercised in db/sync-store.test.ts.)
const review = (uid: string) => ({ _id: `review:${uid}`, type: 'review', owner: 'sam', uid, deckId: 'lakeside-bridge', cardId: 'c', rating: 3, review: 1, state: 0, due: 1, stability: 0, difficulty: 0, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0 }) as unknown as SyncDoc;
const bigDeck = { _id: 'deck:lakeside-bridge:h1', type: 'deck', owner: 'sam', deckId: 'lakeside-bridge', hash: 'h1', origin: 'made', updatedAt: 1, deck: sampleDeck() } as unknown as SyncDoc;

describe('a sync pass', () => {
	it('reports a deck version the server refuses, stops offering it, and still sends the answers and pulls', async () => {
		const held = new Map<string, SyncDoc>();
		const remote: Remote = {
			async bulkDocs(docs) {
				return docs.map((d) => {
					if (d._id.startsWith('deck:')) return { id: d._id, error: 'too_large', reason: 'the document exceeds the maximum size', status: 413 };
					held.set(d._id, d);
					return { id: d._id, ok: true };
				});
			},
			async changes() {
				return { results: [{ id: 'review:other-1', doc: review('other-1') }], last_seq: 7 };
			}
		};
		let waiting: SyncDoc[] = [bigDeck, review('dev-1')];
		const pulled: SyncDoc[] = [];
		const local: LocalSide = {
			async outgoing() { return waiting; },
			async markPushed(ids) { waiting = waiting.filter((d) => !ids.includes(d._id)); },
			async checkpoint() { return null; },
			async applyPulled(docs) { pulled.push(...docs); return { reviews: docs.length }; }
		};
		const report = await syncOnce(remote, local, { owner: 'sam', server: 'http://server/db' });
		expect(held.has('review:dev-1')).toBe(true);
		expect(report.pushed).toBe(1);
		expect(waiting).toEqual([]);
		expect(pulled.map((d) => d._id)).toEqual(['review:other-1']);
		expect(report.rejected).toEqual([{ id: 'deck:lakeside-bridge:h1', problems: ['the server refused this deck version: the document exceeds the maximum size'] }]);
	});
});
