import { test, expect } from '@playwright/test';
import { importSample } from './helpers';

test('choice and typed cards grade themselves; the summary ends the session; undo works there', async ({ page }) => {
	await importSample(page);
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();

	// Choice card, wrong pick: suggested Again, accepted with Enter.
	await expect(page.locator('#prompt')).toContainText('Who said');
	await page.getByRole('button', { name: /Tom Berg/ }).click();
	await expect(page.getByText('Your answer — incorrect')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Continue (Again)' })).toBeVisible();
	await page.keyboard.press('Enter');
	// Again keeps the card in the session: no card done yet, still three left.
	await expect(page.locator('#prompt')).toContainText('river council');
	await expect(page.getByTestId('progress')).toHaveText('0 done · 3 left');

	// Second choice card, right pick: suggested Good, but the learner overrides with Easy.
	await page.getByRole('button', { name: /March 2023/ }).click();
	await expect(page.getByRole('button', { name: 'Continue (Good)' })).toBeVisible();
	await page.getByRole('button', { name: 'Easy', exact: true }).click();
	await expect(page.getByTestId('progress')).toHaveText('1 done · 2 left');

	// Typed card: a lower-case answer with a typo is still right.
	await expect(page.locator('#prompt')).toContainText('mayor of which town');
	await page.getByLabel('Type your answer').fill('lakesid');
	await page.keyboard.press('Enter');
	await expect(page.getByText('✓ Correct')).toBeVisible();
	await expect(page.locator('.source mark')).toHaveText('Lakeside');
	await page.keyboard.press('Enter');
	await expect(page.locator('#prompt')).not.toContainText('mayor of which town');
	await expect(page.getByTestId('progress')).toHaveText('1 done · 2 left');

	// Cards in learning steps come back in the same session (as in Anki); Easy graduates them. Then the summary.
	let more = 0;
	const done = page.getByRole('heading', { name: 'Done for now' });
	for (;;) {
		await expect(page.locator('#prompt').or(done)).toBeVisible();
		if (await done.isVisible()) break;
		const choice = page.getByRole('button', { name: /Ana Ruiz|March 2023/ });
		if (await choice.count()) await choice.click();
		else await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: 'Easy', exact: true }).click();
		more++;
		await expect(page.getByTestId('progress')).toContainText(`${1 + more} done`);
		expect(more).toBeLessThan(6);
	}
	expect(more).toBeGreaterThanOrEqual(1);
	// Three cards (each counted once); remembered on the first try: two of three.
	await expect(page.getByTestId('summary')).toContainText(`You reviewed 3 cards (${3 + more} answers)`);
	await expect(page.getByTestId('summary')).toContainText('remembered 67%');
	await expect(page.getByRole('heading', { name: 'To look at again' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo last answer' }).click();
	await expect(page.locator('#prompt')).toBeVisible();
	await expect(page.getByTestId('progress')).toContainText(`${more} done`);
});

test('suspend and bury take a card out of the session; the cards page can unsuspend it', async ({ page }) => {
	await importSample(page);
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toContainText('Who said');
	await page.getByText('More', { exact: true }).click();
	await page.getByRole('button', { name: 'Suspend card' }).click();
	await expect(page.locator('#prompt')).toContainText('river council');
	await page.getByText('More', { exact: true }).click();
	await page.getByRole('button', { name: 'Bury until tomorrow' }).click();
	await expect(page.locator('#prompt')).toContainText('mayor of which town');
	await page.goto(page.url().replace(/\/study$/, ''));
	await expect(page.getByTestId('count-new')).toHaveText('1');
	await page.goto(page.url() + '/cards');
	await expect(page.getByText(/Suspended/)).toBeVisible();
	await page.getByRole('button', { name: 'Unsuspend' }).click();
	await expect(page.getByRole('button', { name: 'Unsuspend' })).toHaveCount(0);
	await page.goto(page.url().replace(/\/cards$/, ''));
	await expect(page.getByTestId('count-new')).toHaveText('2');
});

test('settings: new cards per day limits a session', async ({ page }) => {
	await importSample(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('New cards per day').fill('1');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Settings saved.');
	await page.getByLabel('Desired retention').fill('2');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('alert')).toContainText('Desired retention');
	await page.goto('/');
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.getByTestId('progress')).toHaveText('0 done · 1 left');
});

test('deleting a deck removes it and its progress; a deleted bundled deck stays deleted', async ({ page }) => {
	await importSample(page);
	await page.getByRole('button', { name: 'Delete deck…' }).click();
	await expect(page.getByRole('alert')).toContainText('Delete “Lakeside bridge opens”');
	await page.getByRole('button', { name: 'Delete deck', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Lakeside bridge opens' })).toHaveCount(0);
	await page.locator('.decks a').first().click();
	const title = await page.getByRole('heading', { level: 1 }).textContent();
	await page.getByRole('button', { name: 'Delete deck…' }).click();
	await page.getByRole('button', { name: 'Delete deck', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await page.reload();
	await expect(page.getByText('No decks yet')).toBeVisible();
	await expect(page.getByRole('link', { name: title ?? '' })).toHaveCount(0);
});
