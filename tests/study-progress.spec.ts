import { test, expect } from '@playwright/test';
import { importSample } from './helpers';

// Progress and the summary count cards, not answers, and the summary says when the next review is due.
test('"left" falls per card finished; the summary counts distinct cards and names the next review', async ({ page }) => {
	await importSample(page);
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.getByTestId('progress')).toHaveText('0 done · 3 left');

	// Again: the card comes back later in the session, so it is not done and still left.
	await expect(page.locator('#prompt')).toContainText('Who said');
	await page.getByRole('button', { name: /Tom Berg/ }).click();
	await page.getByRole('button', { name: 'Again', exact: true }).click();
	await expect(page.locator('#prompt')).toContainText('river council');
	await expect(page.getByTestId('progress')).toHaveText('0 done · 3 left');

	// Easy finishes a card.
	await page.getByRole('button', { name: /March 2023/ }).click();
	await page.getByRole('button', { name: 'Easy', exact: true }).click();
	await expect(page.getByTestId('progress')).toHaveText('1 done · 2 left');
	await expect(page.locator('#prompt')).toContainText('mayor of which town');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: 'Easy', exact: true }).click();
	await expect(page.getByTestId('progress')).toHaveText('2 done · 1 left');

	// The forgotten card again (learned ahead), now Easy: the session ends.
	await expect(page.locator('#prompt')).toContainText('Who said');
	await page.getByRole('button', { name: /Ana Ruiz/ }).click();
	await page.getByRole('button', { name: 'Easy', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Done for now' })).toBeVisible();
	await expect(page.getByTestId('summary')).toContainText('You reviewed 3 cards (4 answers)');
	await expect(page.getByTestId('summary')).toContainText('remembered 67% on the first try');
	await expect(page.getByTestId('next-due')).toContainText(/Next review: in \d+ (d|h|min)/);
	// "u" on the summary takes back the last answer.
	await page.keyboard.press('u');
	await expect(page.locator('#prompt')).toContainText('Who said');
	await expect(page.getByTestId('progress')).toHaveText('2 done · 1 left');
});
