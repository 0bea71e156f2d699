import { describe, expect, it } from 'vitest';
import { parseDeck, toDeck, parseCatalog } from './parse';
import { DeckError } from './errors';
import { sampleDeck } from './fixtures/sample-deck';

function problems(input: unknown): string[] {
	try {
		toDeck(input, 'x.json');
	} catch (e) {
		expect(e).toBeInstanceOf(DeckError);
		return (e as DeckError).problems;
	}
	throw new Error('expected a DeckError');
}

describe('parseDeck', () => {
	it('accepts a valid deck and returns it typed', () => {
		const deck = parseDeck(JSON.stringify(sampleDeck()));
		expect(deck.cards).toHaveLength(3);
		expect(deck.cards[0].answer).toBe('Ana Ruiz');
	});

	it('names the line of a JSON syntax error', () => {
		const text = '{\n "format": "newsdeck",\n "version": 1,,\n}';
		expect(() => parseDeck(text, 'bad.json')).toThrowError(/bad\.json.*\n.*line 3/);
	});

	it('refuses an empty file and an oversized one', () => {
		expect(() => parseDeck('  ', 'e.json')).toThrowError(/empty/);
		expect(() => parseDeck('x'.repeat(21 * 1024 * 1024))).toThrowError(/MB; the limit/);
	});

	it('refuses something that is not a deck', () => {
		expect(problems([1, 2])[0]).toMatch(/expected a JSON object, got an array/);
		expect(problems({ hello: 1 })[0]).toMatch(/^format: expected "newsdeck"/);
	});

	it('refuses unknown future versions clearly', () => {
		expect(problems({ ...sampleDeck(), version: 7 })[0]).toMatch(/version 7.*up to 1/);
	});

	it('migrates version 0 (questions) to version 1 (cards)', () => {
		const { cards, ...rest } = sampleDeck();
		const deck = toDeck({ ...rest, version: 0, questions: cards });
		expect(deck.version).toBe(1);
		expect(deck.cards).toHaveLength(3);
	});

	it('names the path of every schema problem', () => {
		const d = sampleDeck() as unknown as Record<string, any>;
		d.cards[1].answer = '';
		d.cards[2].type = 'riddle';
		d.articles[0].date = 'yesterday';
		const p = problems(d);
		expect(p).toContain('cards[1].answer: expected a non-empty string');
		expect(p.some((x) => x.startsWith('cards[2].type: expected one of'))).toBe(true);
		expect(p.some((x) => x.startsWith('articles[0].date:'))).toBe(true);
	});

	it('checks the answer is among the choices', () => {
		const d = sampleDeck();
		d.cards[0].answer = 'Putin';
		expect(problems(d)).toContain('cards[0].choices: answer "Putin" is not among the choices');
	});

	it('checks duplicate ids, duplicate choices and unknown articles', () => {
		const d = sampleDeck();
		d.cards[1].id = d.cards[0].id;
		d.cards[0].choices = ['Ana Ruiz', 'ana ruiz', 'Tom Berg'];
		d.cards[2].source.articleId = 'zz';
		const p = problems(d);
		expect(p).toContain(`cards[1].id: "who-said-1" is used by another card`);
		expect(p).toContain('cards[0].choices: two choices are the same');
		expect(p).toContain('cards[2].source.articleId: no article has id "zz"');
	});

	it('checks the source sentence is in the article at its offsets', () => {
		const d = sampleDeck();
		d.cards[0].source.sentence = 'A sentence the article never had.';
		expect(problems(d)).toContain('cards[0].source.sentence: not found in the article text at 66–112');
		const e = sampleDeck();
		e.cards[0].source.end = 10_000;
		expect(problems(e)[0]).toMatch(/outside the article/);
	});

	it('requires a list answer for timelines only', () => {
		const d = sampleDeck();
		d.cards[0].answer = ['Ana Ruiz', 'Tom Berg'];
		expect(problems(d)).toContain('cards[0].answer: expected a string');
	});
});

describe('parseCatalog', () => {
	it('reads a catalog and names bad entries', () => {
		const ok = parseCatalog(JSON.stringify({ format: 'newsdeck-catalog', version: 1, decks: [{ id: 'a', title: 'A', cards: 3, date: null, file: 'a.json' }] }));
		expect(ok.decks[0].file).toBe('a.json');
		expect(() => parseCatalog(JSON.stringify({ format: 'newsdeck-catalog', version: 1, decks: [{ id: 'a' }] }))).toThrowError(/decks\[0\]\.title/);
	});
});
