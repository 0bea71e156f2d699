import { describe, it, expect } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
	it('marks the first answer found, ignoring case, and keeps a short sentence whole', () => {
		expect(excerpt('The mayor of Lakeside spoke.', ['x', 'lakeside'])).toEqual({ before: 'The mayor of ', mark: 'Lakeside', after: ' spoke.', clipped: false });
	});

	it('leaves the sentence unmarked when no answer occurs in it', () => {
		expect(excerpt('Nothing here.', ['Lakeside'])).toEqual({ before: '', mark: '', after: 'Nothing here.', clipped: false });
	});

	it('cuts a long sentence around the answer at word boundaries, with ellipses', () => {
		const words = Array.from({ length: 80 }, (_, i) => `w${i}`);
		words[60] = 'Pezeshkian';
		const s = words.join(' ') + '.';
		const e = excerpt(s, ['Pezeshkian'], 100);
		expect(e.clipped).toBe(true);
		expect(e.mark).toBe('Pezeshkian');
		expect(e.before.startsWith('…w')).toBe(true);
		expect(e.after.endsWith('…')).toBe(true);
		const shown = (e.before + e.mark + e.after).replace(/…/g, '');
		expect(shown.length).toBeLessThanOrEqual(100);
		expect(s).toContain(shown);
	});

	it('keeps the start of a long sentence without an answer', () => {
		const s = 'word '.repeat(100).trim();
		const e = excerpt(s, [], 50);
		expect(e.before).toBe('');
		expect(e.after.endsWith('…')).toBe(true);
		expect(e.after.length).toBeLessThanOrEqual(51);
	});
});
