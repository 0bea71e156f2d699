import { test, expect } from '@playwright/test';
import { openLibrary, importSample } from './helpers';

// The library's first run and motivation: the welcome note, "Study N due cards" across decks, today, streak, heatmap.

test('first run: the welcome explains decks, making one and local data, and stays dismissed', async ({ page }) => {
	await openLibrary(page);
	const welcome = page.getByTestId('welcome');
	await expect(welcome).toContainText('A deck is a set of question cards made from news articles');
	await expect(welcome).toContainText('Everything stays on this device');
	await expect(welcome.getByRole('link', { name: 'New deck from articles' })).toHaveAttribute('href', '/make');
	await welcome.getByRole('button', { name: 'Got it' }).click();
	await expect(welcome).toHaveCount(0);
	await page.reload();
	await expect(page.locator('.decks a').first()).toBeVisible();
	await expect(page.getByTestId('welcome')).toHaveCount(0);
});

test('Study N due cards studies every deck’s due cards in one session; today, streak and heatmap follow', async ({ page }) => {
	await importSample(page);
	// One card forgotten in each of two decks: each is due again within the learn-ahead limit.
	await page.getByRole('link', { name: 'Study' }).click();
	await page.getByRole('button', { name: /Tom Berg/ }).click();
	await page.getByRole('button', { name: 'Again', exact: true }).click();
	await expect(page.locator('#prompt')).toContainText('river council');
	await page.goto('/');
	await page.locator('.decks a', { hasNotText: 'Lakeside' }).first().click();
	await page.getByRole('link', { name: 'Study' }).click();
	const first = await page.locator('#prompt').textContent();
	const show = page.getByRole('button', { name: 'Show answer' });
	if (await show.isVisible()) await show.click();
	else await page.locator('.choice').first().click();
	await page.getByRole('button', { name: 'Again', exact: true }).click();
	await expect(page.locator('#prompt')).not.toHaveText(first ?? '');

	await page.goto('/');
	await expect(page.getByTestId('habit')).toHaveText('2 reviews today · streak 1 day');
	await expect(page.locator('.decks').getByText('1 due')).toHaveCount(2);
	await page.getByRole('link', { name: 'Study 2 due cards' }).click();
	await expect(page.getByTestId('round-deck')).toContainText('deck 1 of 2');
	for (let i = 0; i < 2; i++) {
		await expect(page.getByTestId('round-deck')).toContainText(`deck ${i + 1} of 2`);
		const b = page.getByRole('button', { name: 'Show answer' });
		if (await b.isVisible()) await b.click();
		else await page.locator('.choice').first().click();
		await page.getByRole('button', { name: 'Easy', exact: true }).click();
	}
	await expect(page.getByTestId('summary')).toContainText('You reviewed 2 cards (2 answers)');
	await page.getByRole('link', { name: 'Back to the library' }).click();
	await expect(page.getByText('No cards due across your decks.')).toBeVisible();
	await expect(page.getByTestId('habit')).toHaveText('4 reviews today · streak 1 day');
	// The heatmap's table (for screen readers) has today's four reviews in its last week.
	const lastWeek = page.locator('.heat table tbody tr').last();
	await expect(lastWeek.locator('td').filter({ hasText: /^4$/ })).toHaveCount(1);
	await expect(page.locator('.heat table tbody tr')).toHaveCount(26);
});
