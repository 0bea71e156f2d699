import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importDeckText } from './load';
import { DeckError } from '../deck/errors';
import { db } from '../db/db';
import { exportBackup, restoreBackup } from '../db/backup';
import { saveDeck, recordAnswer } from '../db/repo';
import { freshDb } from '../db/fixtures/sabotage';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { mutatedDeckText } from '../deck/fixtures/mutations';

const t0 = new Date('2026-01-05T09:00:00Z');

describe('importing fuzzed deck files', () => {
	it('never a partial import: a refused file leaves the library exactly as it was', async () => {
		await freshDb();
		await saveDeck({ ...sampleDeck(), id: 'other' }, 'file', t0);
		await recordAnswer('other', 'when-1', 3, t0);
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(mutatedDeckText, async (text) => {
				const before = await exportBackup(t0);
				try {
					await importDeckText(text, 'f.json', 'file', t0);
				} catch (e) {
					expect(e).toBeInstanceOf(DeckError);
					refused++;
					// Refused: the library is exactly as it was.
					expect(await exportBackup(t0)).toEqual(before);
					return;
				}
				// Accepted (a mutation can stay valid, even change the id to the other deck's): put the library back.
				await restoreBackup(before, 'replace');
			}),
			{ numRuns: 500 }
		);
		expect(refused).toBeGreaterThan(100);
	}, 120_000);
});
