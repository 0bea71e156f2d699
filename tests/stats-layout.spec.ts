// Issue 17 item 7: the statistics pages end where their content ends (no ~800 px of empty scroll).
import { test, expect, type Page } from '@playwright/test';
import { openLibrary } from './helpers';

/** How far the page scrolls past the bottom of its last visible content (footer, main). */
function emptyScroll(page: Page): Promise<number> {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		const contentBottom = main.getBoundingClientRect().bottom + window.scrollY;
		return document.documentElement.scrollHeight - Math.max(contentBottom, window.innerHeight);
	});
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
	test(`statistics pages scroll no further than their content (${viewport.width}×${viewport.height})`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await openLibrary(page);
		await page.locator('.decks a').first().click();
		await expect(page.getByTestId('count-new')).toBeVisible();
		const deck = page.url();
		for (const url of ['/stats', `${deck}/stats`]) {
			await page.goto(url);
			await expect(page.getByRole('heading', { name: 'Charts' })).toBeVisible();
			expect(await emptyScroll(page), url).toBeLessThanOrEqual(40);
		}
	});
}
