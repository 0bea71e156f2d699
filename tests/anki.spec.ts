import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { openLibrary, importSample } from './helpers';
import { ankiMadeApkg } from '../src/lib/exchange/anki/fixtures/anki-made';

test('export a deck as an Anki package (.apkg) and import that file in another browser', async ({ page, browser }) => {
	await importSample(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export for Anki (.apkg)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('lakeside-bridge-opens.apkg');
	const bytes = readFileSync(await file.path());
	expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openLibrary(other);
	await other.getByLabel('Deck file to import').setInputFiles({ name: 'lakeside-bridge-opens.apkg', mimeType: 'application/octet-stream', buffer: bytes });
	await expect(other.getByRole('status')).toHaveText('Added “Lakeside bridge opens” with 3 cards.');
	await other.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await expect(other.getByTestId('count-new')).toHaveText('3');
	await other.getByRole('link', { name: 'Study' }).click();
	await expect(other.locator('#prompt')).toHaveText('Who said: "This bridge joins our two halves"?');
	await expect(other.locator('.choice')).toHaveCount(4);
	await fresh.close();
});

test('import a deck made in Anki; a damaged .apkg is named with what is wrong and changes nothing', async ({ page }) => {
	await openLibrary(page);
	const before = await page.locator('.decks li').count();
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'week-2.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 this is not really a zip') });
	await expect(page.getByRole('alert')).toContainText('week-2.apkg: not a valid deck:');
	await expect(page.getByRole('alert')).toContainText('not an Anki package: it is not a zip archive');
	await expect(page.locator('.decks li')).toHaveCount(before);

	const SQL = await initSqlJs();
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'geo.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from(ankiMadeApkg(SQL)) });
	await expect(page.getByRole('status')).toHaveText('Added “Geography – South America” with 3 cards.');
	await expect(page.locator('.decks li')).toHaveCount(before + 1);
});
