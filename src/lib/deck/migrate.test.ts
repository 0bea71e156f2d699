import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from './parse';
import { migrate } from './migrate';

const V0 = readFileSync(new URL('./fixtures/deck-v0.json', import.meta.url), 'utf8');

describe('deck format upgrades', () => {
	it('reads a version 0 deck file (cards were called questions) as version 1, every card kept', () => {
		const raw = JSON.parse(V0);
		const deck = parseDeck(V0, 'deck-v0.json');
		expect(deck.version).toBe(1);
		expect(deck.cards.map((c) => c.id)).toEqual(raw.questions.map((q: { id: string }) => q.id));
		expect(deck.cards[0]).toEqual(raw.questions[0]);
		expect('questions' in deck).toBe(false);
	});

	it('never throws: odd versions become problems', () => {
		expect(migrate({ version: -1 })).toEqual({ problems: ['version: no upgrade from version -1'] });
		expect(migrate({ version: '1' })).toMatchObject({ problems: [expect.stringMatching(/whole number.*got "1"/)] });
		expect(migrate({ version: 2 })).toMatchObject({ problems: [expect.stringMatching(/version 2.*up to 1/)] });
	});
});
