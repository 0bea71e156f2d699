import { test, expect } from '@playwright/test';
import { openLibrary, waitForServiceWorker } from './helpers';

test('the service worker keeps at most 200 fetched files for offline use, the most recent ones', async ({ page }) => {
	await openLibrary(page);
	await waitForServiceWorker(page);
	await page.evaluate(async () => {
		for (let i = 0; i < 210; i++) await fetch(`/decks/index.json?v=${i}`);
	});
	const runtimeCache = () =>
		page.evaluate(async () => {
			const name = (await caches.keys()).find((k) => k.startsWith('newsdeck-runtime-'));
			const keys = name ? await (await caches.open(name)).keys() : [];
			return keys.map((k) => new URL(k.url).search);
		});
	// The worker stores (and trims) each answer after replying; it catches up with the last one.
	const settled = async () => {
		const kept = await runtimeCache();
		return kept.includes('?v=209') && kept.length <= 200;
	};
	await expect.poll(settled, { timeout: 30_000 }).toBe(true);
	expect(await runtimeCache()).not.toContain('?v=0');
});
