import { describe, expect, it } from 'vitest';
import { generate } from '../index';
import { extractFacts } from '../extract/extract';
import { sameNameMisspelt } from '../extract/06-aliases';
import { dateChoices, entityChoices } from './04-distractors';
import { hasWords } from './02-entities';
import type { Ent } from './02-entities';
import { makeArt } from './01-context';
import type { Candidate } from './05-card';
import { worthAsking } from './14-worth';
import type { Card } from '../../deck/schema';

const NOW = '2025-03-14T00:00:00.000Z';
const person = (name: string, gender?: 'm' | 'f'): Ent => ({ kind: 'person', name, forms: [name, name.split(' ').pop()!], giveaways: [], mentions: [], level: 'other', first: 0, quotes: 1, human: true, described: true, gender, confidence: 1 });

describe('confidence, aliases and plausible choices', () => {
	it('merges a one-off misspelling into the name the article uses most', () => {
		expect(sameNameMisspelt('Vigurie', 'Richard Viguerie')).toBe(true);
		expect(sameNameMisspelt('Brandt', 'Tomas Brand')).toBe(true);
		expect(sameNameMisspelt('Olsen', 'Peter Nilsen')).toBe(false);
		const f = extractFacts(' date 2025-03-14 A story\n\nBrent Bozell spoke on Monday. Bozell said the plan was good.\n\nBozel said the vote would be close.');
		expect(f.people.map((p) => p.name)).toEqual(['Brent Bozell']);
	});
	it('never offers a man when the prompt says "she"', () => {
		const key = person('Anna Berg', 'f');
		const ents = [key, person('Lena Vogt', 'f'), person('Paolo Conti', 'm'), person('Maria Sols', 'f'), person('Karl Olsen', 'm'), person('Ruth Calder', 'f')];
		const choices = entityChoices(key, ents, 'Who said she would sign the treaty as she arrived in Geneva?', 'seed');
		expect(choices).not.toBeNull();
		expect(choices).toHaveLength(4);
		expect(choices).not.toContain('Paolo Conti');
		expect(choices).not.toContain('Karl Olsen');
	});
	it('gives a typed card (no choices) rather than filler when fewer than three plausible wrong answers exist', () => {
		const key = person('Anna Berg', 'f');
		expect(entityChoices(key, [key, person('Lena Vogt', 'f'), person('Paolo Conti', 'm')], 'Who said she agreed?', 'seed')).toBeNull();
	});
	it('makes no quote card when the text does not say who spoke, and shows the speaker in every quote card’s source', () => {
		const text = ` date 2025-03-14 Bridge opens after four years

Mayor Peter Olsen opened the new bridge over the Elm river on Friday after four years of work.

Olsen said the bridge would cut the drive to the hospital by twenty minutes for the villages in the valley.

“We waited a long time for this day and now the whole valley can use the bridge,” he said.

“Nobody ever asked the people who live here what they wanted from the new bridge,” one resident shouted.`;
		const deck = generate([{ content: text }], { now: NOW });
		const quoteCards = deck.cards.filter((c) => c.fact?.kind === 'quote');
		expect(quoteCards.length).toBeGreaterThan(0);
		expect(quoteCards.every((c) => c.fact!.name === 'Peter Olsen')).toBe(true);
		expect(quoteCards.every((c) => /Olsen/.test(c.source.sentence))).toBe(true);
		expect(deck.cards.some((c) => c.prompt.includes('Nobody ever asked'))).toBe(false);
	});
});

describe('prompts that stand alone', () => {
	const lede = ` date 2016-09-06 Activist dies at 92

ST. LOUIS (AP) — Ruth Calder, the conservative activist who led the campaign against the treaty in the 1970s, died on Monday at her home in St. Louis.

Her son, Tom Calder, said she had been ill for several months and missed a meeting of the group.

After that, the meeting of the group was moved to the spring.`;
	const deck = generate([{ content: lede }], { now: NOW });
	it('asks the lede with its dateline cut off', () => {
		const main = deck.cards.filter((c) => c.source.sentence.startsWith('Ruth Calder, the conservative activist'));
		expect(main.length).toBeGreaterThan(0);
		expect(deck.cards.some((c) => /ST\\. LOUIS|\\(AP\\)/.test(c.prompt))).toBe(false);
	});
	it('drops a prompt that opens on a connective, points back ("the meeting"), or puts a title or label before the blank', () => {
		const art = makeArt(0, lede, extractFacts(lede));
		const last = art.sentences[art.sentences.length - 1];
		const cand = (type: Card['type'], prompt: string, fact = 'Chicago'): Candidate => ({
			card: { id: 'x', type, prompt, answer: fact, tags: [], source: { articleId: art.id, sentence: last.text, start: last.start - art.bodyStart, end: last.end - art.bodyStart }, fact: { kind: 'date', text: fact } },
			art: 0, sentence: 1, quality: 1
		});
		const early = { ...cand('where', 'Fill in the place: Ruth Calder moved her offices to ____ in March.'), sentence: 1 };
		const first = art.sentences[1];
		expect(worthAsking({ ...early, card: { ...early.card, source: { ...early.card.source, sentence: first.text, start: first.start - art.bodyStart, end: first.end - art.bodyStart } } }, art)).not.toBeNull();
		expect(worthAsking(cand('where', 'Fill in the place: After that, the group moved to ____ in March.'), art)).toBeNull();
		expect(worthAsking(cand('where', 'Fill in the place: the meeting was moved to ____ in March.'), art)).toBeNull();
		expect(worthAsking(cand('who', 'Fill in the name: President ____ spoke in March.'), art)).toBeNull();
		expect(worthAsking(cand('when', 'Fill in the year: the ____ presidential race was close.', '2016'), art)).toBeNull();
		expect(worthAsking(cand('when', 'Fill in the year: more than any ____ candidate, she raised money from funds.', '2016'), art)).toBeNull();
		expect(worthAsking({ ...cand('when', 'Fill in the month and year: the race was close in ____.', 'March'), sentence: last.index }, art)).toBeNull();
	});
	it('gives an undated blank the month of the news, and drops reporting boilerplate', () => {
		const art = makeArt(0, lede, extractFacts(lede));
		const s = art.sentences[1];
		const cand = (prompt: string, sentence = s.text): Candidate => ({
			card: { id: 'x', type: 'where', prompt, answer: 'St. Louis', tags: [], source: { articleId: art.id, sentence, start: s.start - art.bodyStart, end: s.end - art.bodyStart }, fact: { kind: 'place', name: 'St. Louis' } },
			art: 0, sentence: 1, quality: 1
		});
		expect(worthAsking(cand('Fill in the place: Ruth Calder died at her home in ____.'), art)?.card.prompt).toBe('Fill in the place (news of September 2016): Ruth Calder died at her home in ____.');
		expect(worthAsking(cand('Fill in the place: Ruth Calder was born in ____ in 1923.'), art)?.card.prompt).toBe('Fill in the place: Ruth Calder was born in ____ in 1923.');
		expect(worthAsking(cand('Fill in the place: Ruth Calder could not be reached in ____.', 'Ruth Calder could not be reached for comment in St. Louis.'), art)).toBeNull();
	});
});

describe('round 8 rules', () => {
	const art = makeArt(0, ` date 2016-03-10 Poll\n\nA new poll was released on Wednesday by the Elm Institute.\n\nRuth Calder met voters in Ohio.`, extractFacts(` date 2016-03-10 Poll\n\nA new poll was released on Wednesday by the Elm Institute.\n\nRuth Calder met voters in Ohio.`));
	const s = art.sentences[1];
	const cand = (type: Card['type'], prompt: string, fact = 'Wednesday'): Candidate => ({
		card: { id: 'x', type, prompt, answer: 'x', tags: [], source: { articleId: art.id, sentence: s.text, start: s.start - art.bodyStart, end: s.end - art.bodyStart }, fact: { kind: 'date', text: fact } },
		art: 0, sentence: 1, quality: 1
	});
	it('drops the release day of a poll, a relative "ago" blank, a writer’s "I", and a place used as a modifier', () => {
		expect(worthAsking(cand('when', 'Fill in the date: A new poll was released on ____ by the Elm Institute.'), art)).toBeNull();
		expect(worthAsking(cand('when', 'Fill in the month and year: voters liked it more than they did just ____.', 'two months ago'), art)).toBeNull();
		expect(worthAsking(cand('where', 'Fill in the place: when I entered ____ politics, voters were angry.'), art)).toBeNull();
		expect(worthAsking(cand('where', 'Fill in the place: Ruth Calder entered ____ gubernatorial race.'), art)).toBeNull();
		expect(worthAsking(cand('where', 'Fill in the place: Ruth Calder met voters in ____ on Monday.'), art)).not.toBeNull();
		expect(worthAsking(cand('when', 'Fill in the month and year: the vote will come in late November or ____.', 'December'), art)).toBeNull();
	});
	it('asks the main actor’s dates in the article’s first half, not past its middle', () => {
		const filler = (n: number) => Array.from({ length: n }, (_, i) => `The harbour committee heard ${i + 2} more complaints about the noise from the old ferry docks.`).join(' ');
		const text = ` date 2016-03-10 Calder’s closure plan for the ferry docks\n\nRuth Calder wants the docks closed. ${filler(3)}\n\nRuth Calder met dock workers in Portsmouth on Monday to discuss the closure plan. ${filler(6)}\n\nRuth Calder signed the closure order for the ferry docks at the town hall on Tuesday. ${filler(2)}\n`;
		const when = generate([{ content: text, file: 'h.txt' }], { now: NOW }).cards.filter((c) => c.type === 'when').map((c) => c.answer);
		expect(when).toContain('7 March 2016');
		expect(when).not.toContain('8 March 2016');
	});
	it('asks the article’s own key date ("signed the deal last Tuesday") as a calendar date', () => {
		const text = ' date 2025-03-14 Harbour deal signed after months of talks\n\nThe city of Portsmouth and the Brightwater shipping group signed the harbour deal last Tuesday after months of talks, Mayor Grace Holloway said.\n\nThe deal keeps 300 jobs at the docks until 2030.\n';
		const when = generate([{ content: text, file: 'd.txt' }], { now: NOW }).cards.find((c) => c.type === 'when');
		expect(when?.answer).toBe('11 March 2025');
		expect(when?.prompt).toContain('signed the harbour deal ____');
	});
	it('asks a lede date only when its sentence shares a word with the headline', () => {
		const text = ` date 2016-03-10 Calder meets voters in Ohio\n\nHeavy rain flooded twelve roads near Portsmouth on Tuesday, forecasters said.\n\nRuth Calder met voters in Ohio on Wednesday.\n`;
		const when = generate([{ content: text, file: 'v.txt' }], { now: NOW }).cards.filter((c) => c.type === 'when').map((c) => c.answer);
		expect(when).toContain('9 March 2016');
		expect(when).not.toContain('8 March 2016');
	});
	it('asks no date read from "today" or "last month"', () => {
		const text = ` date 2016-03-10 Calder meets voters in Ohio\n\nRuth Calder met voters in Ohio on Wednesday.\n`;
		const a = makeArt(0, text, extractFacts(text));
		const s1 = a.sentences[1];
		const when = (fact: string): Candidate => ({
			card: { id: 'x', type: 'when', prompt: 'Fill in the date: Ruth Calder met voters in Ohio ____.', answer: '9 March 2016', tags: [], source: { articleId: a.id, sentence: s1.text, start: s1.start - a.bodyStart, end: s1.end - a.bodyStart }, fact: { kind: 'date', text: fact } },
			art: 0, sentence: 1, quality: 1
		});
		expect(worthAsking(when('today'), a)).toBeNull();
		expect(worthAsking(when('last month'), a)).toBeNull();
		expect(worthAsking(when('on Wednesday'), a)).not.toBeNull();
	});
});

describe('quotes worth learning', () => {
	it('quotes the article’s main people and officials, not a passer-by quoted once near the end', () => {
		const text = ` date 2025-03-14 Bridge opens after four years

Mayor Peter Olsen opened the new bridge over the Elm river on Friday after four years of work.

Olsen said the bridge would cut the drive to the Elm Valley hospital by twenty minutes.

“The Elm Valley has waited twenty years for a bridge that does not close every winter,” Olsen said.

Governor Lena Vogt, who paid for half of the work, also spoke at the opening.

“The state will pay for two more bridges on the Elm by 2030,” Vogt said.

Olsen thanked the builders. Vogt thanked the town. Olsen cut the ribbon. Vogt drove across first.

Anna Kovacs, who walked across with her dog, was pleased.

“My sister lives in Northfield and I can finally visit her on Sundays,” Kovacs said.`;
		const deck = generate([{ content: text }], { now: NOW });
		const speakers = deck.cards.filter((c) => c.type === 'who-said').map((c) => c.answer);
		expect(speakers).toEqual(expect.arrayContaining(['Peter Olsen', 'Lena Vogt']));
		expect(speakers).not.toContain('Anna Kovacs');
	});
	it('writes a one-off misspelling of a name in a prompt as the article’s usual spelling', () => {
		const text = ' date 2016-06-28 Clinton and Warren\n\nSenator Elizabeth Warren campaigned with Hilary Clinton in Cincinnati on Monday, the first event that featured the two Democrats together.\n\nHillary Clinton praised Warren. Hillary Clinton said she was grateful.\n';
		const prompts = generate([{ content: text }], { now: NOW }).cards.map((c) => c.prompt);
		expect(prompts.some((p) => p.includes('with Hillary Clinton in Cincinnati'))).toBe(true);
		expect(prompts.some((p) => p.includes('Hilary'))).toBe(false);
	});
	it('asks who said a quote only when its words are on the story’s subject (headline and first paragraphs)', () => {
		const text = ` date 2025-03-14 Elm bridge opens after four years of work\n\nMayor Peter Olsen opened the new bridge over the Elm river on Friday.\n\nGovernor Lena Vogt and Senator Anna Kovacs joined him at the opening, with Tom Reyes of the builders’ union.\n\n“Every town on the Elm river deserves a bridge that stays open in winter,” Vogt said.\n\n“Overall I am optimistic, and I always have been, whatever happens next,” Kovacs said.\n`;
		const speakers = generate([{ content: text }], { now: NOW }).cards.filter((c) => c.type === 'who-said').map((c) => c.answer);
		expect(speakers).toContain('Lena Vogt');
		expect(speakers).not.toContain('Anna Kovacs');
	});
	it('accepts an East Asian name’s family name, written first ("Park" for Park Geun-hye, "Zhang" for Zhang Wenhua), not a part of the given name', () => {
		const text = ' date 2016-09-09 Korea nuclear test\n\nSouth Korean President Park Geun-hye condemned the North Korean nuclear test on Friday.\n\nChinese Foreign Minister Zhang Wenhua said China opposed the test.\n';
		const accepts = Object.fromEntries(generate([{ content: text }], { now: NOW }).cards.filter((c) => c.type === 'who').map((c) => [c.answer, c.accept]));
		expect(accepts['Park Geun-hye']).toEqual(['Park']);
		expect(accepts['Zhang Wenhua']).toEqual(['Zhang']);
	});
	it('asks no quote whose speaker the article names only by a surname', () => {
		const text = ` date 2025-03-14 Bridge opens after four years\n\nMayor Peter Olsen opened the new bridge over the Elm river on Friday after four years of work.\n\n“The Elm Valley has waited twenty years for a bridge that does not close every winter,” Olsen said.\n\n“Tolls on the Elm bridge will pay for the repairs of three more bridges by 2030,” said Baker, an economist at the Elm Institute.\n`;
		const speakers = generate([{ content: text }], { now: NOW }).cards.filter((c) => c.type === 'who-said').map((c) => c.answer);
		expect(speakers).toContain('Peter Olsen');
		expect(speakers).not.toContain('Baker');
		// Every quote card carries the speaker ranker's probability, which the maker's review flags when low.
		const olsen = generate([{ content: text }], { now: NOW }).cards.find((c) => c.type === 'who-said' && c.answer === 'Peter Olsen');
		expect(olsen?.fact.confidence).toBeGreaterThan(0.5);
		expect(olsen?.fact.confidence).toBeLessThanOrEqual(1);
	});
});

describe('round 11 rules', () => {
	const text = ` date 2016-02-05 Sanders leads Clinton in New Hampshire poll\n\nSANDERS LEADS IN NEW HAMPSHIRE - Bernie Sanders leads Hillary Clinton by 20 points in New Hampshire, a poll showed on Thursday.\n\nSanders campaign spokesman Michael Briggs said the lead would hold.`;
	const deck = generate([{ content: text }], { now: NOW });
	it('cuts a capitals heading run into a paragraph from every prompt', () => {
		expect(deck.cards.length).toBeGreaterThan(0);
		expect(deck.cards.some((c) => /SANDERS LEADS/.test(c.prompt))).toBe(false);
	});
	it('asks no office of which there are many ("a spokesman")', () => {
		expect(deck.cards.some((c) => /spokesman/.test(c.prompt) && /^Who was/.test(c.prompt))).toBe(false);
	});
	it('drops a card whose wrong choice the prompt itself shows', () => {
		const art = makeArt(0, text, extractFacts(text));
		const s = art.sentences[1];
		const card: Card = { id: 'x', type: 'when', prompt: 'Fill in the year: Anna Kovacs voted for the Elm bridge in ____, 2003 and 2005.', answer: '2004', choices: ['2001', '2003', '2004', '2006'], tags: [], source: { articleId: art.id, sentence: s.text, start: s.start - art.bodyStart, end: s.end - art.bodyStart }, fact: { kind: 'date', text: '2004' } };
		expect(worthAsking({ card, art: 0, sentence: 1, quality: 1 }, art)).toBeNull();
		expect(worthAsking({ card: { ...card, choices: ['2001', '2004', '2006', '2007'] }, art: 0, sentence: 1, quality: 1 }, art)).not.toBeNull();
	});
});

describe('round 9 rules', () => {
	it('offers only election years for a presidential-election year', () => {
		expect(dateChoices({ y: 1988 }, [], { y: 2016, m: 3, d: 1 }, 'seed', 4)!.map(Number).every((y) => (y - 1988) % 4 === 0)).toBe(true);
	});
	it('offers only even years for a congressional election year ("the conservative wave of 2010")', () => {
		const text = ' date 2016-03-10 Republicans recall their House wave\n\nRepublicans won the House in the conservative wave of 2010, and Ruth Calder says her party can do it again.\n';
		const card = generate([{ content: text, file: 'w.txt' }], { now: NOW }).cards.find((c) => c.type === 'when' && c.answer === '2010');
		expect(card?.choices?.length).toBeGreaterThan(2);
		expect(card!.choices!.every((y) => Number(y) % 2 === 0)).toBe(true);
	});
	it('counts a possessive as naming the person ("Donald Trump’s adviser")', () => {
		expect(hasWords('Who was Donald Trump’s senior adviser in July 2016?', 'Donald Trump')).toBe(true);
	});
});
