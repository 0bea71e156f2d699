import { describe, expect, it } from 'vitest';
import { articleHead } from './heads';

const NOW = new Date('2025-03-14T12:00:00Z');

describe('articleHead', () => {
	it('takes the date from a ` date YYYY-MM-DD` first line', () => {
		expect(articleHead(' date 2024-12-03 Leaders spoke\n\nThe two leaders spoke on Monday about the war.', NOW)).toEqual({
			title: 'Leaders spoke',
			date: '2024-12-03',
			outlet: null
		});
		expect(articleHead('date 2025-03-14\nCouncil to meet\n\nThe council meets in July.', NOW).date).toBe('2025-03-14');
	});

	it('takes the outlet and the day from a dateline, in the year that is not in the future', () => {
		const head = articleHead('Bridge opens\n\nPRETORIA, Aug 25 (Reuters) - The new bridge opened on Monday, officials said.', NOW);
		expect(head).toEqual({ title: 'Bridge opens', date: '2024-08-25', outlet: 'Reuters' });
		expect(articleHead('Vote\n\nGENEVA, Mar 2 (AP) — Voters went to the polls on Sunday.', NOW).date).toBe('2025-03-02');
		expect(articleHead('Vote\n\nST. LOUIS (AP) — Voters went to the polls on Sunday.', NOW)).toEqual({ title: 'Vote', date: null, outlet: 'AP' });
	});

	it('says nothing when the text does not', () => {
		expect(articleHead('A plain story\n\nNothing here gives a date or an outlet.', NOW)).toEqual({ title: 'A plain story', date: null, outlet: null });
		expect(articleHead('', NOW)).toEqual({ title: '', date: null, outlet: null });
	});
});
