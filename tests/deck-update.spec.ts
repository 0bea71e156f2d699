import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary, answerCard } from './helpers';

const v1 = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));

/** Version 2: one card reworded, one removed, one added; "who-said-1" is unchanged. */
function version2() {
	const v2 = structuredClone(v1);
	v2.createdAt = '2026-01-12T00:00:00.000Z';
	v2.cards[1].prompt = 'In which month was the bridge plan approved?';
	const removed = v2.cards.splice(2, 1)[0];
	v2.cards.push({ ...removed, id: 'where-2', prompt: 'Which town opened a new bridge?' });
	return v2;
}

async function importFile(page: Page, name: string, deck: unknown) {
	await page.getByLabel('Deck file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
}

async function counts(page: Page) {
	return {
		new: await page.getByTestId('count-new').textContent(),
		learning: await page.getByTestId('count-learning').textContent(),
		due: await page.getByTestId('count-due').textContent()
	};
}

test('a newer version shows its changes first; applying keeps progress on unchanged cards', async ({ page }) => {
	await openLibrary(page);
	await importFile(page, 'week1.json', v1);
	await expect(page.getByRole('status')).toContainText('Added “Lakeside bridge opens”');
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toHaveText('Who said: "This bridge joins our two halves"?');
	await answerCard(page, 'Good');
	await expect(page.locator('#prompt')).toContainText('river council');
	await page.goto('/deck/lakeside-bridge');
	await expect(page.getByTestId('count-new')).toHaveText('2');
	const before = await counts(page);

	await page.goto('/');
	await importFile(page, 'week2.json', version2());
	const preview = page.getByTestId('update-preview');
	await expect(preview.getByTestId('update-summary')).toHaveText('1 added, 1 changed, 1 retired');
	await expect(preview).toContainText('Which town opened a new bridge?');
	await expect(preview).toContainText('In which month was the bridge plan approved?');
	await expect(preview).toContainText('was: When did the river council approve the bridge plan?');
	await expect(preview).toContainText('Ana Ruiz is the mayor of which town?');

	// "Not now" changes nothing.
	await preview.getByRole('button', { name: 'Not now' }).click();
	await expect(page.getByTestId('update-preview')).toHaveCount(0);
	await page.goto('/deck/lakeside-bridge');
	expect(await counts(page)).toEqual(before);

	await page.goto('/');
	await importFile(page, 'week2.json', version2());
	await page.getByRole('button', { name: 'Apply update' }).click();
	await expect(page.getByRole('status')).toHaveText('Updated “Lakeside bridge opens”: 1 new, 1 changed, 1 retired, 1 unchanged cards (progress kept).');
	await page.goto('/deck/lakeside-bridge');
	// The studied card keeps its learning state; the retired card is gone and the added one is new.
	expect(await counts(page)).toEqual(before);
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).not.toHaveText('Who said: "This bridge joins our two halves"?');
});

test('importing the same version again changes nothing', async ({ page }) => {
	await openLibrary(page);
	await importFile(page, 'week1.json', v1);
	await expect(page.getByRole('status')).toContainText('Added');
	await importFile(page, 'again.json', v1);
	await expect(page.getByRole('status')).toHaveText('“Lakeside bridge opens” is already in your library, unchanged.');
	await expect(page.getByTestId('update-preview')).toHaveCount(0);
});

test('a card the learner edited keeps the edit through an update that rewords it, and the preview says so', async ({ page }) => {
	await openLibrary(page);
	await importFile(page, 'week1.json', v1);
	await expect(page.getByRole('status')).toContainText('Added');
	await page.goto('/deck/lakeside-bridge/card/when-1');
	await page.getByLabel('Prompt of card 1').fill('When did the council say yes to the bridge?');
	await page.getByRole('button', { name: 'Save card' }).click();
	await expect(page.locator('#card-when-1')).toContainText('When did the council say yes to the bridge?');

	await page.goto('/');
	await importFile(page, 'week2.json', version2());
	const preview = page.getByTestId('update-preview');
	await expect(preview.getByTestId('update-summary')).toHaveText('1 added, 1 retired, 1 of your edits kept');
	await expect(preview.getByRole('heading', { name: 'Your edits kept (1)' })).toBeVisible();
	await expect(preview).toContainText('update: In which month was the bridge plan approved?');
	await preview.getByRole('button', { name: 'Apply update' }).click();
	await expect(page.getByRole('status')).toContainText('1 card you edited kept your wording.');
	await page.goto('/deck/lakeside-bridge/cards');
	await expect(page.locator('#card-when-1')).toContainText('When did the council say yes to the bridge?');
});
