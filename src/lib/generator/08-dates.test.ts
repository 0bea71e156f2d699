import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './02-sentences';
import { findDates } from './08-dates';

/** Values of the dates found in one text for an article dated Tuesday 2024-12-03. */
const values = (t: string, date: string | null = '2024-12-03') => findDates(t, splitSentences(t, splitParagraphs(t)), date).map((d) => [d.text, d.value]);

describe('dates', () => {
	it('resolves weekdays by tense', () => {
		expect(values('They met on Friday.')).toEqual([['on Friday', '2024-11-29']]);
		expect(values('They will meet on Friday.')).toEqual([['on Friday', '2024-12-06']]);
		expect(values('It happened on Tuesday.')).toEqual([['on Tuesday', '2024-12-03']]);
	});
	it('resolves yesterday, today, this/last/next week and the weekend', () => {
		expect(values('He left yesterday.')).toEqual([['yesterday', '2024-12-02']]);
		expect(values('Talks start next week.')).toEqual([['next week', '2024-W50']]);
		expect(values('It rained last week.')).toEqual([['last week', '2024-W48']]);
		expect(values('Crowds gathered over the weekend.')).toEqual([['over the weekend', '2024-W48-WE']]);
	});
	it('resolves months, years, seasons and decades', () => {
		expect(values('Prices rose in late November.')).toEqual([['in late November', '2024-11']]);
		expect(values('It opened in March 2011.')).toEqual([['March 2011', '2011-03']]);
		expect(values('In 2017, she won.')).toEqual([['2017', '2017']]);
		expect(values('Sales fell this summer.')).toEqual([['this summer', '2024-SU']]);
		expect(values('Music of the 1990s is back.')).toEqual([['the 1990s', '199X']]);
		expect(values('Growth returns in early 2023.')).toEqual([['early 2023', '2023']]);
	});
	it('resolves full and ISO dates', () => {
		expect(values('The vote was held on December 1, 2020.')).toEqual([['on December 1, 2020', '2020-12-01']]);
		expect(values('The vote was held on 2020-12-01.')).toEqual([['2020-12-01', '2020-12-01']]);
		expect(values('It starts on the first of December.')).toEqual([['on the first of December', '2024-12-01']]);
	});
	it('skips durations, counts and law names', () => {
		expect(values('It took three years and 2000 troops under the Finance Act 2017.')).toEqual([]);
	});
	it('gives relative dates a null value without an article date', () => {
		expect(values('He left yesterday.', null)).toEqual([['yesterday', null]]);
	});
	it('takes tense from the reporting clause nearest the date, not from quoted words', () => {
		expect(values('The mayor spoke on Friday “so that we will all be safe next time”.')).toEqual([['on Friday', '2024-11-29']]);
		expect(values('Speaking on Friday, Ada Holm said she planned to appeal.')).toEqual([['on Friday', '2024-11-29']]);
		expect(values('The result is expected to be made public on Friday.')).toEqual([['on Friday', '2024-12-06']]);
	});
});
