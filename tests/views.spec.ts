import { test, expect } from '@playwright/test';
import { openLibrary, answerCard } from './helpers';

test('stats show reviews per day, retention, states, forecast and streak as charts', async ({ page }) => {
	await openLibrary(page);
	await page.locator('.decks a').first().click();
	await page.getByRole('link', { name: 'Study' }).click();
	for (let i = 0; i < 3; i++) await answerCard(page, 'Good');
	await page.locator('.bar a.back').click();
	await page.getByRole('main').getByRole('link', { name: 'Statistics' }).click();
	await expect(page.getByTestId('stats-today')).toContainText('3 reviews today · streak 1 day');
	await expect(page.getByRole('img', { name: /Reviews per day.*3 in all/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Due in the next 30 days/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Learning 3/ })).toBeVisible();
	await expect(page.getByRole('row', { name: /Today/ })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
	await expect(page).toHaveURL(/\/stats$/);
	await expect(page.getByTestId('stats-today')).toContainText('3 reviews today');
});

test('timeline and map of the seed deck link to its cards, and the map works offline', async ({ page, context }) => {
	await openLibrary(page);
	await page.locator('.decks a').first().click();
	await expect(page.getByTestId('count-new')).toBeVisible();
	const deckUrl = page.url();
	await page.getByRole('link', { name: 'Timeline' }).click();
	const items = page.locator('.timeline li');
	await expect(items.first()).toBeVisible();
	const years = await page.locator('.timeline time').allTextContents();
	const keys = years.map((y) => Number(/\d{4}/.exec(y)?.[0] ?? 0));
	expect([...keys].sort((a, b) => a - b)).toEqual(keys);
	const link = items.first().getByRole('link');
	const target = (await link.getAttribute('href'))!.split('#')[1];
	await link.click();
	await expect(page.locator(`[id="${target}"]`)).toBeInViewport();

	await page.goto(deckUrl + '/map');
	await expect(page.locator('svg.map a').first()).toBeAttached({ timeout: 15_000 });
	await expect(page.getByRole('heading', { name: 'Places' })).toBeVisible();
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect(page.locator('svg.map a').first()).toBeAttached({ timeout: 15_000 });
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('svg.map a').first()).toBeAttached({ timeout: 15_000 });
	await context.setOffline(false);
});
