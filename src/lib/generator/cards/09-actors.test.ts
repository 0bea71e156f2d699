import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract/extract';
import { makeArt } from './01-context';
import { indexEntities } from './02-entities';
import { actorCards } from './09-actors';
import { worthAsking } from './14-worth';
import { generate } from '../index';

/** Actor cards of one invented article (real extraction), after the worth filter. */
function actors(body: string, date = '2024-05-14'): string[] {
	const text = ` date ${date} Harbour row deepens\n\n${body}\n`;
	const art = makeArt(0, text, extractFacts(text), 'a.txt');
	return actorCards([art], indexEntities([art]))
		.map((c) => worthAsking(c, art))
		.filter((c) => c !== null)
		.map((c) => `${c.card.prompt} → ${c.card.answer}`);
}

describe('lede actor cards', () => {
	it('asks who did the lede’s main event, without the describers that give the answer away', () => {
		const got = actors('Mayor Grace Holloway rejected a plan by the Harbour Board to sell the old ferry docks to Brightwater Holdings. The board meets again in June.');
		expect(got).toEqual(['In May 2024, who rejected a plan by the Harbour Board to sell the old ferry docks to Brightwater Holdings? → Grace Holloway']);
	});

	it('keeps an opening phrase and cuts a long predicate at its second clause', () => {
		const got = actors(
			'With two days left before the vote, Senator Martin Okafor met union leaders from the Harbour Workers Union in Portsmouth on Monday and said the government must protect the ferry jobs that the docks sale would cut.'
		);
		expect(got).toEqual(['With two days left before the vote, who met union leaders from the Harbour Workers Union in Portsmouth on Monday (13 May 2024)? → Martin Okafor']);
	});

	it('dates a weekday after its possessive and its part of day', () => {
		expect(actors('Senator Martin Okafor won Tuesday’s primary in Portsmouth by 4,000 votes, ending the mayor’s hopes of a second term.', '2024-05-15')).toEqual([
			'Who won Tuesday’s (14 May 2024) primary in Portsmouth by 4,000 votes, ending the mayor’s hopes of a second term? → Martin Okafor'
		]);
		expect(actors('Senator Martin Okafor met union leaders in Portsmouth on Monday evening to discuss 300 ferry jobs.')).toEqual([
			'Who met union leaders in Portsmouth on Monday evening (13 May 2024) to discuss 300 ferry jobs? → Martin Okafor'
		]);
	});

	it('skips a claim the sentence hands to someone else, a shared subject, a guess and colour', () => {
		expect(actors('Grace Holloway plans to sell the docks to Brightwater Holdings by 2026, her rival Martin Okafor said on Monday.')).toEqual([]);
		expect(actors('Grace Holloway and Martin Okafor pledged to keep the ferry docks open after meeting in Portsmouth.')).toEqual([]);
		expect(actors('Grace Holloway may be testing the patience of the Harbour Board with her latest plan for Portsmouth.')).toEqual([]);
		expect(actors('Grace Holloway smiled and waved a small flag of her own at the crowd outside the hall.')).toEqual([]);
		expect(actors('Grace Holloway did not reveal what she would tell the Harbour Board in Portsmouth on Thursday.')).toEqual([]);
		expect(actors('Grace Holloway has yet to say how the Harbour Board in Portsmouth would pay for 300 jobs.')).toEqual([]);
		expect(actors('Grace Holloway was calm but firm: the Harbour Board in Portsmouth must keep 300 jobs.')).toEqual([]);
		expect(actors('Grace Holloway has been a member of the Harbour Board in Portsmouth for 30 years.')).toEqual([]);
		expect(actors('Grace Holloway was elected to the Harbour Board in Portsmouth by 300 votes.')).toEqual(['In May 2024, who was elected to the Harbour Board in Portsmouth by 300 votes? → Grace Holloway']);
	});

	it('asks only the lede’s first two sentences, and only events told in the past tense', () => {
		const got = actors(
			'The harbour vote is set for June. Grace Holloway leads the campaign against the sale of 300 berths in Portsmouth. Martin Okafor backs the sale. Grace Holloway met dock workers in Portsmouth on Monday to discuss the 300 jobs.'
		);
		expect(got).toEqual([]);
		expect(actors('Grace Holloway still leads the race for the Harbour Board seat in Portsmouth, with 568 votes.')).toEqual([]);
		expect(actors('Grace Holloway has been criticizing the Harbour Board in Portsmouth for its 300 job cuts.')).toEqual([]);
		// An event under way is asked: "is shifting staff".
		expect(actors('Grace Holloway is shifting staff and money to Portsmouth as her campaign struggles to raise 300,000 pounds.')).toEqual([
			'In May 2024, who is shifting staff and money to Portsmouth as their campaign struggles to raise 300,000 pounds? → Grace Holloway'
		]);
	});

	it('keeps one clause: a second subject after "and" is another fact', () => {
		expect(actors('Grace Holloway won the Portsmouth seat by 4,000 votes in 2019, and Martin Okafor won it back in 2023 by 300.')).toEqual([
			'Who won the Portsmouth seat by 4,000 votes in 2019? → Grace Holloway'
		]);
	});

	it('reads a plural noun after a place name as no verb', () => {
		expect(actors('French deaths from the heat wave are rising, and Grace Holloway wants the Harbour Board in Portsmouth to act.')).toEqual([]);
	});

	it('ships in the deck with choices from the deck’s other people when there are three', () => {
		const text =
			' date 2024-05-14 Harbour row deepens\n\nMayor Grace Holloway rejected a plan by the Harbour Board to sell the old ferry docks to Brightwater Holdings.\n\nCouncillor Anna Petrova, Councillor Martha Lindqvist and board chair Sarah Mbeki criticised the decision. “We will fight on,” Mbeki said.\n';
		const deck = generate([{ content: text, file: 'h.txt' }], { now: '2024-05-14T00:00:00.000Z' });
		const card = deck.cards.find((c) => c.prompt.startsWith('In May 2024, who rejected'));
		expect(card?.answer).toBe('Grace Holloway');
		expect(card?.choices?.length).toBe(4);
		expect(card?.source.sentence).toContain('Mayor Grace Holloway rejected');
	});

	it('asks nothing from a headline line, but keeps a first line that is the lede itself', () => {
		const head = ' date 2024-05-14 Mayor Grace Holloway rejects Harbour Board plan to sell ferry docks to Brightwater Holdings.\n\nThe vote is in June.\n';
		expect(generate([{ content: head, file: 'h.txt' }], { now: '2024-05-14T00:00:00.000Z' }).cards.filter((c) => c.source.sentence.includes('Holloway'))).toEqual([]);
		const lede = ' date 2024-05-14 Mayor Grace Holloway rejected a plan on Monday to sell the old ferry docks to a private company from the south coast of Portsmouth. The board had hoped to raise 40 million pounds from the sale to repair the sea wall in Portsmouth before the winter storms.\n';
		expect(generate([{ content: lede, file: 'l.txt' }], { now: '2024-05-14T00:00:00.000Z' }).cards.map((c) => c.answer)).toContain('Grace Holloway');
	});
	it('asks a completed event in the present perfect, not a state ("has been", "has long")', () => {
		expect(actors('Mayor Grace Holloway has granted a licence to Brightwater Holdings to run the old ferry docks in Portsmouth until 2030.')).toEqual([
			'Who has granted a licence to Brightwater Holdings to run the old ferry docks in Portsmouth until 2030? → Grace Holloway'
		]);
		expect(actors('Grace Holloway has long opposed the plan by the Harbour Board to sell 300 berths in Portsmouth.')).toEqual([]);
	});

	it('reads describers joined by "of" and "and", a relative clause after the name, a label line and a dateline with a bar', () => {
		expect(actors('Former Secretary of State and Labour candidate Grace Holloway rejected a plan by the Harbour Board to sell 300 berths.')).toEqual([
			'In May 2024, who rejected a plan by the Harbour Board to sell 300 berths? → Grace Holloway'
		]);
		expect(actors('Grace Holloway, who chairs the ferry committee, rejected a plan by the Harbour Board to sell 300 berths.')).toEqual([
			'In May 2024, who rejected a plan by the Harbour Board to sell 300 berths? → Grace Holloway'
		]);
		expect(actors('ABSTRACT.\n\nPORTSMOUTH ― Mayor Grace Holloway rejected a plan by the Harbour Board to sell 300 berths.')).toEqual([
			'In May 2024, who rejected a plan by the Harbour Board to sell 300 berths? → Grace Holloway'
		]);
	});
});


describe('more lede events', () => {
	it('asks an event told in a relative clause, and a planned one ("will meet"), not a lasting state', () => {
		expect(actors('If we remember one thing about Grace Holloway, who died Sunday at age 94 in Portsmouth, it will be her smile.', '2024-05-14')).toEqual([
			'Who died Sunday (12 May 2024) at age 94 in Portsmouth? → Grace Holloway'
		]);
		expect(actors('Senator Martin Okafor will meet union leaders from the Harbour Workers Union in Portsmouth on Monday to discuss 300 jobs.')).toEqual([
			'Who will meet union leaders from the Harbour Workers Union in Portsmouth on Monday (20 May 2024) to discuss 300 jobs? → Martin Okafor'
		]);
		expect(actors('Senator Martin Okafor, who has led the Harbour Board since 2009, opened the new docks. The workers cheered.')).toEqual([]);
	});

	it('takes no clause with its own verb for an opening phrase, and no plural subject', () => {
		expect(actors('Two reports sent to the Harbour Board have been placed in storage, Grace Holloway wrote in a memo to Martin Okafor.')).toEqual([]);
		expect(actors('Winning 300 votes in Portsmouth, Grace Holloway solidified their claim to the Harbour Board seats.')).toEqual([]);
	});
	it('hides the subject’s gender: "her" becomes "their", and "she" drops the card', () => {
		expect(actors('Senator Grace Holloway gave her victory speech in Portsmouth on Tuesday after winning 300 votes.', '2024-05-15')).toEqual([
			'Who gave their victory speech in Portsmouth on Tuesday (14 May 2024) after winning 300 votes? → Grace Holloway'
		]);
		expect(actors('Senator Grace Holloway said she won 300 votes in Portsmouth on Tuesday against the Harbour Board.', '2024-05-15')).toEqual([]);
	});
});


describe('the headline’s event', () => {
	const deck = (head: string, body: string, date = '2016-08-03') => generate([{ content: ` date ${date} ${head}\n\n${body}\n`, file: 'h.txt' }], { now: `${date}T00:00:00.000Z` }).cards.map((c) => `${c.prompt} → ${c.answer}`);
	it('asks who did what the headline says, in the past tense, with the lede as evidence', () => {
		expect(deck('Okafor wins Portsmouth primary by 300 votes', 'Senator Martin Okafor on Tuesday beat Grace Holloway and Anna Petrova in the Portsmouth primary. Peter Vance came fourth.')).toContain(
			'In August 2016, who won the Portsmouth primary by 300 votes? → Martin Okafor'
		);
		expect(deck('Okafor Slams Harbour Board Over Ferry Plan And Quits Council', 'Senator Martin Okafor on Tuesday attacked the Harbour Board in Portsmouth, where Grace Holloway, Anna Petrova and Peter Vance sit.')).toContain(
			'According to the article, in August 2016, who slammed Harbour Board over ferry plan and quit council? → Martin Okafor'
		);
	});
	it('asks nothing from a headline whose name two people share, an owner’s noun, a question or a hedge', () => {
		const body = 'Grace Okafor and Martin Okafor on Tuesday met Anna Petrova and Peter Vance in Portsmouth about the primary.';
		expect(deck('Okafor wins Portsmouth primary by 300 votes', body).some((p) => p.includes('who won'))).toBe(false);
		expect(deck('Okafor’s stumbles fuel Portsmouth revolt', 'Senator Martin Okafor on Tuesday met Anna Petrova and Peter Vance in Portsmouth.').some((p) => /who (?:stumbled|fuelled|fueled)/.test(p))).toBe(false);
		expect(deck('Okafor may quit Portsmouth race', 'Senator Martin Okafor on Tuesday met Anna Petrova and Peter Vance in Portsmouth.').some((p) => p.includes('who may'))).toBe(false);
	});
	it('reads "Name: claim" as what the named person said', () => {
		expect(deck('Okafor: Harbour Board sale will cost Portsmouth 300 jobs', 'Senator Martin Okafor on Tuesday attacked the plan in Portsmouth, where Grace Holloway, Anna Petrova and Peter Vance sit.')).toContain(
			'In August 2016, who said Harbour Board sale will cost Portsmouth 300 jobs? → Martin Okafor'
		);
		expect(deck('Okafor: He will cost Portsmouth 300 jobs', 'Senator Martin Okafor on Tuesday attacked the plan in Portsmouth, where Grace Holloway, Anna Petrova and Peter Vance sit.').some((p) => p.includes('who said He'))).toBe(false);
	});
	it('asks no headline event whose lede sentences naming the actor say nothing of it', () => {
		expect(deck('Okafor slams Harbour Board over ferry plan and quits council', 'Senator Martin Okafor on Tuesday praised the weather in Portsmouth, where Grace Holloway, Anna Petrova and Peter Vance live.').some((p) => p.includes('slammed'))).toBe(false);
	});
	it('asks no meeting without its other side, and no "her" that may be another woman’s', () => {
		expect(actors('Senator Martin Okafor met during a Harbour Board meeting in Portsmouth on Monday to discuss 300 jobs.')).toEqual([]);
		expect(actors('Senator Grace Holloway revived her campaign in Portsmouth on Tuesday after Anna Petrova won 300 votes.', '2024-05-15')).toEqual([]);
	});
	it('cuts a second clause whose own subject follows "and" without a comma', () => {
		expect(actors('Senator Martin Okafor won 300 votes in Portsmouth on Monday and Grace Holloway conceded the Harbour Board seat.')).toEqual([
			'Who won 300 votes in Portsmouth on Monday (13 May 2024)? → Martin Okafor'
		]);
	});
});

