// A saved news page is read as its article text; a page with no article gets a reason, not a deck of menu words.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlArticle, isHtmlFile } from './html';

// A saved page of our own: navigation, the article, a footer and a script.
const NEWS_PAGE = readFileSync('src/cli/fixtures/news-page.html', 'utf8');

describe('htmlArticle', () => {
	it('reads the article: a date line from the page, the title, one paragraph per block, no markup or menus', () => {
		const text = htmlArticle(NEWS_PAGE);
		const [date, title, blank, first] = text.split('\n');
		expect(date).toBe('date 2025-03-14');
		expect(title).toContain('Lakeside council approves library');
		expect(blank).toBe('');
		expect(first).toMatch(/^The council of Lakeside approved a plan/);
		expect(text).toContain('\n\n“We will open the new library in July,” said Mayor Ana Ruiz');
		expect(text).not.toMatch(/[<>]|Home|Sport|Terms|window\.ads|color: red/);
	});

	it('says why when the page has no article', () => {
		const nav = '<html><head><title>Index</title></head><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav></body></html>';
		expect(() => htmlArticle(nav)).toThrow(/no article found in this HTML page/);
	});

	it('knows saved web pages by their file name', () => {
		expect([isHtmlFile('a.html'), isHtmlFile('B.HTM'), isHtmlFile('a.txt'), isHtmlFile('html.md')]).toEqual([true, true, false, false]);
	});
});
