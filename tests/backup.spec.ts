import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary, answerCard, storedReviews, studySampleDeck } from './helpers';

const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));

test('Your data: storage status, export a backup, restore it by merge and by confirmed replace', async ({ page }) => {
	await openLibrary(page);
	await studySampleDeck(page);
	await answerCard(page, 'Easy');
	await answerCard(page, 'Good');
	// Easy finished one card; Good left the other in its learning steps.
	await expect(page.locator('#prompt')).toContainText('mayor of which town');
	await expect(page.getByTestId('progress')).toContainText('1 done · 2 left');

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
	await expect(page.getByTestId('persisted')).toContainText(/Storage is (not )?persistent/);
	await expect(page.getByTestId('usage')).toContainText(/used/);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^newsdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const text = readFileSync(await file.path(), 'utf8');
	const backup = JSON.parse(text);
	expect(backup).toMatchObject({ format: 'newsdeck-backup', version: 1 });
	expect(backup.reviews.filter((r: { deckId: string }) => r.deckId === 'lakeside-bridge')).toHaveLength(2);

	const restore = page.getByLabel('Backup file to restore');
	await restore.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Merge into my data' }).click();
	await expect(page.getByRole('status')).toContainText('0 new reviews');
	expect(await storedReviews(page, 'lakeside-bridge')).toHaveLength(2);

	// Study on, then replace with the backup: asks first, and restores the backup's two reviews.
	await page.goto('/deck/lakeside-bridge/study');
	await answerCard(page, 'Easy');
	await expect(page.getByTestId('progress')).toContainText('1 done');
	await page.goto('/settings');
	await restore.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Replace my data…' }).click();
	await expect(page.getByRole('alert')).toContainText('cannot be undone');
	expect(await storedReviews(page, 'lakeside-bridge')).toHaveLength(3);
	await page.getByRole('button', { name: 'Yes, replace everything' }).click();
	await expect(page.getByRole('status')).toContainText('Replaced your data');
	expect(await storedReviews(page, 'lakeside-bridge')).toHaveLength(2);

	// A file that is not a backup is refused with its paths named.
	await restore.setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
	await expect(page.getByRole('alert')).toContainText('deck.json');
	await expect(page.getByRole('alert')).toContainText('this is a deck');
});
