import { test, expect } from '@playwright/test';
import { importSample } from './helpers';

// One definition of due / learning / new: leave a session midway, come back, and every page agrees.
test('after leaving a session midway, library, deck page and Study agree on the learning cards', async ({ page }) => {
	await importSample(page);
	await page.getByRole('link', { name: 'Study' }).click();
	// Answer each of the three new cards once with Good: all three go into learning steps (due in minutes).
	for (const prompt of ['Who said', 'river council', 'mayor of which town']) {
		await expect(page.locator('#prompt')).toContainText(prompt);
		if (prompt === 'mayor of which town') await page.getByRole('button', { name: 'Show answer' }).click();
		else await page.getByRole('button', { name: /Ana Ruiz|March 2023/ }).click();
		await page.getByRole('button', { name: 'Good', exact: true }).click();
	}
	await expect(page.locator('#prompt')).toContainText('Who said');

	await page.goto('/');
	await expect(page.locator('.decks li', { hasText: 'Lakeside bridge opens' })).toContainText('3 due');
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await expect(page.getByTestId('count-learning')).toHaveText('3');
	await expect(page.getByTestId('count-new')).toHaveText('0');
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toBeVisible();
	await expect(page.getByTestId('progress')).toHaveText('0 done · 3 left');
});
