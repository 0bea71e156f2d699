import { describe, expect, it } from 'vitest';
import { makeProgress, progressLine } from './progress';

describe('progress', () => {
	it('draws a bar with counts and percent', () => {
		expect(progressLine(5, 10, 'a.txt', 10)).toBe('[#####.....] 5/10 (50%) a.txt');
		expect(progressLine(0, 0, '', 4)).toBe('[####] 0/0 (100%)');
	});
	it('redraws in place on a terminal and logs each 10% otherwise', () => {
		const tty: string[] = [];
		const p = makeProgress(3, { isTTY: true, write: (s) => tty.push(s) });
		p.tick(1, 'x.txt');
		p.end();
		expect(tty[0].startsWith('\r[')).toBe(true);
		expect(tty.at(-1)).toBe('\n');
		const log: string[] = [];
		const q = makeProgress(100, { isTTY: false, write: (s) => log.push(s) });
		for (let i = 1; i <= 100; i++) q.tick(i, `f${i}`);
		expect(log).toHaveLength(11);
		expect(log.at(-1)).toContain('100/100 (100%)');
	});
});
