// `npm run generate` as a batch that finishes: oversized files refused at once, a skip summary with reasons, saved
// web pages read as articles, and a killed run that leaves whole decks and a valid index.json.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from './generate';
import { longArticle, writeArticles } from './synthetic';
import { parseCatalog, parseDeck } from '../lib/deck/parse';

let dir = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsdeck-batch-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in this process; returns its exit code and everything it printed, in order. */
async function run(argv: string[], maxFileBytes?: number): Promise<{ code: number; lines: string[] }> {
	const lines: string[] = [];
	const error = vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
	const log = vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
	const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
	try {
		return { code: await main(argv, { maxFileBytes }), lines };
	} finally {
		error.mockRestore();
		log.mockRestore();
		write.mockRestore();
	}
}

/** The catalog of `out` and every deck it lists, each parsed with the deck schema (throws on any problem). */
function readOut(out: string) {
	const catalog = parseCatalog(readFileSync(join(out, 'index.json'), 'utf8'), 'index.json');
	const decks = catalog.decks.map((e) => parseDeck(readFileSync(join(out, e.file), 'utf8'), e.file));
	decks.forEach((d, i) => expect(d.id).toBe(catalog.decks[i].id));
	return { catalog, decks };
}

describe('npm run generate, a batch with a huge file and a page with no article', () => {
	it('refuses the huge file before reading anything, makes the other decks, and ends with a summary of reasons', async () => {
		const src = join(dir, 'mixed');
		mkdirSync(src);
		writeArticles(src, 3);
		writeFileSync(join(src, 'huge.txt'), longArticle(120_000));
		copyFileSync('src/cli/fixtures/news-page.html', join(src, 'page.html'));
		writeFileSync(join(src, 'menu.htm'), '<html><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav></body></html>');
		const out = join(dir, 'out-mixed');
		// The limit is injected: 100 kB here instead of the 5 MB a real run uses.
		const { code, lines } = await run([src, '--out', out, '--jobs', '2'], 100_000);
		expect(code).toBe(EXIT.skipped);
		const refused = lines.findIndex((l) => l.startsWith('generate: refusing') && l.includes('huge.txt') && l.includes('over the 100 kB limit'));
		const firstDeck = lines.findIndex((l) => / cards \(/.test(l));
		expect(refused).toBeGreaterThanOrEqual(0);
		expect(firstDeck).toBeGreaterThan(refused);
		const summary = lines.slice(lines.indexOf('skipped 2 of 6 file(s):'));
		expect(summary).toHaveLength(3);
		expect(summary.find((l) => l.includes('huge.txt'))).toMatch(/huge\.txt: 1\d\d kB is over the 100 kB limit for one article file; not read/);
		expect(summary.find((l) => l.includes('menu.htm'))).toMatch(/menu\.htm: no article found in this HTML page/);
		const { catalog, decks } = readOut(out);
		expect(catalog.decks).toHaveLength(4);
		const page = decks.find((d) => d.articles[0].title.includes('Lakeside council approves library'))!;
		expect(page.articles[0].date).toBe('2025-03-14');
		expect(page.articles[0].text).toMatch(/^Lakeside council approves library[^\n]*\n\nThe council of Lakeside approved a plan/);
		expect(page.articles[0].text).not.toMatch(/[<>]|Terms|window\.ads/);
	}, 60_000);
});

describe('npm run generate, killed in the middle', () => {
	it('leaves every finished deck whole and an index.json listing them', async () => {
		const src = join(dir, 'many');
		mkdirSync(src);
		const N = 60;
		// Articles of about 20 kB, so the run is still going when it is killed.
		writeArticles(src, N, 8);
		const out = join(dir, 'out-killed');
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', src, '--out', out, '--jobs', '2'], { stdio: 'ignore' });
		const listed = () => {
			try {
				return JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).decks.length as number;
			} catch {
				return 0;
			}
		};
		const exited = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
		await vi.waitFor(() => expect(listed()).toBeGreaterThanOrEqual(3), { timeout: 60_000, interval: 20 });
		child.kill('SIGKILL');
		expect(await exited).toBe('SIGKILL');
		const { catalog } = readOut(out);
		expect(catalog.decks.length).toBeGreaterThanOrEqual(3);
		expect(catalog.decks.length).toBeLessThan(N);
		// Each deck file on disk is whole; at most the one being listed when the kill came is missing from the catalog.
		const files = readdirSync(out).filter((f) => f.endsWith('.json') && f !== 'index.json');
		for (const f of files) expect(() => parseDeck(readFileSync(join(out, f), 'utf8'), f)).not.toThrow();
		expect(files.length - catalog.decks.length).toBeLessThanOrEqual(1);
		// A rerun finishes the batch in the same folder, removing any temporary file the kill left.
		const again = await run([src, '--out', out, '--jobs', '2']);
		expect(again.code).toBe(EXIT.ok);
		expect(readOut(out).catalog.decks).toHaveLength(N);
		expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
		expect(existsSync(join(out, 'index.json'))).toBe(true);
	}, 180_000);
});
