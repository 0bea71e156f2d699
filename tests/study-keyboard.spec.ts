import { test, expect } from '@playwright/test';
import { openLibrary, studySampleDeck, storedRatings, tabTo } from './helpers';

// Keyboard only: Enter and Space act on the focused control; the shortcuts apply only when no control has focus.
test.beforeEach(async ({ page }) => {
	await openLibrary(page);
	await studySampleDeck(page);
	await expect(page.locator('#prompt')).toContainText('Who said');
});

test('Tab to Easy and Enter stores Easy, not the suggested grade; focus then goes to the next card', async ({ page }) => {
	await page.keyboard.press('1');
	await expect(page.getByRole('button', { name: 'Continue (Good)' })).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'Easy', exact: true }));
	await page.keyboard.press('Enter');
	await expect(page.locator('#prompt')).toContainText('river council');
	expect(await storedRatings(page, 'lakeside-bridge')).toEqual([{ cardId: 'who-said-1', rating: 4 }]);
	// Focus is on the new card, so one Tab reaches its first choice.
	await expect(page.getByTestId('study-card')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: /March 2023/ })).toBeFocused();
});

test('Enter on Undo undoes instead of grading', async ({ page }) => {
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect(page.locator('#prompt')).toContainText('river council');
	await page.keyboard.press('1');
	await expect(page.getByRole('button', { name: 'Continue (Good)' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#prompt')).toContainText('Who said');
	expect(await storedRatings(page, 'lakeside-bridge')).toEqual([]);
});

test('Enter on the article link opens the article and does not grade', async ({ page }) => {
	await page.keyboard.press('1');
	await expect(page.getByRole('button', { name: 'Continue (Good)' })).toBeVisible();
	await tabTo(page, page.locator('.source a'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/article\//);
	expect(await storedRatings(page, 'lakeside-bridge')).toEqual([]);
});
