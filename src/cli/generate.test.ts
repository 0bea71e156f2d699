// Batch run of `npm run generate -- DIR --out DIR` on 1,000 small synthetic articles (our own sentences, not news).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './generate';

const N = 1000;
const FIRST = ['Ana', 'Tom', 'Lea', 'Omar', 'Ines', 'Karl', 'Mira', 'Jon'];
const LAST = ['Ruiz', 'Berg', 'Voss', 'Hale', 'Moreau', 'Lindqvist', 'Okafor', 'Novak'];
const TOWNS = ['Lakeside', 'Hillford', 'Westmoor', 'Brookhaven', 'Redcliff'];

/** A short article of our own, different for each `i`. */
function article(i: number): string {
	const name = `${FIRST[i % FIRST.length]} ${LAST[(i >> 3) % LAST.length]}`;
	const town = TOWNS[i % TOWNS.length];
	const day = String((i % 28) + 1).padStart(2, '0');
	return (
		` date 2025-03-${day} ${town} council approves plan number ${i}\n\n` +
		`The council of ${town} approved plan number ${i} on Monday. ` +
		`"We will open the new library in May," said Mayor ${name}. ` +
		`${name} told reporters that the plan would cost ${i + 10} thousand euros. ` +
		`The Green League opposed the plan on Tuesday.\n`
	);
}

let dir = '';
let out = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsdeck-batch-'));
	out = join(dir, 'out');
	const src = join(dir, 'articles');
	mkdirSync(src);
	for (let i = 0; i < N; i++) writeFileSync(join(src, `a${String(i).padStart(4, '0')}.txt`), article(i));
	// Files that must be skipped, each with a reason.
	writeFileSync(join(src, 'zz-empty.txt'), '');
	writeFileSync(join(src, 'zz-binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
	mkdirSync(join(src, 'zz-folder.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run generate on a folder of 1,000 articles', () => {
	it('writes a deck per article and the catalog, shows progress, and lists skipped files with reasons', async () => {
		const err: string[] = [];
		const tty = process.stderr.isTTY;
		process.stderr.isTTY = true;
		const write = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
		const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ') + '\n'));
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		let code: number;
		try {
			code = await main([join(dir, 'articles'), '--out', out]);
		} finally {
			process.stderr.isTTY = tty;
			write.mockRestore();
			error.mockRestore();
			log.mockRestore();
		}
		const stderr = err.join('');
		// Some files were skipped: exit code 2.
		expect(code).toBe(2);
		// A progress bar (or counter) reaching the last file.
		expect(stderr).toContain(`${N + 3}/${N + 3}`);
		// A summary naming each skipped file and why.
		expect(stderr).toMatch(/skipped 3 of 1003 file\(s\)/);
		expect(stderr).toMatch(/zz-empty\.txt: .*(empty|no text)/i);
		expect(stderr).toMatch(/zz-binary\.txt: .*(binary|not text)/i);
		expect(stderr).toMatch(/zz-folder\.txt: .*(EISDIR|folder|directory)/i);
		const catalog = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
		expect(catalog.decks).toHaveLength(N);
		expect(readdirSync(out)).toHaveLength(N + 1);
	}, 300_000);
});
