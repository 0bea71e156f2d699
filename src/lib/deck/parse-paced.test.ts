import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDeck, parseDeckPaced, type Pacing } from './parse';
import { DeckError } from './errors';
import { sampleDeck } from './fixtures/sample-deck';
import { mutatedDeckText } from './fixtures/mutations';

/** A deck, or the problems it was refused with. */
async function outcome(parse: () => Deck | Promise<Deck>): Promise<{ deck: string } | { problems: string[] }> {
	try {
		return { deck: JSON.stringify(await parse()) };
	} catch (e) {
		if (!(e instanceof DeckError)) throw e;
		return { problems: e.problems };
	}
}
type Deck = ReturnType<typeof sampleDeck>;

const eager = (chunk: number): Pacing & { pauses: number } => {
	const p = { chunk, pauses: 0, pause: async () => void p.pauses++ };
	return p;
};

describe('parsing a deck in chunks', () => {
	it('gives the same deck, or the same problems in the same order, as parsing it at once', async () => {
		await fc.assert(
			fc.asyncProperty(mutatedDeckText, fc.integer({ min: 1, max: 4 }), async (text, chunk) => {
				expect(await outcome(() => parseDeckPaced(text, eager(chunk), 'f.json'))).toEqual(await outcome(() => parseDeck(text, 'f.json')));
			}),
			{ numRuns: 800 }
		);
	});

	it('pauses between chunks and reports progress up to every card checked twice', async () => {
		const deck = sampleDeck();
		const many = { ...deck, cards: Array.from({ length: 10 }, (_, i) => ({ ...deck.cards[0], id: `c${i}` })) };
		const pacing = eager(3);
		const seen: number[] = [];
		pacing.progress = (done, total) => {
			expect(total).toBe(20);
			seen.push(done);
		};
		const out = await parseDeckPaced(JSON.stringify(many), pacing, 'many.json');
		expect(out.cards).toHaveLength(10);
		expect(pacing.pauses).toBe(1 + 3 + 3);
		expect(seen.at(-1)).toBe(20);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
	});

	it('names a bad card far down the deck by its index', async () => {
		const deck = sampleDeck();
		const many = { ...deck, cards: Array.from({ length: 50 }, (_, i) => ({ ...deck.cards[0], id: `c${i}` })) };
		many.cards[47] = { ...many.cards[47], answer: '' };
		many.cards[48] = { ...many.cards[48], id: 'c3' };
		const r = await outcome(() => parseDeckPaced(JSON.stringify(many), eager(7), 'many.json'));
		expect(r).toEqual({ problems: ['cards[47].answer: expected a non-empty string'] });
		many.cards[47] = { ...many.cards[46], id: 'c47' };
		expect(await outcome(() => parseDeckPaced(JSON.stringify(many), eager(7), 'many.json'))).toEqual({ problems: ['cards[48].id: "c3" is used by another card'] });
	});
});
