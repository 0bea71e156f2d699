// `npm run generate`: one-line messages naming the bad input, and exit codes 0 (all written), 1 (nothing), 2 (some skipped).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from './generate';

let dir = '';
const good = () => join(dir, 'in', 'good.txt');

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsdeck-cli-'));
	mkdirSync(join(dir, 'in'));
	mkdirSync(join(dir, 'empty'));
	copyFileSync('seeds/000_f7b65d3c32bc7588.txt', good());
	writeFileSync(join(dir, 'in', 'date-only.txt'), ' date 2024-05-01 \n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI, returning its exit code and what it printed on stderr. */
async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
	const err: string[] = [];
	const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
	const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	try {
		return { code: await main(argv), stderr: err.join('\n') };
	} finally {
		error.mockRestore();
		write.mockRestore();
		log.mockRestore();
	}
}

describe('generate CLI encodings', () => {
	it('reads a Latin-1 file as its letters and says so', async () => {
		const seed = readFileSync(good(), 'utf8').replace('Pezeshkian', 'Pezeshkiañ');
		writeFileSync(join(dir, 'latin1.txt'), Buffer.from(seed, 'latin1'));
		const r = await run(join(dir, 'latin1.txt'), '--out', join(dir, 'out-latin1'));
		expect(r.code).toBe(EXIT.ok);
		expect(r.stderr).toContain('latin1.txt: not UTF-8; read as Windows-1252 (Latin-1)');
		const deck = readFileSync(join(dir, 'out-latin1', readdirSync(join(dir, 'out-latin1')).find((f) => f !== 'index.json')!), 'utf8');
		expect(deck).toContain('Pezeshkiañ');
		expect(deck).not.toContain('\uFFFD');
	});
});

describe('generate CLI errors and exit codes', () => {
	it('exits 0 when every article became a deck', async () => {
		expect((await run(good(), '--out', join(dir, 'out-ok'))).code).toBe(EXIT.ok);
	});

	it('exits 2 and names the file once when an article gives no deck (a date line only)', async () => {
		const { code, stderr } = await run(join(dir, 'in'), '--out', join(dir, 'out-some'));
		expect(code).toBe(EXIT.skipped);
		const line = stderr.split('\n').find((l) => l.includes('date-only.txt'))!;
		expect(line.split('date-only.txt')).toHaveLength(2);
		expect(line).toContain('date-only.txt: the article has a date line but no title or text');
	});

	it('names a bad --date as the date, and exits 1', async () => {
		const { code, stderr } = await run(good(), '--date', '2024-13-45', '--out', join(dir, 'out-date'));
		expect(code).toBe(EXIT.nothing);
		expect(stderr).toContain('--date: "2024-13-45" is not a date (expected YYYY-MM-DD');
		expect(stderr).not.toContain('createdAt');
	});

	it('names a folder with no .txt files, and exits 1', async () => {
		const { code, stderr } = await run(join(dir, 'empty'), '--out', join(dir, 'out-empty'));
		expect(code).toBe(EXIT.nothing);
		expect(stderr).toContain(`${join(dir, 'empty')}: this folder has no .txt or .html files`);
	});

	it('says in one line that --out cannot be written, without a stack trace, and exits 1', async () => {
		const out = join(good(), 'decks');
		const { code, stderr } = await run(good(), '--out', out);
		expect(code).toBe(EXIT.nothing);
		expect(stderr).toBe(`generate: cannot write to --out ${out} (ENOTDIR)`);
		expect(existsSync(out)).toBe(false);
	});
});
