import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary } from './helpers';

const deck = readFileSync('tests/fixtures/sample-deck.json', 'utf8');

test('export a deck as .json, CSV, Anki and Quizlet files', async ({ page }) => {
	await openLibrary(page);
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'lakeside.json', mimeType: 'application/json', buffer: Buffer.from(deck) });
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	const get = async (button: string) => {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		const d = await download;
		return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
	};
	const json = await get('Download deck (.json)');
	expect(json.name).toBe('lakeside-bridge-opens.json');
	expect(JSON.parse(json.text)).toEqual(JSON.parse(deck));
	const csv = await get('Export CSV (spreadsheet)');
	expect(csv.text.startsWith('\ufefffront,back,tags\r\n')).toBe(true);
	const anki = await get('Export for Anki (.txt)');
	expect(anki.name).toBe('lakeside-bridge-opens-anki.txt');
	expect(anki.text).toContain('#separator:tab');
	const quizlet = await get('Export for Quizlet (.txt)');
	expect(quizlet.text.split('\n')[2]).toBe('Ana Ruiz is the mayor of which town?\tLakeside');
	// A deck without a web address travels inside its link, small enough for a QR code.
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.getByLabel('Link that adds this deck')).toHaveValue(/\/#deck=[\w-]+$/);
	await expect(page.getByRole('img', { name: 'QR code of the link that carries this deck' })).toBeVisible();
});

test('import a Quizlet export and an Anki export; a bad CSV row is named by line and changes nothing', async ({ page }) => {
	await openLibrary(page);
	const before = await page.locator('.decks li').count();
	await page.getByLabel('Deck file to import').setInputFiles([
		{ name: 'Capitals.txt', mimeType: 'text/plain', buffer: Buffer.from('Paris\tcapital of France\nBerlin\tcapital of Germany\n') },
		{ name: 'anki.txt', mimeType: 'text/plain', buffer: Buffer.from('#separator:tab\n#html:true\n#deck:Anki words\n#tags column:3\nOne<br>two\t<b>three</b>\tnumbers\n') }
	]);
	await expect(page.getByRole('status')).toHaveText('Added “Capitals” with 2 cards.\nAdded “Anki words” with 1 card.');
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('front,back\nok,fine\n,missing front\n') });
	await expect(page.getByRole('alert')).toHaveText('broken.csv: not a valid deck:\n  line 3: the front (column 1) is empty');
	await expect(page.locator('.decks li')).toHaveCount(before + 2);
	await page.getByRole('link', { name: 'Capitals' }).click();
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toHaveText('Paris');
});

test('a dropped deck file is imported', async ({ page }) => {
	await openLibrary(page);
	const data = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
		return dt;
	}, deck);
	await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: data });
	await expect(page.getByRole('status')).toHaveText('Added “Lakeside bridge opens” with 3 cards.');
});
