import { describe, expect, it } from 'vitest';
import { checkTyped, editDistance, foldAnswer, parseDateAnswer, MAX_TYPED_CHARS } from './answer-check';

const card = (answer: string, accept?: string[]) => ({ answer, accept });

describe('checkTyped', () => {
	it('ignores case, diacritics, punctuation and titles', () => {
		expect(checkTyped(card('Recep Tayyip Erdoğan'), 'recep tayyip erdogan')).toBe(true);
		expect(checkTyped(card('Vladimir Putin'), 'President Vladimir Putin!')).toBe(true);
		expect(checkTyped(card('the Astana format'), 'Astana Format')).toBe(true);
	});
	it('accepts aliases and small typos scaled to length', () => {
		expect(checkTyped(card('Vladimir Putin', ['Putin']), 'putin')).toBe(true);
		expect(checkTyped(card('Vladimir Putin', ['Putin']), 'Vladimir Puttin')).toBe(true);
		expect(checkTyped(card('Pezeshkian'), 'Pezeshkain')).toBe(true);
		expect(checkTyped(card('Iran'), 'Iraq')).toBe(false);
		expect(checkTyped(card('Aleppo'), 'Hama')).toBe(false);
		expect(checkTyped(card('Vladimir Putin'), '')).toBe(false);
	});
	it('reads dates in common formats at the key precision', () => {
		const day = card('2 December 2024');
		for (const s of ['2024-12-02', 'December 2, 2024', '2 Dec 2024', '2nd December', 'Monday, December 2', '2/12/2024']) {
			expect(checkTyped(day, s), s).toBe(true);
		}
		expect(checkTyped(day, '3 December 2024')).toBe(false);
		expect(checkTyped(day, 'December 2024')).toBe(false);
		const month = card('March 2011');
		for (const s of ['March 2011', 'Mar 2011', '03/2011', '2011-03']) expect(checkTyped(month, s), s).toBe(true);
		expect(checkTyped(month, 'March 2012')).toBe(false);
		expect(checkTyped(card('2017'), '2017')).toBe(true);
		expect(checkTyped(card('2017'), '2018')).toBe(false);
	});
	it('compares numbers by value, with units and thousands commas', () => {
		expect(checkTyped(card('4.35'), '4.35%')).toBe(true);
		expect(checkTyped(card('1,250'), '1250 people')).toBe(true);
		expect(checkTyped(card('4.35'), '4.5')).toBe(false);
	});
	it('checks very long answers without fuzzy matching: long words are compared exactly, inputs over the cap are wrong', () => {
		const a = 'x'.repeat(5000);
		const b = 'y'.repeat(5000);
		expect(checkTyped(card(a), b)).toBe(false);
		expect(checkTyped(card(`Ana ${'q'.repeat(300)}`), `Ana ${'q'.repeat(300)}`)).toBe(true);
		expect(checkTyped(card(`Ana ${'q'.repeat(300)}`), `Ana ${'q'.repeat(299)}r`)).toBe(false);
		expect(checkTyped(card('Lakeside'), `Lakeside ${' '.repeat(MAX_TYPED_CHARS)}`)).toBe(false);
	});
	it('never accepts a typed answer for a timeline', () => {
		expect(checkTyped({ answer: ['a', 'b'] as unknown as string }, 'a')).toBe(false);
	});
});

describe('helpers', () => {
	it('counts a transposition as one edit', () => expect(editDistance('abcd', 'abdc')).toBe(1));
	it('folds letters NFKD leaves alone', () => expect(foldAnswer('Łódź Straße')).toBe('lodz strasse'));
	it('parses ISO and worded dates', () => {
		expect(parseDateAnswer('2024-03')).toEqual({ y: 2024, m: 3, d: undefined });
		expect(parseDateAnswer('5th of March')).toEqual({ y: undefined, m: 3, d: 5 });
	});
});
