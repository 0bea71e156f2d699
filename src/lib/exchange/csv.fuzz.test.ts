import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsvDeck, toAnkiTsv, toCsv, toQuizletTsv } from './csv';
import { DeckError } from '../deck/errors';
import type { Deck } from '../deck/schema';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { mutatedText, NAMES_A_PLACE } from '../deck/fixtures/mutations';

const now = new Date('2026-01-05T09:00:00Z');
/** Problems about the whole file (it has no line to name). */
const WHOLE_FILE = /^(file is empty|no rows with cards \(only headers or blank lines\)|more than \d+ rows; split the file|this is a binary file, not text; .*|this is a web page \(HTML\), not a deck or a CSV\/TSV file)$/;

/** The sample deck with tags and a cell that looks like a formula, as each of our three exports. */
function exports(): { name: string; text: string }[] {
	const deck = sampleDeck();
	deck.cards[0].tags = ['bridge', 'local news'];
	deck.cards[1].prompt = '=1+1 is not run: when did the council approve the plan?';
	return [
		{ name: 'lakeside.csv', text: toCsv(deck) },
		{ name: 'lakeside.txt', text: toAnkiTsv(deck) },
		{ name: 'lakeside.tsv', text: toQuizletTsv(deck) },
		{ name: 'list.txt', text: 'term;definition;tags\nLakeside;a town;place\n"Ana; Ruiz";the mayor;person\n' }
	];
}

const outline = (d: Deck) => d.cards.map((c) => ({ id: c.id, prompt: c.prompt, answer: c.answer, tags: c.tags }));

describe('CSV/TSV import under fuzzing', () => {
	it('a mutated export is accepted (and round-trips through our exports) or refused naming its lines, never a crash', () => {
		const tally = { accepted: 0, refused: 0 };
		const file = fc.constantFrom(...exports()).chain(({ name, text }) => mutatedText(text).map((t) => ({ name, text: t })));
		fc.assert(
			fc.property(file, ({ name, text }) => {
				let deck: Deck;
				try {
					deck = parseCsvDeck(text, name, { now });
				} catch (e) {
					expect(e).toBeInstanceOf(DeckError);
					const problems = (e as DeckError).problems;
					expect(problems.length).toBeGreaterThan(0);
					for (const p of problems) expect(p).toMatch(WHOLE_FILE.test(p) ? WHOLE_FILE : NAMES_A_PLACE);
					tally.refused++;
					return;
				}
				tally.accepted++;
				// Anki's export keeps ids (GUIDs), fronts, backs and tags; the spreadsheet CSV keeps fronts, backs and tags.
				expect(outline(parseCsvDeck(toAnkiTsv(deck), 'again.txt', { now }))).toEqual(outline(deck));
				const csv = parseCsvDeck(toCsv(deck), 'again.csv', { now });
				expect(csv.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual(deck.cards.map((c) => [c.prompt, c.answer, c.tags]));
			}),
			{ numRuns: 3000 }
		);
		expect(tally.accepted).toBeGreaterThan(300);
		expect(tally.refused).toBeGreaterThan(100);
	});
});
