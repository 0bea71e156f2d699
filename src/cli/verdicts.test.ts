import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../lib/generator/index';
import { readRound } from './verdicts';

const TEXT = ` date 2025-03-14 Bridge opens

Mayor Peter Olsen opened the new bridge over the Elm river on Friday after four years of work.

“We waited four years for this bridge and now the valley can use it every day,” Olsen said.

The first bridge over the Elm was built in 1932 by the Hallam Iron Company.`;

describe('blind-reader verdicts as training rows', () => {
	const dir = mkdtempSync(join(tmpdir(), 'verdicts-'));
	const deck = generate([{ content: TEXT, file: 'bridge.txt' }], { now: '2025-03-14T00:00:00.000Z' });
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
