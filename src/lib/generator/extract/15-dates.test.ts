import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './02-sentences';
import { findDates } from './15-dates';

/** Values of the dates found in one text for an article dated Tuesday 2024-12-03. */
const values = (t: string, date: string | null = '2024-12-03') => findDates(t, splitSentences(t, splitParagraphs(t)), date).map((d) => [d.text, d.value]);

describe('dates', () => {
	it('resolves weekdays by tense', () => {
		expect(values('They met on Friday.')).toEqual([['on Friday', '2024-11-29']]);
		expect(values('They will meet on Friday.')).toEqual([['on Friday', '2024-12-06']]);
		expect(values('It happened on Tuesday.')).toEqual([['on Tuesday', '2024-12-03']]);
		expect(values('The board meets this Friday.')).toEqual([['this Friday', '2024-12-06']]);
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
		expect(values('Music of the ’90s and the early ’10s is back.')).toEqual([['the ’90s', '199X'], ['the early ’10s', '201X']]);
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
	it('reads a bare month said in the future (or on a schedule) as the coming one, in the past as the last one', () => {
		const at = (t: string) => values(t, '2025-03-14');
		expect(at('The council meets in July.')).toEqual([['in July', '2025-07']]);
		expect(at('The council will vote in November.')).toEqual([['in November', '2025-11']]);
		expect(at('The board said it would decide in November.')).toEqual([['in November', '2025-11']]);
		expect(at('The vote is scheduled for January.')).toEqual([['for January', '2026-01']]);
		expect(at('The agency plans to report in February.')).toEqual([['in February', '2026-02']]);
		expect(at('Elections are due in October.')).toEqual([['in October', '2025-10']]);
		expect(at('The new rules, announced by the mayor, take effect in July.')).toEqual([['in July', '2025-07']]);
		expect(at('The council approved the budget in July.')).toEqual([['in July', '2024-07']]);
		expect(at('The talks, which began in November, will resume in April.')).toEqual([['in November', '2024-11'], ['in April', '2025-04']]);
		expect(at('Prices fell in February.')).toEqual([['in February', '2025-02']]);
		expect(at('The bridge opens in March.')).toEqual([['in March', '2025-03']]);
	});
	it('keeps a day said in the future ahead of the article and a day said in the past behind it', () => {
		const at = (t: string) => values(t, '2025-03-14');
		expect(at('The court will rule on November 20.')).toEqual([['on November 20', '2025-11-20']]);
		expect(at('The court ruled on November 20.')).toEqual([['on November 20', '2024-11-20']]);
		expect(values('The council met on January 5.', '2024-12-03')).toEqual([['on January 5', '2024-01-05']]);
	});
	it('takes tense from the reporting clause nearest the date, not from quoted words', () => {
		expect(values('The mayor spoke on Friday “so that we will all be safe next time”.')).toEqual([['on Friday', '2024-11-29']]);
		expect(values('Speaking on Friday, Ada Holm said she planned to appeal.')).toEqual([['on Friday', '2024-11-29']]);
		expect(values('The result is expected to be made public on Friday.')).toEqual([['on Friday', '2024-12-06']]);
	});
	it('resolves day words inside a quotation from the day it was said', () => {
		const t = 'On Saturday the mayor spoke to the crowd.\n\n“Tomorrow we open the new bridge for everyone,” she said.';
		const q = { text: '', start: t.indexOf('“'), end: t.indexOf('”') + 1 };
		const ds = findDates(t, splitSentences(t, splitParagraphs(t)), '2024-12-03', [q]).map((d) => [d.text, d.value]);
		expect(ds).toEqual([['On Saturday', '2024-11-30'], ['Tomorrow', '2024-12-01']]);
		expect(values('“Tomorrow we open the new bridge for everyone,” she said.')).toEqual([['Tomorrow', '2024-12-04']]);
	});
	it('resolves the 24th, the next day and the previous year from earlier dates', () => {
		expect(values('Talks began on 3 March 2021. Closer to the 24th we will know more.')).toEqual([['on 3 March 2021', '2021-03-03'], ['the 24th', '2021-03-24']]);
		expect(values('Polls close on Friday, with results due the next day.')).toEqual([['on Friday', '2024-12-06'], ['the next day', '2024-12-07']]);
		expect(values('Profit rose in 2019, up from the previous year.')).toEqual([['2019', '2019'], ['the previous year', '2018']]);
		expect(values('It was the 24th time he had tried.')).toEqual([]);
	});
	it('applies the winter rule and month-relative phrases', () => {
		expect(values('We want the cap in place before the winter.', '2018-03-07')).toEqual([['the winter', '2019-WI']]);
		expect(values('Bills arrive this winter.', '2018-03-07')).toEqual([['this winter', '2018-WI']]);
		expect(values('They will plant in the spring.')).toEqual([['the spring', '2025-SP']]);
		expect(values('They met in the summer.', '2025-03-07')).toEqual([['the summer', '2024-SU']]);
		expect(values('Bills arrive at the end of the month.')).toEqual([['the end of the month', '2024-12']]);
		expect(values('They criticised November’s vote.')).toEqual([['November’s', '2024-11']]);
	});
	it('skips trailing spans and year ranges', () => {
		expect(values('Cases rose in the last week alone.')).toEqual([]);
		expect(values('He was ambassador in 2020-2023.')).toEqual([]);
	});
	it('reads a headline infinitive as future', () => {
		expect(values('Ceasefire to begin on Sunday')).toEqual([['on Sunday', '2024-12-08']]);
	});
	it('ignores verbs in a clause after the date when reading its tense', () => {
		expect(values('He struggled with a question on Sunday about how he would govern.')).toEqual([['on Sunday', '2024-12-01']]);
		expect(values('The primary is on June 14, and rivals have pledged to stay.', '2024-05-11')).toEqual([['on June 14', '2024-06-14']]);
		expect(values('He told USA TODAY so.')).toEqual([]);
	});
});

describe('event names and schedules', () => {
	it('reads "Super Tuesday" and "Black Friday" as names, not dates', () => {
		expect(values('The senator did well on Super Tuesday and shoppers queued on Black Friday.', '2016-02-26')).toEqual([]);
	});
	it('puts a weekday after a present-tense schedule in the coming week', () => {
		expect(values('New Jersey holds its primary Tuesday, and California votes the same day.', '2016-06-03')).toEqual([['Tuesday', '2016-06-07']]);
	});
});

describe('months ahead of the article', () => {
	it('reads a scheduled month after the article date as the coming one', () => {
		expect(values('The council meets in July to vote on the plan it approved last week.', '2025-03-14')).toEqual(expect.arrayContaining([['in July', '2025-07']]));
		expect(values('The council will vote in February on the plan.', '2025-03-14')).toEqual([['in February', '2026-02']]);
	});
});

describe('names that look like day words', () => {
	it('reads "the Today show" and "CBS This Morning" as names, a sentence-initial "Today" as a date', () => {
		expect(values('She was joining the Today show as a host, the network said.', '2016-10-09')).toEqual([]);
		expect(values('He spoke on CBS This Morning about the race.', '2016-10-09')).toEqual([]);
		expect(values('Today the council votes on the plan.', '2016-10-09')).toEqual([['Today', '2016-10-09']]);
	});
});

describe('a weekday ahead of the news', () => {
	it('reads "heading into Tuesday’s primary" and "ahead of Friday’s vote" as the coming day', () => {
		// 2016-02-08 is a Monday.
		expect(values('The candidates campaigned across the state, heading into Tuesday’s primary.', '2016-02-08')).toEqual([['Tuesday', '2016-02-09']]);
		expect(values('Party leaders met late into the night ahead of Friday’s vote.', '2016-02-08')).toEqual([['Friday', '2016-02-12']]);
	});
});

describe('a month and day in a sentence about an earlier year', () => {
	it('belongs to that year', () => {
		expect(values('In the 2008 race, Obama won the state on Jan. 18 by 30 points.', '2016-02-01')).toEqual([['2008', '2008'], ['on Jan. 18', '2008-01-18']]);
		expect(values('Obama spoke on Jan. 18 about the race.', '2016-02-01')).toEqual([['on Jan. 18', '2016-01-18']]);
	});
});

describe('a long clause’s tense', () => {
	it('reads the verb far back in the sentence when none is near the date', () => {
		// 2016-06-21 is a Tuesday.
		expect(values('Republican presidential candidate Donald Trump will follow Democratic candidate Hillary Clinton’s Tuesday speech denouncing his economic policies with a speech of his own Wednesday morning.', '2016-06-21')).toEqual([
			['Tuesday', '2016-06-21'],
			['Wednesday morning', '2016-06-22']
		]);
	});
});

describe('"votes" as a noun', () => {
	it('reads "won 300 votes … on Monday" as past, not as a schedule', () => {
		// 2024-05-14 is a Tuesday.
		expect(values('Martin Okafor won 300 votes in Portsmouth on Monday.', '2024-05-14')).toEqual([['on Monday', '2024-05-13']]);
	});
});

describe('"that year" and a celebration ahead', () => {
	it('dates "December of that year" by the year last named, and "celebrates … on Saturday" as the coming day', () => {
		// 1996-08-23 is a Friday.
		expect(values('Ukraine voted for independence in 1991, in a referendum in December of that year. Ukraine celebrates its independence on Saturday.', '1996-08-23')).toEqual([
			['1991', '1991'],
			['in December', '1991-12'],
			['on Saturday', '1996-08-24']
		]);
	});
});

describe('ordinals that are no days', () => {
	it('reads "the bottom of the 10th" as an inning, and "the 24th" after a month as a day', () => {
		expect(values('The Giants won on August 12. Hill drove in the winning run in the bottom of the 10th, and they play again on the 24th.', '1996-08-20')).toEqual([
			['on August 12', '1996-08-12'],
			['the 24th', '1996-08-24']
		]);
	});
});
