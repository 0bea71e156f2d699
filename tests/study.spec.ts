import { test, expect } from '@playwright/test';
import { openLibrary, waitForServiceWorker, answerCard } from './helpers';

test('study three cards of the seed deck; progress survives a reload and works offline', async ({ page, context }) => {
	await openLibrary(page);
	await expect(page.locator('.decks')).toContainText(/Putin|Pezeshkian|Syria/);
	await page.locator('.decks a').first().click();
	const newBefore = Number(await page.getByTestId('count-new').textContent());
	expect(newBefore).toBeGreaterThanOrEqual(4);
	await page.getByRole('link', { name: 'Study' }).click();

	const prompts = [];
	for (let i = 0; i < 3; i++) {
		await expect(page.locator('#prompt')).toBeVisible();
		const before = await page.locator('#prompt').textContent();
		prompts.push(await answerCard(page, i === 0 ? 'Again' : 'Good'));
		await expect(page.locator('#prompt')).not.toHaveText(before ?? '');
	}
	expect(new Set(prompts).size).toBe(3);

	// Reload: the three answered cards are no longer new.
	await page.goto(page.url().replace(/\/study$/, ''));
	await expect(page.getByTestId('count-new')).toHaveText(String(newBefore - 3));
	await expect(page.getByTestId('count-learning')).not.toHaveText('0');

	// Offline: reload the study page (a deep link) with the network off.
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto(page.url() + '/study');
	await expect(page.locator('#prompt')).toBeVisible();
	await answerCard(page, 'Easy');
	await expect(page.getByTestId('progress')).toContainText('1 done');
	// Still offline: the deck page reloads from the cache and shows the stored progress.
	await page.goto(page.url().replace(/\/study$/, ''));
	await expect(page.getByTestId('count-new')).toHaveText(String(Math.max(0, newBefore - 4)));
	await context.setOffline(false);
});

test('keyboard: space shows the answer and 1–4 grade', async ({ page }) => {
	await openLibrary(page);
	await page.locator('.decks a').first().click();
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toBeVisible();
	let prompt: string | null = null;
	for (let i = 0; i < 2; i++) {
		prompt = await page.locator('#prompt').textContent();
		// A typed card's field has focus: Enter checks it (an empty answer just shows the answer).
		if (await page.getByLabel('Type your answer').isVisible()) await page.keyboard.press('Enter');
		else if (await page.getByRole('button', { name: 'Show answer' }).isVisible()) await page.keyboard.press('Space');
		else await page.keyboard.press('1');
		await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
		await expect(page.locator('.source blockquote')).not.toBeEmpty();
		await page.keyboard.press('3');
		await expect(page.locator('#prompt')).not.toHaveText(prompt ?? '');
	}
	// Undo brings back the card last answered.
	await page.keyboard.press('u');
	await expect(page.locator('#prompt')).toHaveText(prompt ?? '');
});
