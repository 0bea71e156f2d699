import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dateLine, readArticle } from './01-read';
import { generate } from '../index';
import { toDeck } from '../../deck/parse';
import { GeneratorError } from '../errors';

describe('readArticle', () => {
	it('reads the date prefix that shares the first line with the title', () => {
		const a = readArticle(' date 2024-12-03 Mayor opens bridge\n\nThe mayor spoke.');
		expect(a.date).toBe('2024-12-03');
		expect(a.title).toBe('Mayor opens bridge');
		expect(a.content.slice(a.bodyStart)).toMatch(/^Mayor/);
	});
	it('reads a date line of its own: the body starts at the title, past the line break', () => {
		const content = 'date 2025-03-14\nMayor opens bridge\n\nThe mayor spoke.';
		expect(dateLine(content)).toEqual({ date: '2025-03-14', bodyStart: 16 });
		const a = readArticle(content);
		expect(a.date).toBe('2025-03-14');
		expect(a.content.slice(a.bodyStart)).toMatch(/^Mayor/);
		expect(dateLine('\n\nNo date here').bodyStart).toBe(2);
	});
	it('makes a valid deck from an article whose date line stands alone (offsets match the trimmed article text)', () => {
		// The project's own seed article, its same-line date prefix taken off.
		const body = readFileSync('seeds/000_f7b65d3c32bc7588.txt', 'utf8').replace(/^ date \S+ /, '');
		for (const content of [`date 2025-03-14\n${body}`, ` date 2025-03-14\n\n${body}`, `\n\n${body}`]) {
			const deck = generate([{ content, file: 'own-line.txt' }], { now: '2025-03-14T00:00:00.000Z' });
			expect(deck.cards.length).toBeGreaterThan(0);
			expect(() => toDeck(JSON.parse(JSON.stringify(deck)))).not.toThrow();
		}
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

describe('the date from a dateline', () => {
	it('reads an ISO or written date in the first lines when no date line gives one', () => {
		expect(readArticle('Farm ministry warns on mutton.\nBONN 1996-08-22\nGermany’s ministry said on Wednesday that …').date).toBe('1996-08-22');
		expect(readArticle('Bridge opens\n\nPublished: March 3, 2016\n\nThe bridge opened on Tuesday.').date).toBe('2016-03-03');
		expect(readArticle('Bridge opens\n\nWASHINGTON, Aug. 22, 2016 (Reuters) - The bridge opened on Monday.').date).toBe('2016-08-22');
		expect(readArticle(' date 2024-05-14 Bridge opens\n\nBONN 1996-08-22\nIt opened.').date).toBe('2024-05-14');
		expect(readArticle('Bridge opens\n\nThe 1996-08-22 report was read out much later in the year.').date).toBeNull();
	});
});
