/** Batch numbers for `npm run bench`: articles/second of `npm run generate` on synthetic articles, and seconds per MB of `generate` on one long article. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../lib/generator/index';
import { longArticle, writeArticles } from './synthetic';

/** Articles per second of the whole CLI (start-up, worker threads, writing decks) on `n` articles made from the seed. */
export async function batchArticlesPerSecond(n: number, jobs: number): Promise<number> {
	const dir = mkdtempSync(join(tmpdir(), 'newsdeck-bench-batch-'));
	try {
		mkdirSync(join(dir, 'in'));
		writeArticles(join(dir, 'in'), n);
		const t = performance.now();
		const code = await new Promise<number | null>((resolve) => {
			const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', String(jobs)], { stdio: 'ignore' });
			child.on('exit', resolve);
		});
		if (code !== 0) throw new Error(`generate exited with ${code}`);
		return n / ((performance.now() - t) / 1000);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Seconds per MB of `generate` (text → deck) on one article of about `chars` characters (the seed repeated); warmed up, and repeated for at least a second. */
export function generateSecondsPerMB(chars: number): number {
	const content = longArticle(chars);
	const once = () => generate([{ content, file: 'long.txt' }], { now: '2024-12-03T00:00:00.000Z' });
	generate([{ content: longArticle(0), file: 'warm-up.txt' }], { now: '2024-12-03T00:00:00.000Z' });
	const t = performance.now();
	let runs = 0;
	do {
		once();
		runs++;
	} while (performance.now() - t < 1000);
	return (performance.now() - t) / 1000 / runs / (content.length / 1e6);
}
