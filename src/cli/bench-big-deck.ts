/** `npm run bench`, big decks: a 100,000-card deck imported and its Cards page opened in the built app, in Chromium. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serve } from './serve.mjs';
import { bigDeck } from '../lib/deck/fixtures/big-deck';

/** Numbers of the big-deck bench, in milliseconds. */
export interface BigDeckBench {
	cards: number;
	megabytes: number;
	importMs: number;
	importLongestBlockMs: number;
	cardsPageMs: number;
	cardsPageLongestBlockMs: number;
	cardsPageRows: number;
}

/**
 * Records long tasks (main-thread blocks over 50 ms) from page start, and when the first card row appears.
 * A string, not a function: tsx would wrap a function's inner helpers in `__name`, which the page lacks.
 */
const WATCH = `
	window.__blocks = [];
	new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__blocks.push(e.duration))).observe({ type: 'longtask', buffered: true });
	const frame = () => (document.querySelector('ol.cards > li') ? (window.__firstRow = performance.now()) : requestAnimationFrame(frame));
	requestAnimationFrame(frame);
`;

const longest = (page: Page) => page.evaluate(() => Math.max(0, ...(window as unknown as { __blocks: number[] }).__blocks));

/** Imports an `n`-card deck through the library's file input, then opens its Cards page; needs `npm run build` first. */
export async function benchBigDeck(n = 100_000): Promise<BigDeckBench> {
	if (!existsSync('build/index.html') && !existsSync('build/200.html')) throw new Error('no build/ (run npm run build first)');
	const text = JSON.stringify(bigDeck(n, 'bench-big', 'Bench big deck'));
	// A file on disk, not a buffer: Playwright hands a path to Chromium, but injects a buffer through the page's main thread.
	const dir = mkdtempSync(join(tmpdir(), 'newsdeck-bench-'));
	const file = join(dir, 'big.json');
	writeFileSync(file, text);
	const { url, server } = await serve({ dir: 'build', port: 4198, host: '127.0.0.1' });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		await page.addInitScript(WATCH);
		await page.goto(url);
		await page.locator('.decks a').first().waitFor({ timeout: 60_000 });
		// Only the import's own blocks count: start the clock and the block list when the file is chosen.
		await page.evaluate(() => ((window as unknown as { __blocks: number[] }).__blocks.length = 0));
		const t0 = await page.evaluate(() => performance.now());
		await page.getByLabel('Deck file to import').setInputFiles(file);
		await page.getByRole('status').filter({ hasText: 'Bench big deck' }).waitFor({ timeout: 600_000 });
		const importMs = (await page.evaluate(() => performance.now())) - t0;
		const importLongestBlockMs = await longest(page);

		await page.goto(`${url}deck/bench-big/cards`);
		await page.waitForFunction(() => (window as unknown as { __firstRow?: number }).__firstRow !== undefined, null, { timeout: 600_000 });
		const cardsPageMs = await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
		return {
			cards: n,
			megabytes: text.length / 1048576,
			importMs,
			importLongestBlockMs,
			cardsPageMs,
			cardsPageLongestBlockMs: await longest(page),
			cardsPageRows: await page.locator('ol.cards > li').count()
		};
	} finally {
		await browser.close();
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
