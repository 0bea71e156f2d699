import { describe, expect, it } from 'vitest';
import { generate } from '../index';
import { clipSentence, subClause } from './05-card';
import type { Entity, Facts, Sentence } from '../types';

const NOW = '2024-03-05T00:00:00.000Z';

/** Facts with every mention of each name found by plain search. */
function factsOf(text: string, people: string[], places: string[], groups: string[], quotes: [string, string][] = []): Facts {
	const all = (name: string): Entity => ({ name, mentions: [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ text: name, start: m.index!, end: m.index! + name.length })) });
	const span = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
	return { date: '2024-03-05', people: people.map(all), places: places.map(all), groups: groups.map(all), quotes: quotes.map(([q, who]) => ({ ...span(q), speaker: who, via: 'name' as const })), dates: [] };
}

const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, index: 0, paragraph: 1 });

describe('sentence helpers', () => {
	it('cuts a long sentence at the clause after the blank', () => {
		const s = sentence('The court on Monday struck down the old water law that let farms take rivers, saying that it broke the rights of towns downstream and of the fishermen who live along both of the banks.');
		expect(clipSentence(s, 20, 20)?.text).toBe('The court on Monday struck down the old water law that let farms take rivers.');
		expect(clipSentence(sentence('A short one.'), 3)?.text).toBe('A short one.');
	});
	it('takes a "when" clause as a sentence of its own', () => {
		const s = sentence('The ruling ends a dispute that began when the Water Council sued the farmers in 1999 over the quotas.');
		expect(subClause(s, s.text.indexOf('1999'))?.text).toBe('The Water Council sued the farmers in 1999 over the quotas.');
	});
});

describe('defined subjects', () => {
	it('writes out "the nation" as the country the title names', () => {
		const text = ' date 2024-03-05 Norway hit by floods\n\nThe northern nation has seen 40 homes lost to floods near the town of Bergen.\n';
		const f = factsOf(text, [], ['Norway', 'Bergen'], []);
		const cards = generate([{ content: text, file: 'n.txt', facts: f }], { now: NOW, types: ['how-many'] }).cards;
		const c = cards.find((x) => x.type === 'how-many');
		expect(c?.prompt).toBe('Fill in the number (news of March 2024): The northern nation (Norway) has seen ____ homes lost to floods near the town of Bergen.');
	});
});

describe('role cards', () => {
	it('names the holder of a role given only as "<country>’s <role>"', () => {
		const text = ' date 2024-03-05 Water deal\n\nPrime Minister Anna Berg signed the water deal on Monday.\n\nNorway’s prime minister said the deal would help farmers.\n';
		const f = factsOf(text, ['Anna Berg'], ['Norway'], []);
		f.people[0].role = 'prime';
		const c = generate([{ content: text, file: 'p.txt', facts: f }], { now: NOW }).cards.find((x) => x.prompt.startsWith('Who was Norway'));
		expect(c?.answer).toBe('Anna Berg');
	});
	it('asks no office held in history ("the first black governor of …") or held by a listed leader', () => {
		const text = ' date 2024-03-05 Water deal\n\nVoters still praise the first female governor of Norway, Anna Berg, for the water deal.\n\nRussia’s president, Vladimir V. Putin, said the deal would help farmers.\n';
		const f = factsOf(text, ['Anna Berg', 'Vladimir V. Putin'], ['Norway', 'Russia'], []);
		const cards = generate([{ content: text, file: 'p.txt', facts: f }], { now: NOW }).cards;
		expect(cards.filter((x) => x.prompt.startsWith('Who was'))).toEqual([]);
	});
	it('asks no office that many hold at once ("a justice of the Supreme Court")', () => {
		const text = ' date 2016-06-20 Court\n\nSupreme Court Justice Anna Berg wrote the ruling on the water law, and the court’s four other judges joined it.\n';
		const f = factsOf(text, ['Anna Berg', 'Tom Reyes'], [], ['Supreme Court']);
		const who = generate([{ content: text, file: 'c.txt', facts: f }], { now: NOW }).cards.filter((x) => x.prompt.startsWith('Who was')).map((x) => x.prompt);
		expect(who.some((p) => /^Who was justice/i.test(p))).toBe(false);
	});
});

describe('place blanks the prompt gives away', () => {
	it('asks no place whose country, demonym or another city of it the prompt names', () => {
		const text = ' date 2016-08-22 Diplomats expelled\n\nIraqi diplomats were expelled from Baghdad on Monday after a row with Turkey over the border talks.\n\nThe Vancouver Sun reported that Canada would send 300 troops to Kuwait and Jordan on Monday.\n';
		const places = generate([{ content: text, file: 'p.txt' }], { now: '2016-08-22T00:00:00.000Z', types: ['where'] }).cards.map((c) => c.answer);
		expect(places).not.toContain('Baghdad');
		expect(places).not.toContain('Canada');
	});
});
