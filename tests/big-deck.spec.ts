import { test, expect, type Page } from '@playwright/test';
import { openLibrary, importDeck } from './helpers';
import { bigDeck } from '../src/lib/deck/fixtures/big-deck';

// A 20,000-card deck (the unit test imports 100,000): the Cards page renders only the rows on screen.
const N = 20_000;
/** Most rows the page may render: a screenful plus the margins, far below the deck's size. */
const MAX_ROWS = 40;

const rows = (page: Page) => page.locator('ol.cards > li');

test.describe.configure({ timeout: 120_000 });

test('a big deck imports, and its Cards page windows the list, scrolls, searches, suspends and follows #card links', async ({ page }) => {
	await openLibrary(page);
	await importDeck(page, 'big.json', bigDeck(N));
	await expect(page.getByRole('status')).toContainText(`Added “Big deck” with ${N} cards.`, { timeout: 60_000 });

	await page.goto('/deck/big-deck/cards');
	await expect(page.getByRole('heading', { name: 'Cards (20,000)' })).toBeVisible();
	await expect(page.locator('#card-c0')).toBeVisible();
	const rendered = await rows(page).count();
	expect(rendered).toBeGreaterThan(0);
	expect(rendered).toBeLessThanOrEqual(MAX_ROWS);
	// The list is as tall as all its rows, so the scroll bar is right.
	const { height, row } = await page.evaluate(() => {
		const li = document.querySelector('ol.cards > li')!;
		const next = li.nextElementSibling!;
		return { height: document.querySelector('ol.cards')!.getBoundingClientRect().height, row: next.getBoundingClientRect().top - li.getBoundingClientRect().top };
	});
	expect(row).toBeGreaterThan(50);
	expect(Math.abs(height - N * row)).toBeLessThan(2);

	// Scrolling far down shows the cards there, still only a screenful of rows.
	await page.evaluate((y) => window.scrollTo(0, y), Math.round(12_345 * row));
	await expect(page.locator('#card-c12345')).toBeInViewport();
	await expect(page.locator('#card-c0')).toHaveCount(0);
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS);

	// Search finds one card among 20,000.
	await page.getByLabel('Search cards').fill('council 19999');
	await expect(page.getByTestId('matches')).toHaveText('1 card');
	await expect(rows(page)).toHaveCount(1);
	await expect(page.locator('#card-c19999')).toBeVisible();

	// Suspend shows on its row without reloading the deck.
	await page.locator('#card-c19999').getByRole('button', { name: 'Suspend' }).click();
	await expect(page.locator('#card-c19999')).toContainText('Suspended');
	await page.locator('#card-c19999').getByRole('button', { name: 'Unsuspend' }).click();
	await expect(page.locator('#card-c19999')).toContainText('New');
	await page.getByLabel('Search cards').fill('');
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS);

	// A link to one card (from the timeline or the map) scrolls to it.
	await page.goto('/deck/big-deck');
	await page.goto('/deck/big-deck/cards#card-c15000');
	await expect(page.locator('#card-c15000')).toBeInViewport();
	await expect(page.locator('#card-c15000')).toBeFocused();
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS);
});
