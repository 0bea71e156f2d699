import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary } from './helpers';

const good = readFileSync('tests/fixtures/sample-deck.json', 'utf8');

test('import a deck file, then study it', async ({ page }) => {
	await openLibrary(page);
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'lakeside.json', mimeType: 'application/json', buffer: Buffer.from(good) });
	await expect(page.getByRole('status')).toContainText('Added “Lakeside bridge opens” with 3 cards.');
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await expect(page.getByTestId('count-new')).toHaveText('3');
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toHaveText('Who said: "This bridge joins our two halves"?');
	await page.getByRole('button', { name: /Ana Ruiz/ }).click();
	await expect(page.getByText('Correct answer')).toBeVisible();
	await page.getByRole('button', { name: 'Good', exact: true }).click();
	// Saved: the next card is shown (a Good on a new card keeps it in its learning steps, so "done" stays 0).
	await expect(page.locator('#prompt')).not.toHaveText('Who said: "This bridge joins our two halves"?');
	await expect(page.getByTestId('progress')).toContainText('3 left');
});

test('a bad deck file gets a clear message and changes nothing', async ({ page }) => {
	await openLibrary(page);
	const before = await page.locator('.decks li').count();
	const bad = JSON.parse(good);
	bad.cards[0].answer = 'Nobody';
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
	await expect(page.getByRole('alert')).toContainText('broken.json');
	await expect(page.getByRole('alert')).toContainText('cards[0].choices: answer "Nobody" is not among the choices');
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, 200)) });
	await expect(page.getByRole('alert')).toContainText(/cut\.json.*\n.*not valid JSON/);
	await expect(page.locator('.decks li')).toHaveCount(before);
});
