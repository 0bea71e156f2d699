import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from './json-where';
import { parseJsonText } from './parse';
import { DeckError } from './errors';

describe('jsonErrorOffset', () => {
	it('is -1 for valid JSON of every kind', () => {
		for (const t of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) expect(jsonErrorOffset(t)).toBe(-1);
	});
	it('points at the first bad character, or the end when cut short', () => {
		expect(jsonErrorOffset('{"a":}')).toBe(5);
		expect(jsonErrorOffset('{\n "a": 1,\n}')).toBe(11);
		expect(jsonErrorOffset('{"a": 1')).toBe(7);
		expect(jsonErrorOffset('{"a": "b')).toBe(8);
		expect(jsonErrorOffset('[1 2]')).toBe(3);
		expect(jsonErrorOffset('xyz')).toBe(0);
		expect(jsonErrorOffset('{} x')).toBe(3);
	});
	it('agrees with JSON.parse on what is valid', () => {
		for (const t of ['{"a":1}', '{"a":01}', '[1,]', '"\\x"', '{"a":tru}', '-', '1.', '[nul]']) {
			let ok = true;
			try { JSON.parse(t); } catch { ok = false; }
			expect(jsonErrorOffset(t) === -1, t).toBe(ok);
		}
	});
	it('gives 1-based line and column', () => {
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});

describe('parseJsonText', () => {
	it('names the file, line and column in plain words, never the parser text', () => {
		const err = (() => { try { parseJsonText('{\n  "title": "x",\n}', 'broken.json'); } catch (e) { return e; } })() as DeckError;
		expect(err).toBeInstanceOf(DeckError);
		expect(err.message).toContain('broken.json');
		expect(err.problems[0]).toMatch(/^line 3, column 1: not valid JSON \(/);
		expect(err.message).not.toMatch(/Unexpected|position|token|Expected/);
	});
	it('says a cut-off file ends too soon', () => {
		expect(() => parseJsonText('{"a": [1,', 'cut.json')).toThrow(/line 1, column 10: not valid JSON \(the file ends too soon/);
	});
});
