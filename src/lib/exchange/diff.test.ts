import { describe, expect, it } from 'vitest';
import { diffDeck, summariseDiff } from './diff';
import { sampleDeck } from '../deck/fixtures/sample-deck';

describe('diffDeck', () => {
	it('lists added, changed, retired and counts unchanged cards by id', () => {
		const v1 = sampleDeck();
		const stored = v1.cards.map((card) => ({ id: card.id, card, retired: 0 as const }));
		const v2 = sampleDeck();
		v2.cards[1].prompt = 'When was the plan approved?';
		v2.cards.splice(2, 1);
		v2.cards.push({ ...v2.cards[0], id: 'new-1', prompt: 'Another question?' });
		const d = diffDeck(stored, v2);
		expect(d.added.map((c) => c.id)).toEqual(['new-1']);
		expect(d.changed.map((c) => [c.before.prompt, c.after.prompt])).toEqual([['When did the river council approve the bridge plan?', 'When was the plan approved?']]);
		expect(d.retired.map((c) => c.id)).toEqual(['where-1']);
		expect(d.unchanged).toBe(1);
		expect(summariseDiff(d)).toBe('1 added, 1 changed, 1 retired');
	});

	it('a retired card that comes back counts as changed; already retired ones are not retired again', () => {
		const v1 = sampleDeck();
		const stored = v1.cards.map((card, i) => ({ id: card.id, card, retired: (i === 2 ? 1 : 0) as 0 | 1 }));
		expect(summariseDiff(diffDeck(stored, v1))).toBe('1 changed');
		const v2 = sampleDeck();
		v2.cards.pop();
		expect(summariseDiff(diffDeck(stored, v2))).toBe('no card changes');
	});
});
