import { describe, expect, it } from 'vitest';
import { safeCell, unsafeCell } from './formula';

describe('safeCell', () => {
	it('quotes every formula trigger and nothing else', () => {
		for (const s of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1']) expect(safeCell(s)).toBe(`'${s}`);
		for (const s of ['Ana Ruiz', '1-2', "'quoted", '']) expect(safeCell(s)).toBe(s);
	});

	it('is undone by unsafeCell', () => {
		for (const s of ['=1+1', '-1', 'plain', "'x", "'=1+1", "''-2"]) expect(unsafeCell(safeCell(s))).toBe(s);
	});
});
