import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from './db';
import { saveDeck, recordAnswer } from './repo';
import { exportBackup, restoreBackup } from './backup';
import { parseBackup, BackupError, type Backup } from './backup-format';
import { freshDb } from './fixtures/sabotage';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { mutatedJsonText, mutatedText, NAMES_A_PLACE } from '../deck/fixtures/mutations';

const t0 = new Date('2026-01-05T09:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
/** JSON syntax errors V8 reports without a position are named as the file's; every other problem names its path or line. */
const WHOLE_FILE = /^(not valid JSON \(|file is empty$)/;

/** A backup, or the problems it was refused with; any other exception fails the property. */
function outcome(text: string): { backup: Backup } | { problems: string[] } {
	try {
		return { backup: parseBackup(text, 'backup.json') };
	} catch (e) {
		if (!(e instanceof BackupError)) throw e;
		return { problems: e.problems };
	}
}

const tally = { accepted: 0, refused: 0 };

/** Checks one mutated file: accepted backups read back the same from their own JSON, refusals name a place. */
function acceptedOrNamed(text: string): Backup | null {
	const r = outcome(text);
	if ('problems' in r) {
		tally.refused++;
		expect(r.problems.length).toBeGreaterThan(0);
		for (const p of r.problems) expect(p).toMatch(WHOLE_FILE.test(p) ? WHOLE_FILE : NAMES_A_PLACE);
		return null;
	}
	tally.accepted++;
	// Compared as JSON: a file's "-0" reads as -0 and writes as 0, the same stored number (toEqual tells them apart).
	const plain = (b: Backup) => JSON.parse(JSON.stringify(b));
	expect(plain(parseBackup(JSON.stringify(r.backup)))).toEqual(plain(r.backup));
	return r.backup;
}

/** The tables of a backup as a restore into an empty database stores them (review ids and keys give the order). */
const tablesOf = ({ exportedAt: _e, ...b }: Backup) => b;

describe('restoring fuzzed backups', () => {
	let base: Backup;
	let text: string;
	beforeAll(async () => {
		await freshDb();
		await saveDeck(sampleDeck(), 'seed', t0);
		await saveDeck({ ...sampleDeck(), id: 'second', title: 'Second deck', description: 'With a description' }, 'file', at(1));
		await recordAnswer('lakeside-bridge', 'who-said-1', 3, at(2));
		await recordAnswer('lakeside-bridge', 'when-1', 1, at(3));
		await recordAnswer('second', 'where-1', 4, at(20));
		await db().settings.bulkPut([{ key: 'newPerDay', value: 12 }, { key: 'catalogUrl', value: 'https://example.org/index.json' }, { key: 'removedSeeds', value: ['old'] }]);
		base = await exportBackup(t0);
		text = JSON.stringify(base);
	});

	it('one value changed or removed anywhere: accepted and read back the same, or refused naming each path', () => {
		tally.accepted = tally.refused = 0;
		fc.assert(fc.property(fc.constant(null).chain(() => mutatedJsonText(base)), (t) => void acceptedOrNamed(t)), { numRuns: 2000 });
		expect(tally.refused).toBeGreaterThan(500);
		expect(tally.accepted).toBeGreaterThan(20);
	});

	it('one span of the file cut, repeated or replaced: never a crash, refusals name a line, column or path', () => {
		tally.accepted = tally.refused = 0;
		fc.assert(fc.property(fc.constant(null).chain(() => mutatedText(text)), (t) => void acceptedOrNamed(t)), { numRuns: 2000 });
		expect(tally.refused).toBeGreaterThan(500);
		expect(tally.accepted).toBeGreaterThan(20);
	});

	it('an accepted mutated backup restores (Replace) into an empty browser and exports back exactly', async () => {
		let restored = 0;
		await fc.assert(
			fc.asyncProperty(fc.constant(null).chain(() => mutatedJsonText(base)), async (t) => {
				const backup = outcome(t);
				if (!('backup' in backup)) return;
				await freshDb();
				await restoreBackup(backup.backup, 'replace');
				const back = await exportBackup(t0);
				restored++;
				// Cards' `fresh` flags follow this device's states, so they are compared after the same rule.
				const expected = tablesOf(backup.backup);
				const studied = new Set(expected.states.map((s) => `${s.deckId}\u0000${s.cardId}`));
				expected.cards = expected.cards.map((c) => ({ ...c, fresh: !c.retired && !studied.has(`${c.deckId}\u0000${c.id}`) ? 1 : 0 }));
				// A review stored without an id gets one; ids are not part of what is compared.
				const noIds = (b: ReturnType<typeof tablesOf>) => ({ ...b, reviews: b.reviews.map(({ id: _id, ...r }) => r) });
				const sort = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
				const norm = (b: object) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Array.isArray(v) ? sort(v) : v]));
				expect(norm(noIds(tablesOf(back)))).toEqual(norm(noIds(expected)));
			}),
			{ numRuns: 300 }
		);
		expect(restored).toBeGreaterThan(5);
	}, 120_000);
});
