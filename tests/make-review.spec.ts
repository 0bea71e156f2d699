import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const seed = readFileSync('seeds/000_f7b65d3c32bc7588.txt', 'utf8');

for (const [name, viewport] of [['phone 390×844', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
	test.describe(name, () => {
		test.use({ viewport });

		test('the maker prefills date and outlet, shows cards as the student sees them, flags the weakest, saves without downloading', async ({ page }) => {
			const downloads: string[] = [];
			page.on('download', (d) => downloads.push(d.suggestedFilename()));
			await page.goto('/make');

			// A dateline gives the outlet and the day (in the latest year that is not in the future).
			await page.getByLabel('Article text').fill('Bridge opens\n\nLAKESIDE, Jan 5 (Reuters) - The mayor opened the new bridge on Monday, officials said.');
			await expect(page.getByLabel('Outlet of article 1')).toHaveValue('Reuters');
			await expect(page.getByLabel('Date of article 1')).toHaveValue(/^\d{4}-01-05$/);

			// A ` date ` first line gives the date; the outlet and link are typed, and a bad link is named.
			await page.getByLabel('Article text').fill(seed);
			await expect(page.getByLabel('Date of article 1')).toHaveValue('2024-12-03');
			await expect(page.getByLabel('Outlet of article 1')).toHaveValue('');
			await page.getByLabel('Outlet of article 1').fill('IRNA');
			await page.getByLabel('Link of article 1').fill('news.example/story');
			await page.getByRole('button', { name: 'Make cards' }).click();
			await expect(page.getByRole('alert')).toHaveText(/^Article 1 \(“Pezeshkian and Putin.*”\): the link must be a web address starting with https:\/\/$/);
			await page.getByLabel('Link of article 1').fill('https://news.example/story');
			await page.getByRole('button', { name: 'Make cards' }).click();

			const cards = page.getByTestId('card-editor');
			await expect(cards.first()).toBeVisible({ timeout: 20_000 });
			const count = await cards.count();
			expect(count).toBeGreaterThanOrEqual(3);
			// Choices are shown as buttons with the answer marked; the source sentence names the outlet and date.
			await expect(page.locator('.preview .choice').first()).toBeVisible();
			expect(await page.locator('.preview .choice.right').count()).toBeGreaterThan(0);
			await expect(cards.first().locator('figcaption')).toHaveText(/\(IRNA\), 2024-12-03/);
			expect(await page.locator('.preview blockquote mark').count()).toBeGreaterThan(0);
			// The generator lists each article's cards best first; the last third is flagged for checking.
			await expect(page.getByText('Check this one', { exact: true })).toHaveCount(Math.floor(count / 3));
			await expect(cards.last().getByText('Check this one', { exact: true })).toBeVisible();
			await expect(page.getByRole('status')).toContainText(`${Math.floor(count / 3)} marked “Check this one”`);

			// Edits happen in place and the preview follows.
			await page.getByRole('button', { name: 'Edit card 1' }).click();
			await page.getByLabel('Prompt of card 1', { exact: true }).fill('Who spoke with Putin on the phone on ____?');
			await expect(cards.first().locator('.preview .prompt')).toHaveText('Who spoke with Putin on the phone on ?');
			await expect(cards.first().locator('.preview .prompt .blank')).toHaveCount(1);
			await page.getByRole('button', { name: 'Edit card 1' }).click();
			await expect(page.getByLabel('Prompt of card 1', { exact: true })).toHaveCount(0);

			// The bar that stays in reach is one slim row, and nothing is wider than the screen.
			const bar = (await page.getByTestId('save-bar').boundingBox())!;
			expect(bar.height).toBeLessThan(viewport.height * 0.12);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

			await page.getByRole('button', { name: 'Save to library' }).click();
			await expect(page.getByRole('status')).toContainText(`with ${count} cards`);
			expect(downloads).toEqual([]);
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Download deck file' }).click();
			const file = await download;
			expect(file.suggestedFilename()).toBe('pezeshkian-and-putin-discussed-the-latest-developments-in.json');
			const deck = JSON.parse(readFileSync(await file.path(), 'utf8'));
			expect(deck.articles[0]).toMatchObject({ date: '2024-12-03', outlet: 'IRNA', url: 'https://news.example/story' });
			expect(deck.cards[0].prompt).toBe('Who spoke with Putin on the phone on ____?');
			// Every blank in a prompt is drawn as a blank.
			const blanks = deck.cards.filter((c: { prompt: string }) => c.prompt.includes('____')).length;
			await expect(page.locator('.preview .prompt .blank')).toHaveCount(blanks);
		});
	});
}
