import { describe, expect, it } from 'vitest';
import { generate } from '../index';
import { extractFacts } from '../extract/extract';
import { sameNameMisspelt } from '../extract/06-aliases';
import { entityChoices } from './04-distractors';
import type { Ent } from './02-entities';

const NOW = '2025-03-14T00:00:00.000Z';
const person = (name: string, gender?: 'm' | 'f'): Ent => ({ kind: 'person', name, forms: [name, name.split(' ').pop()!], giveaways: [], mentions: [], level: 'other', first: 0, quotes: 1, human: true, described: true, gender });

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
		const choices = entityChoices(key, ents, 'Who said she would sign the treaty as she arrived in Geneva?', 'seed', [0]);
		expect(choices).not.toBeNull();
		expect(choices).toHaveLength(4);
		expect(choices).not.toContain('Paolo Conti');
		expect(choices).not.toContain('Karl Olsen');
	});
	it('gives a typed card (no choices) rather than filler when fewer than three plausible wrong answers exist', () => {
		const key = person('Anna Berg', 'f');
		expect(entityChoices(key, [key, person('Lena Vogt', 'f'), person('Paolo Conti', 'm')], 'Who said she agreed?', 'seed', [0])).toBeNull();
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
