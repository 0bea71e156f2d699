import { describe, expect, it } from 'vitest';
import { CARD_TYPES } from '../../deck/schema';
import { generate } from '../index';
import { toDeck } from '../../deck/parse';
import { trimQuote } from './08-quotes';
import { dateChoices, shuffle } from './04-distractors';
import { numberChoices } from './12-numbers';
import type { Facts, Entity } from '../types';

const A = ` date 2024-03-05 Ministers meet in Geneva
Anna Berg met Paolo Conti in Geneva on Monday to discuss the water treaty between Norway and Italy.

"We have agreed on the main points of a new water treaty and we will sign it within weeks", Anna Berg said.

"The talks in Geneva were long but useful for both of our countries and their farmers", Paolo Conti said.

"Our farmers need the new rules before the summer harvest begins across the valleys", said Lena Vogt.

The first water treaty between the two countries was signed in March 1998 after years of talks.

In 2015, the Alpine Water Council warned that the glaciers feeding both rivers were shrinking fast.

Farmers from Norway and Italy protested in Oslo in January 2024 against the old quotas.

The European Commission said it would support the agreement with funds from its climate budget.
`;

/** Hand-made facts: every mention of each name, quotes with speakers, dates with values. */
function factsOf(text: string): Facts {
	const all = (name: string, forms = [name]): Entity => ({
		name,
		mentions: forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ text: f, start: m.index!, end: m.index! + f.length })))
	});
	const span = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
	return {
		date: '2024-03-05',
		people: [all('Anna Berg'), all('Paolo Conti'), all('Lena Vogt')],
		places: [all('Geneva'), all('Norway'), all('Italy'), all('Oslo')],
		groups: [all('European Commission'), all('Alpine Water Council')],
		quotes: [
			{ ...span('"We have agreed on the main points of a new water treaty and we will sign it within weeks"'), speaker: 'Anna Berg' },
			{ ...span('"The talks in Geneva were long but useful for both of our countries and their farmers"'), speaker: 'Paolo Conti' },
			{ ...span('"Our farmers need the new rules before the summer harvest begins across the valleys"'), speaker: 'Lena Vogt' }
		],
		dates: [
			{ ...span('on Monday'), value: '2024-03-04' },
			{ ...span('March 1998'), value: '1998-03' },
			{ ...span('2015'), value: '2015' },
			{ ...span('January 2024'), value: '2024-01' }
		]
	};
}

const NOW = '2024-03-05T00:00:00.000Z';
const deckOf = (content = A) => generate([{ content, file: 'water.txt', facts: factsOf(content) }], { now: NOW });

describe('generate', () => {
	it('builds a valid deck of several card types', () => {
		const deck = toDeck(JSON.parse(JSON.stringify(deckOf())));
		const types = new Set(deck.cards.map((c) => c.type));
		expect(deck.cards.length).toBeGreaterThanOrEqual(5);
		expect(types.size).toBeGreaterThanOrEqual(2);
		expect(deck.articles[0].text.startsWith('Ministers meet')).toBe(true);
	});
	it('resolves quotes to their speaker and never puts the answer in the prompt', () => {
		const deck = deckOf();
		const who = deck.cards.filter((c) => c.type === 'who-said');
		expect(who.length).toBeGreaterThan(0);
		for (const c of deck.cards) {
			if (typeof c.answer === 'string' && !['true-false', 'said-what'].includes(c.type)) {
				expect(c.prompt.toLowerCase()).not.toContain(c.answer.toLowerCase());
			}
		}
		const berg = who.find((c) => c.prompt.includes('main points'));
		expect(berg?.answer).toBe('Anna Berg');
	});
	it('is deterministic and keeps ids when articles are reordered', () => {
		expect(JSON.stringify(deckOf())).toBe(JSON.stringify(deckOf()));
		const B = A.replace('2024-03-05', '2024-03-06');
		const one = generate([{ content: A, file: 'a.txt', facts: factsOf(A) }, { content: B, file: 'b.txt', facts: factsOf(B) }], { now: NOW });
		const two = generate([{ content: B, file: 'b.txt', facts: factsOf(B) }, { content: A, file: 'a.txt', facts: factsOf(A) }], { now: NOW });
		expect(new Set(one.cards.map((c) => c.id))).toEqual(new Set(two.cards.map((c) => c.id)));
	});
	it('honours maxCards and types', () => {
		const deck = generate([{ content: A, file: 'w.txt', facts: factsOf(A) }], { now: NOW, maxCards: 3, types: ['when', 'who-said'] });
		expect(deck.cards.length).toBeLessThanOrEqual(3);
		expect(deck.cards.every((c) => c.type === 'when' || c.type === 'who-said')).toBe(true);
	});
	it('asks the resolved date of a relative day', () => {
		const when = deckOf().cards.find((c) => c.type === 'when' && c.source.sentence.startsWith('Anna Berg met'));
		expect(when?.answer).toBe('4 March 2024');
	});
});

describe('quality rules', () => {
	it('asks who holds a position named in an apposition, as of the article date', () => {
		const text = ' date 2024-03-05 Talks in Oslo\n\nNorwegian Prime Minister Anna Berg met farmers in Oslo on Monday to discuss new water quotas.\n';
		const f: Facts = { date: '2024-03-05', people: [{ name: 'Anna Berg', mentions: [{ text: 'Anna Berg', start: text.indexOf('Anna'), end: text.indexOf('Anna') + 9 }] }], places: [], groups: [], quotes: [], dates: [] };
		const role = generate([{ content: text, file: 'r.txt', facts: f }], { now: NOW }).cards.find((c) => c.prompt.startsWith('Who was'));
		expect(role?.prompt).toBe('Who was Norway’s prime minister in March 2024?');
		expect(role?.answer).toBe('Anna Berg');
	});
	it('never leaves part of a date answer in the prompt', () => {
		for (const c of deckOf().cards.filter((c) => c.type === 'when')) {
			const [, month, year] = /(?:\d+ )?([A-Z][a-z]+)? ?(\d{4})/.exec(c.answer as string)!;
			expect(c.prompt).not.toContain(year);
			expect(!!month && c.prompt.includes(month)).toBe(false);
		}
	});
	it('asks at most one who-said per speaker and article', () => {
		const who = deckOf().cards.filter((c) => c.type === 'who-said').map((c) => c.answer);
		expect(new Set(who).size).toBe(who.length);
	});
});

describe('numbers and independence', () => {
	const text = ' date 2024-03-05 Bank holds rates\n\nThe Central Bank of Norway kept its main rate at 4.25 per cent for a third month.\n\nAnna Berg told reporters at a press conference on Monday that growth was slow.\n';
	const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
	const f: Facts = { date: '2024-03-05', people: [{ name: 'Anna Berg', mentions: [at('Anna Berg')] }], places: [], groups: [{ name: 'Central Bank of Norway', mentions: [at('Central Bank of Norway')] }], quotes: [], dates: [{ ...at('on Monday'), value: '2024-03-04' }] };
	// Number cards are made only when asked for by type.
	const cards = generate([{ content: text, file: 'n.txt', facts: f }], { now: NOW, types: [...CARD_TYPES] }).cards;
	it('makes no number card unless asked for by type', () => {
		expect(generate([{ content: text, file: 'n.txt', facts: f }], { now: NOW }).cards.some((c) => c.type === 'how-many')).toBe(false);
	});
	it('asks a rate as a how-many card with choices at quarter points', () => {
		const n = cards.find((c) => c.type === 'how-many');
		expect(n?.answer).toBe('4.25');
		expect(n?.prompt).toContain('at ____ per cent');
		expect(numberChoices('4.25', [], 's', true)).toEqual(expect.arrayContaining(['4.25']));
		expect(numberChoices('40', [], 's', false)!.every((x) => Number(x) % 10 === 0)).toBe(true);
	});
	it('puts the key of a number card at every rank of an even ladder, never always the smallest', () => {
		const ranks = new Set<number>();
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']) {
			const c = numberChoices('200', [], seed, false)!;
			expect(c).toHaveLength(4);
			expect([...c].sort((x, y) => Number(x) - Number(y))).toEqual(c);
			ranks.add(c.indexOf('200'));
			const ratios = c.slice(1).map((x, i) => Number(x) / Number(c[i]));
			expect(ratios.every((r) => r >= 1.2 && r <= 2.1)).toBe(true);
		}
		expect(ranks.size).toBeGreaterThan(2);
		expect(numberChoices('9', [], 'a', true)!.every((x) => Number(x) > 0 && Number(x) <= 100)).toBe(true);
	});
	it('never asks the day something was said at a press conference', () => {
		expect(cards.some((c) => c.type === 'when' && c.prompt.includes('press conference'))).toBe(false);
	});
	it('never shows one card’s answer in another card of the same kind (or a quote card) on the same sentence', () => {
		// Siblings of different kinds (a date and a name, or in a short article a number and a name) may share a sentence.
		const kind = (t: string) => (t === 'when' ? 'date' : t === 'how-many' ? 'number' : 'name');
		for (const a of cards)
			for (const b of cards)
				if (a !== b && a.source.start === b.source.start && typeof b.answer === 'string' && b.type !== 'true-false' && (kind(a.type) === kind(b.type) || a.fact.kind === 'quote' || b.fact.kind === 'quote'))
					expect(a.prompt).not.toContain(b.answer);
	});
});

describe('pieces', () => {
	it('trims a long quote at a sentence and marks the cut', () => {
		const t = trimQuote('We will sign the water treaty within weeks, once both parliaments have read the final text. The farmers in the northern valleys need clear rules before the harvest starts in the summer. Nobody in Oslo or Rome wants another dry year without an agreement on the quotas.');
		expect(t?.shown).toMatch(/ …$|^… /);
	});
	it('rejects filler quotes', () => expect(trimQuote('Thank you very much.')).toBeNull());
	it('rejects quotes whose subject is a quantifier or "these kinds of" pointing at words not shown', () => {
		expect(trimQuote('Many are grounded in fact and the farmers of the valley know it well by now.')).toBeNull();
		expect(trimQuote('We have to do a great deal more to prevent these kinds of floods in the northern valleys.')).toBeNull();
		expect(trimQuote('Farmers in the northern valleys have to do a great deal more to prevent floods every spring.')).not.toBeNull();
		expect(trimQuote('I do not think that sort of comment helps the farmers of the northern valleys at all.')).toBeNull();
		expect(trimQuote('The committee will look at every claim the farmers of the northern valleys have made.')).toBeNull();
		expect(trimQuote('Farmers in the valley deserve a big hunk of that money before the spring floods come.')).not.toBeNull();
		expect(trimQuote('Farmers in the valley deserve a big hunk of that, and they will get it before spring.')).toBeNull();
		expect(trimQuote('I have spoken to the two of the mayors and to the farmers of the northern valleys about the floods.')).not.toBeNull();
		expect(trimQuote('I have spoken to the two and they both agree that the northern valleys need new flood walls.')).toBeNull();
	});
	it('shuffles deterministically', () => expect(shuffle([1, 2, 3, 4, 5], 'x')).toEqual(shuffle([1, 2, 3, 4, 5], 'x')));
	it('offers date choices at the same precision, sorted, never after publication', () => {
		const c = dateChoices({ y: 2011, m: 3 }, [], { y: 2024, m: 12, d: 3 }, 'seed')!;
		expect(c).toContain('March 2011');
		expect(c.every((x) => /^[A-Z][a-z]+ \d{4}$/.test(x))).toBe(true);
		const y = dateChoices({ y: 2024 }, [], { y: 2024, m: 12, d: 3 }, 's')!;
		expect(y.every((x) => +x <= 2024)).toBe(true);
	});
});
