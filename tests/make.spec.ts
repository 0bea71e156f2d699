import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary, waitForServiceWorker } from './helpers';

const seed = readFileSync('seeds/000_f7b65d3c32bc7588.txt', 'utf8');

test('offline: paste the seed article, edit a card, save, and study it', async ({ page, context }) => {
	await openLibrary(page);
	await waitForServiceWorker(page);
	// Everything below runs with the network off: the page, the generator worker and the database.
	await context.setOffline(true);
	await page.getByRole('link', { name: 'Make a deck' }).click();
	await expect(page.getByRole('heading', { name: 'Make a deck' })).toBeVisible();

	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('alert')).toHaveText('Paste an article (or drop .txt / .md files) first.');

	await page.getByLabel('Article text').fill(seed);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByTestId('card-editor').first()).toBeVisible({ timeout: 20_000 });
	const count = await page.getByTestId('card-editor').count();
	expect(count).toBeGreaterThanOrEqual(3);
	await expect(page.getByTestId('card-editor').first().locator('blockquote')).not.toBeEmpty();

	// A cleared prompt is refused at its field; fixing it lets the deck save.
	await page.getByRole('button', { name: 'Edit card 2' }).click();
	const prompt2 = page.getByLabel('Prompt of card 2', { exact: true });
	const original2 = await prompt2.inputValue();
	await prompt2.fill('');
	await page.getByRole('button', { name: 'Save to library' }).click();
	await expect(page.getByRole('alert')).toContainText('1 problem to fix before saving');
	await expect(prompt2).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#card-2-prompt-error')).toHaveText('expected a non-empty string');
	await prompt2.fill(original2);

	// Edit card 1 in place (a typed card now), delete card 3, add a card of our own.
	await page.getByRole('button', { name: 'Edit card 1' }).click();
	await page.getByLabel('Prompt of card 1', { exact: true }).fill('EDITED: who spoke on the phone with Putin?');
	await page.getByRole('button', { name: 'No choices (typed answer)' }).click();
	await page.getByLabel('Answer of card 1', { exact: true }).fill('Pezeshkian');
	await page.getByRole('button', { name: 'Delete card 3' }).click();
	await expect(page.getByTestId('card-editor')).toHaveCount(count - 1);
	await page.getByLabel('Source sentence for a new card').selectOption({ index: 0 });
	await page.getByRole('button', { name: 'Add card' }).click();
	await expect(page.getByLabel(`Prompt of card ${count}`, { exact: true })).toBeFocused();
	await page.getByLabel(`Prompt of card ${count}`, { exact: true }).fill('What did the two leaders discuss?');
	await page.getByLabel(`Answer of card ${count}`, { exact: true }).fill('Syria');

	await page.getByRole('button', { name: 'Save to library' }).click();
	await expect(page.getByRole('status')).toContainText(`with ${count} cards`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download deck file' }).click();
	const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(file.cards[0].prompt).toBe('EDITED: who spoke on the phone with Putin?');
	expect(file.cards).toHaveLength(count);

	await page.getByRole('link', { name: 'Open the deck' }).click();
	await expect(page.getByTestId('count-new')).toHaveText(String(count));
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toHaveText('EDITED: who spoke on the phone with Putin?');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByText('Pezeshkian').first()).toBeVisible();
	await page.getByRole('button', { name: 'Good', exact: true }).click();
	// Saved offline: the next card is shown.
	await expect(page.locator('#prompt')).not.toHaveText('EDITED: who spoke on the phone with Putin?');
	await context.setOffline(false);
});

test('cancel stops the generator at once: the next small job is not kept waiting', async ({ page }) => {
	await page.goto('/make');
	// Forty long articles spend many seconds in one step (writing cards), in which a worker reads no messages.
	const long = Buffer.from(Array(Math.floor(190_000 / seed.length)).fill(seed.replace(/^ date \S+ /, '')).join('\n\n'));
	const files = Array.from({ length: 40 }, (_, i) => ({ name: `long-${i + 1}.txt`, mimeType: 'text/plain', buffer: long }));
	await page.getByLabel('Article files (.txt, .md)').setInputFiles(files);
	await expect(page.getByRole('list', { name: 'Article files' }).getByRole('listitem')).toHaveCount(40);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('status')).toContainText('Writing cards', { timeout: 45_000 });
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toHaveText('Cancelled. Your articles are still here.');
	await expect(page.getByRole('list', { name: 'Article files' }).getByRole('listitem')).toHaveCount(40);

	for (let i = 40; i > 0; i--) await page.getByRole('button', { name: `Remove long-${i}.txt` }).click();
	await page.getByLabel('Article text').fill(seed);
	await page.getByRole('button', { name: 'Make cards' }).click();
	// Playwright's usual wait: a worker still busy with the cancelled job would take far longer.
	await expect(page.getByTestId('card-editor').first()).toBeVisible();
});

test('dropped .txt files become articles; other files are refused by name', async ({ page }) => {
	await page.goto('/make');
	await page.getByLabel('Article files (.txt, .md)').setInputFiles([
		{ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(seed) },
		{ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) }
	]);
	await expect(page.getByRole('alert')).toHaveText('photo.png: not a .txt or .md file.');
	await expect(page.getByRole('list', { name: 'Article files' })).toContainText('seed.txt');
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByTestId('card-editor').first()).toBeVisible({ timeout: 20_000 });
});

test('pasted text: markup stays text, and an oversized article is refused by name', async ({ page }) => {
	await page.goto('/make');
	const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
	await page.getByLabel('Article text').fill('word '.repeat(60_000));
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('alert')).toHaveText('pasted-1: 299,999 characters; the limit is 200,000.');
	await page.getByLabel('Article text').fill(seed.replace('on the phone on Monday.', `on the phone on Monday. ${xss}`));
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByTestId('card-editor').first()).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Edit card 1' }).click();
	await page.getByLabel('Prompt of card 1', { exact: true }).fill(`Prompt ${xss}`);
	await expect(page.getByLabel('Source sentence for a new card')).toContainText('<img src=x');
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('main img, main script').count()).toBe(0);
});
