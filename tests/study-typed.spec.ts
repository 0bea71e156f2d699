import { test, expect } from '@playwright/test';
import { importSample } from './helpers';

// Typed cards: the field has focus when the card appears, Check is the main action and Enter checks.
test.beforeEach(async ({ page }) => {
	// The typed card ("mayor of which town") first.
	await importSample(page, (deck) => deck.cards.reverse());
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toContainText('mayor of which town');
});

test('the field is focused; typing and Enter checks and shows the verdict', async ({ page }) => {
	await expect(page.getByLabel('Type your answer')).toBeFocused();
	await page.keyboard.type('lakesid');
	await page.keyboard.press('Enter');
	await expect(page.getByText('✓ Correct')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Continue (Good)' })).toBeVisible();
});

test('Show answer still checks what was typed', async ({ page }) => {
	await page.getByLabel('Type your answer').fill('Lakeside');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByText('✓ Correct')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Continue (Good)' })).toBeVisible();
});
