import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '../lib/deck/schema';
import { readRound } from './verdicts';

const TEXT = ` date 2025-03-14 Bridge opens

Mayor Peter Olsen opened the new bridge over the Elm river on Friday after four years of work.`;

/** A small deck of three cards on the article (the importer is tested here, not the generator). */
function deckOf(): Deck {
	const text = TEXT.replace(/^ date \S+ /, '');
	const sentence = text.split('\n\n')[1];
	const source = { articleId: 'a1', sentence, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length };
	const card = (id: string, prompt: string, answer: string): Card => ({ id, type: 'who', prompt, answer, tags: [], source, fact: { kind: 'person', name: answer } });
	return {
		format: 'newsdeck', version: 1, id: 'bridge', title: 'Bridge opens', language: 'en', createdAt: '2025-03-14T00:00:00.000Z',
		articles: [{ id: 'a1', title: 'Bridge opens', date: '2025-03-14', text }],
		cards: [card('who-1', 'Who opened the bridge?', 'Peter Olsen'), card('who-2', 'Who was mayor in March 2025?', 'Peter Olsen'), card('who-3', 'Who built it?', 'Nobody')]
	};
}

describe('blind-reader verdicts as training rows', () => {
	const dir = mkdtempSync(join(tmpdir(), 'verdicts-'));
	const deck = deckOf();
	writeFileSync(join(dir, 'bridge.json'), JSON.stringify(deck));
	it('reads one row per judged card: its verdict and features, no article text', () => {
		const lines = deck.cards.map((c, i) => `bridge.json | card ${i + 1} (${c.id}) | ${c.type} | ${i === 0 ? 'ok' : 'trivial'} | reason`);
		writeFileSync(join(dir, 'v.md'), `# verdicts\n${lines.join('\n')}\n`);
		const rows = readRound(dir, join(dir, 'v.md'), 'r1');
		expect(deck.cards.length).toBeGreaterThan(1);
		expect(rows).toHaveLength(deck.cards.length);
		expect(rows[0].ok).toBe(true);
		expect(rows.slice(1).every((r) => !r.ok)).toBe(true);
		expect(JSON.stringify(rows)).not.toContain('Elm river');
	});
	it('names the deck when a judged card is missing from it', () => {
		writeFileSync(join(dir, 'bad.md'), 'bridge.json | card 1 (who-said-nope) | who-said | ok | reason\n');
		expect(() => readRound(dir, join(dir, 'bad.md'), 'r2')).toThrow(/who-said-nope is not in bridge\.json/);
	});
});
