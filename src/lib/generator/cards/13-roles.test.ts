import { describe, expect, it } from 'vitest';
import { generate } from '../index';
import { acceptFor, type Ent } from './02-entities';

const roles = (body: string) =>
	generate([{ content: ` date 2016-03-10 Governors weigh in on the race\n\n${body}\n`, file: 'r.txt' }], { now: '2016-03-10T00:00:00.000Z', maxCards: 20 })
		.cards.filter((c) => c.prompt.startsWith('Who was '))
		.map((c) => `${c.prompt} → ${c.answer}`);

describe('offices of US states, cities and Congress', () => {
	it('asks who held a state’s office, named before the holder or after with "of" or a party tag', () => {
		expect(roles('Gov. Martin Okafor of New Jersey endorsed the plan last month, and Gov. Grace Holloway (D-N.H.) criticised it.').sort()).toEqual([
			'Who was the governor of New Hampshire in March 2016? → Grace Holloway',
			'Who was the governor of New Jersey in March 2016? → Martin Okafor'
		]);
		expect(roles('Texas Attorney General Peter Vance agreed with the board in Austin on the plan.')).toEqual(['Who was the attorney general of Texas in March 2016? → Peter Vance']);
	});

	it('asks a city’s mayor and the offices of Congress and the party committees', () => {
		expect(roles('Chicago Mayor Anna Petrova said the plan was too slow for the city.')).toEqual(['Who was the mayor of Chicago in March 2016? → Anna Petrova']);
		expect(roles('House Speaker Peter Vance met RNC Chairman Martin Okafor in Washington to discuss the convention.')).toEqual(
			expect.arrayContaining(['Who was the Speaker of the House in March 2016? → Peter Vance', 'Who was chair of the Republican National Committee in March 2016? → Martin Okafor'])
		);
	});

	it('asks no lieutenant governor, former holder or senator (a state has two)', () => {
		expect(roles('Lt. Gov. Peter Vance of Texas met former Ohio Gov. Martin Okafor and Texas Sen. Anna Petrova in Austin on the plan.')).toEqual([]);
		expect(roles('N.C. House Speaker Peter Vance and state Senate Majority Leader Anna Petrova met in Raleigh on the plan.')).toEqual([]);
	});
});

describe('accepted answers', () => {
	it('accepts the surname alone, never the bare given name', () => {
		const deck = generate([{ content: ' date 2016-08-03 Pence backs the Speaker\n\nHouse Speaker Peter Vance won the backing of the party on Tuesday. Peter said he was grateful. Vance thanked the party in Madison.\n', file: 'v.txt' }], { now: '2016-08-03T00:00:00.000Z' });
		const card = deck.cards.find((c) => c.answer === 'Peter Vance');
		expect(card?.accept).toContain('Vance');
		expect(card?.accept ?? []).not.toContain('Peter');
	});
});

describe('accepted answers of names with particles and of organisations', () => {
	const ent = (kind: Ent['kind'], name: string, forms: string[]): Ent => ({ kind, name, forms, giveaways: [], mentions: [], level: 'other', first: 0, quotes: 0, human: kind === 'person', described: false, confidence: 1 });
	it('accepts "Le Pen", not "Pen", and not one ordinary word of an organisation’s name', () => {
		expect(acceptFor(ent('person', 'Marine Le Pen', ['Marine Le Pen', 'Pen', 'Le Pen']))).toEqual(['Le Pen']);
		expect(acceptFor(ent('group', 'Bloomberg Politics', ['Bloomberg Politics', 'Politics', 'Bloomberg']))).toEqual(['Bloomberg']);
		expect(acceptFor(ent('group', 'Federal Bureau of Investigation', ['Federal Bureau of Investigation', 'FBI']))).toEqual(['FBI']);
	});
});

describe('offices as they were then', () => {
	it('asks no office from a paragraph about an earlier year, a toppled leader, or a candidate’s post named like a party', () => {
		expect(roles('In emails from 2012, Deputy Secretary of State Peter Vance praised the plan for the Harbour Board in Portsmouth.')).toEqual([]);
		expect(roles('The strikes led to the toppling of Libyan leader Martin Okafor in Tripoli.')).toEqual([]);
		expect(roles('Okafor’s Iowa director, Anna Petrova, ran the bus tour across Iowa for the Iowa Republican Party.')).toEqual([]);
	});
});

describe('round 28 rules', () => {
	it('accepts no surname two people of the deck share', () => {
		const text = ' date 2016-08-03 Working mothers\n\nIvanka Trump praised working mothers in New York on Tuesday. Her father Donald Trump spoke later in Ohio, with Grace Holloway and Peter Vance.\n';
		const deck = generate([{ content: text, file: 't.txt' }], { now: '2016-08-03T00:00:00.000Z' });
		const accepts = deck.cards.filter((c) => c.answer === 'Ivanka Trump' || c.answer === 'Donald Trump').flatMap((c) => c.accept ?? []);
		expect(deck.cards.some((c) => c.answer === 'Ivanka Trump' || c.answer === 'Donald Trump')).toBe(true);
		expect(accepts).not.toContain('Trump');
	});
	it('asks no office of a programme whose name runs on ("head of the Russia in the Asia Pacific Program") or of a bare "PAC"', () => {
		expect(roles('Alexander Vance, head of the Russia in the Asia Pacific Program at the Carnegie Center, said the talks failed.')).toEqual([]);
		expect(roles('Anna Petrova, spokeswoman of the PAC, said the ads would run in Ohio.')).toEqual([]);
		expect(roles('Anna Petrova, spokeswoman of the OSCE, said the vote in Bosnia would go ahead.')).toEqual([]);
	});
});

describe('round 29 rules', () => {
	it('asks no aide’s post when the boss’s surname is shared by two people named alike often', () => {
		expect(roles('Okafor’s campaign manager, Peter Vance, met Grace Okafor and Martin Okafor in Portsmouth. Martin Okafor spoke. Grace Okafor spoke.')).toEqual([]);
	});
	it('offers no name made into an adjective as a wrong choice', () => {
		const text = ' date 2016-03-10 Harbour race\n\nGrace Holloway won the Harbour Board seat on Tuesday, beating Martin Okafor, Anna Petrova and Peter Vance in Portsmouth.\n\nShe ran an Elizabeth Warren-style campaign against the board.\n';
		const choices = generate([{ content: text, file: 'w.txt' }], { now: '2016-03-10T00:00:00.000Z' }).cards.flatMap((c) => c.choices ?? []);
		expect(choices.some((c) => /-style$/.test(c))).toBe(false);
	});
});

