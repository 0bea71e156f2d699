import { describe, expect, it } from 'vitest';
import { readArticle } from './01-read';
import { GeneratorError } from '../errors';

describe('readArticle', () => {
	it('reads the date prefix that shares the first line with the title', () => {
		const a = readArticle(' date 2024-12-03 Mayor opens bridge\n\nThe mayor spoke.');
		expect(a.date).toBe('2024-12-03');
		expect(a.title).toBe('Mayor opens bridge');
		expect(a.content.slice(a.bodyStart)).toMatch(/^Mayor/);
	});
	it('accepts a month-only date and an override', () => {
		expect(readArticle(' date 2024-12 Title').date).toBe('2024-12');
		expect(readArticle(' date 2024-12-03 Title', { date: '2020-01-02' }).date).toBe('2020-01-02');
	});
	it('has no date without the prefix', () => {
		expect(readArticle('Just a headline\r\n\r\nBody text.').date).toBeNull();
	});
	it('rejects empty and binary input with a clear error', () => {
		expect(() => readArticle('  \n ')).toThrow(GeneratorError);
		expect(() => readArticle('abc\u0000def')).toThrow(/binary/);
	});
	it('blanks HTML tags but keeps offsets', () => {
		const html = '<html><body><p>Anna Berg said hello.</p><script>var x = 1;</script></body></html>';
		const a = readArticle(html);
		expect(a.text.length).toBe(html.length);
		expect(a.text).not.toMatch(/<p>|script/);
		expect(a.title).toBe('Anna Berg said hello.');
	});
	it('reads 5 MB (its speed is in npm run bench)', () => {
		const big = ' date 2024-01-01 T\n\n' + 'Tom Reed said “we are ready for this” on Monday. '.repeat(110000);
		expect(readArticle(big).text.length).toBe(big.length);
	});
});
