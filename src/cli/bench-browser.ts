/** Runs the IndexedDB scale bench in Chromium: 100,000 cards and 500,000 review-log rows. */
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

/** Numbers from the browser bench, in milliseconds. */
export interface BrowserBench {
	seedMs: number;
	queueMs: number;
	countsMs: number;
	openMs: number;
	answerMedianMs: number;
	answerP95Ms: number;
	reviews: number;
	cards: number;
}

/** Builds the bench page, fills IndexedDB in Chromium and measures. */
export async function benchBrowser(cards = 100_000, reviews = 500_000): Promise<BrowserBench> {
	const root = fileURLToPath(new URL('./bench-page/', import.meta.url));
	const outDir = '/tmp/newsdeck-bench-build';
	await build({ root, logLevel: 'error', plugins: [svelte()], build: { outDir, emptyOutDir: true } });
	const { url, server } = await serve({ dir: outDir, port: 4199, host: '127.0.0.1' });
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		await page.goto(url + 'index.html');
		await page.waitForFunction(() => 'bench' in window);
		const seedMs = await page.evaluate(([c, r]) => (window as any).bench.seed(c, Math.min(c, 50_000), r), [cards, reviews]);
		const m = await page.evaluate(() => (window as any).bench.measure(50));
		return { seedMs, ...m };
	} finally {
		await browser.close();
		server.close();
	}
}
