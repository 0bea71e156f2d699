import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDeck, toDeck } from './parse';
import { DeckError } from './errors';
import { DeckSchema } from './schema';
import * as v from 'valibot';
import { sampleDeck } from './fixtures/sample-deck';
import { mutatedDeckText } from './fixtures/mutations';

/** Parses `input`; passes when it yields a valid deck or a DeckError with problems, fails on anything else. */
function deckOrDeckError(parse: () => unknown): boolean {
	try {
		const deck = parse();
		// A deck that comes back is a whole deck: it satisfies the schema again.
		return v.is(DeckSchema, deck);
	} catch (e) {
		return e instanceof DeckError && e.problems.length > 0 && e.problems.every((p) => typeof p === 'string' && p.length > 0);
	}
}

const RUNS = 3000;

describe('the deck parser under fuzzing', () => {
	it('any text: a deck or a DeckError, never another exception', () => {
		fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary', maxLength: 200 })), (text) => deckOrDeckError(() => parseDeck(text, 'f.json'))), {
			numRuns: RUNS
		});
	});

	it('any JSON value, and deck-shaped objects with hostile values', () => {
		const deckish = fc.record(
			{ format: fc.constant('newsdeck'), version: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.jsonValue()), id: fc.jsonValue(), title: fc.jsonValue(), language: fc.jsonValue(), createdAt: fc.jsonValue(), articles: fc.jsonValue(), cards: fc.jsonValue(), questions: fc.jsonValue() },
			{ requiredKeys: ['format', 'version'] }
		);
		fc.assert(fc.property(fc.oneof(fc.jsonValue(), deckish, fc.anything()), (value) => deckOrDeckError(() => toDeck(value, 'f.json'))), { numRuns: RUNS });
	});

	it('a valid deck with one value changed, removed, or replaced by a deep or hostile value', () => {
		fc.assert(fc.property(mutatedDeckText, (text) => deckOrDeckError(() => parseDeck(text, 'f.json'))), { numRuns: RUNS });
	});

	it('deeply nested values in the fields quoted by error messages', () => {
		const deep = JSON.parse('['.repeat(20000) + ']'.repeat(20000));
		for (const key of ['format', 'version']) {
			const value = { ...sampleDeck(), [key]: deep };
			expect(deckOrDeckError(() => toDeck(value))).toBe(true);
		}
	});
});
