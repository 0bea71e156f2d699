import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importDeckText, MAX_IMPORT_BYTES, type ImportProgress } from './load';
import { DeckError } from '../deck/errors';
import { db } from '../db/db';
import { WRITE_CHUNK } from '../db/repo';
import { deckCounts } from '../db/queue';
import { freshDb, quotaExceeded, type SabotageSwitch } from '../db/fixtures/sabotage';
import { bigDeck } from '../deck/fixtures/big-deck';

const t0 = new Date('2026-01-05T09:00:00Z');
/** Cards in the big deck (issue 20 measured 100,000; BIG_DECK_CARDS makes a quicker local run). */
const N = Number(process.env.BIG_DECK_CARDS ?? 100_000);

/** Pacing that counts its pauses and records progress (no timers: the test only checks the chunking). */
function counting() {
	const seen: ImportProgress[] = [];
	const p = { chunk: 2000, pauses: 0, pause: async () => void p.pauses++, progress: (x: ImportProgress) => void seen.push(x), seen };
	return p;
}

describe(`a ${N.toLocaleString('en')}-card deck`, () => {
	let text = '';
	const sabotage: SabotageSwitch = { current: null };
	beforeAll(() => {
		text = JSON.stringify(bigDeck(N));
	});
	beforeEach(async () => {
		sabotage.current = null;
		await freshDb('cards', sabotage);
	});

	it('is under the import limit, and imports in chunks with progress, pausing between them', async () => {
		expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
		const pacing = counting();
		const r = await importDeckText(text, 'big.json', 'file', t0, pacing);
		expect(r.change?.created).toBe(true);
		expect(await db().cards.where('deckId').equals('big-deck').count()).toBe(N);
		expect((await deckCounts('big-deck', t0)).total).toBe(N);
		// One pause after reading the JSON, then one between every two chunks of each of the two checks.
		expect(pacing.pauses).toBe(1 + 2 * (Math.ceil(N / 2000) - 1));
		const checking = pacing.seen.filter((s) => s.step === 'checking');
		const saving = pacing.seen.filter((s) => s.step === 'saving');
		expect(checking.at(-1)).toEqual({ step: 'checking', done: 2 * N, total: 2 * N });
		expect(saving).toHaveLength(Math.ceil(N / WRITE_CHUNK));
		expect(saving.at(-1)).toEqual({ step: 'saving', done: N, total: N });
	}, 120_000);

	it('a bad last card is named by its index, and nothing is written', async () => {
		const deck = bigDeck(N);
		deck.cards[N - 1] = { ...deck.cards[N - 1], answer: 'Nowhere' };
		const e = await importDeckText(JSON.stringify(deck), 'big.json', 'file', t0, counting()).catch((x) => x);
		expect(e).toBeInstanceOf(DeckError);
		expect((e as DeckError).problems).toEqual([`cards[${N - 1}].choices: answer "Nowhere" is not among the choices`]);
		expect(await db().cards.count()).toBe(0);
		expect(await db().decks.count()).toBe(0);
	}, 120_000);

	it('a write failing after some chunks (a full disk) leaves no card and no deck behind', async () => {
		let writes = 0;
		sabotage.current = (req) => {
			if (req.type === 'put' && ++writes === 3) quotaExceeded();
		};
		await expect(importDeckText(text, 'big.json', 'file', t0, counting())).rejects.toThrow(/full|space|quota/i);
		sabotage.current = null;
		expect(writes).toBe(3);
		expect(await db().cards.count()).toBe(0);
		expect(await db().decks.count()).toBe(0);
	}, 120_000);
});
