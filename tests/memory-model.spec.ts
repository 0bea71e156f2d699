import { test, expect, type Page } from '@playwright/test';
import { importSample } from './helpers';

// Settings → Your memory model: offered once there are enough reviews; a fit in a worker shows its parameters and
// log loss before and after; "Use these parameters" schedules with them; "Back to the defaults" undoes it.

/** Writes a long synthetic review history for the sample deck's three cards straight into IndexedDB. */
async function addHistory(page: Page, perCard: number) {
	await page.evaluate(async (n) => {
		const day = 86_400_000;
		const start = Date.now() - 400 * day * 3;
		const rows: object[] = [];
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		for (const cardId of ['who-said-1', 'when-1', 'where-1']) {
			let at = start;
			for (let i = 0; i < n; i++) {
				at += (1 + Math.floor(random() * 6)) * day;
				const rating = random() < 0.2 ? 1 : 3;
				rows.push({ deckId: 'lakeside-bridge', cardId, rating, state: i ? 2 : 0, due: at, stability: 1, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 1, learningSteps: 0, review: at });
			}
		}
		await new Promise<void>((ok, fail) => {
			const open = indexedDB.open('newsdeck');
			open.onerror = () => fail(open.error);
			open.onsuccess = () => {
				const tx = open.result.transaction('reviews', 'readwrite');
				for (const r of rows) tx.objectStore('reviews').add(r);
				tx.oncomplete = () => {
					open.result.close();
					ok();
				};
				tx.onerror = () => fail(tx.error);
			};
		});
	}, perCard);
}

test('a fit is offered from enough reviews, shows parameters and log loss, and can be used and undone', async ({ page }) => {
	await importSample(page);
	await page.goto('/settings');
	await expect(page.getByTestId('model-status')).toContainText('Using the default parameters. 0 of your reviews');
	await expect(page.getByText('A fit is offered from 400 such reviews')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Fit to my reviews' })).toHaveCount(0);

	await addHistory(page, 150);
	await page.reload();
	await expect(page.getByTestId('model-status')).toContainText('447 of your reviews can be learned from');
	await page.getByRole('button', { name: 'Fit to my reviews' }).click();
	const loss = page.getByTestId('model-loss');
	await expect(loss).toBeVisible({ timeout: 30_000 });
	const [before, after] = ((await loss.textContent()) ?? '').match(/\d+\.\d{4}/g)!.map(Number);
	expect(after).toBeLessThan(before);
	await page.getByText('Parameters (fitted) and defaults').click();
	await expect(page.locator('.model table tbody tr')).toHaveCount(21);

	await page.getByRole('button', { name: 'Use these parameters' }).click();
	await expect(page.getByRole('status')).toContainText('Your fitted parameters are in use');
	await page.reload();
	await expect(page.getByTestId('model-status')).toContainText('Using your fitted parameters.');
	await page.getByRole('button', { name: 'Back to the defaults' }).click();
	await expect(page.getByRole('status')).toContainText('Back to the default parameters.');
	await page.reload();
	await expect(page.getByTestId('model-status')).toContainText('Using the default parameters.');
});
