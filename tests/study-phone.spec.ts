import { test, expect, type Page } from '@playwright/test';
import { openLibrary } from './helpers';

// Phone-first study: at 390×844 every card of the seed deck and its controls fit the screen, front and answered.
test.use({ viewport: { width: 390, height: 844 } });

/** Whether the element's box lies wholly inside the viewport. */
const inViewport = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
	});
const scrolls = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);

test('seed deck at 390×844: the answer bar is fixed in reach and the page does not scroll, front and answered', async ({ page }) => {
	await openLibrary(page);
	await page.locator('.decks a').first().click();
	const total = Number(await page.getByTestId('count-new').textContent());
	expect(total).toBeGreaterThan(2);
	await page.getByRole('link', { name: 'Study' }).click();
	for (let i = 0; i < total; i++) {
		const prompt = (await page.locator('#prompt').textContent()) ?? '';
		// Front: either choices or the bar's Show answer, all on screen.
		const show = page.getByRole('button', { name: 'Show answer' });
		if (await show.isVisible()) expect(await inViewport(page, '[data-testid="answer-bar"]'), prompt).toBe(true);
		else expect(await inViewport(page, '.choices'), prompt).toBe(true);
		expect(await scrolls(page), `front of “${prompt}” scrolls`).toBeLessThanOrEqual(0);

		if (await show.isVisible()) await show.click();
		else await page.locator('.choice').first().click();
		await expect(page.getByRole('button', { name: 'Easy', exact: true })).toBeVisible();
		// Answered: the grades (and Continue) sit in the bottom bar; one answer block and the source, no scrolling.
		const bar = await page.getByTestId('answer-bar').boundingBox();
		expect(bar && bar.y + bar.height).toBeCloseTo(844, 0);
		expect(await inViewport(page, '[data-testid="answer-bar"]')).toBe(true);
		expect(await inViewport(page, '[data-testid="answer"]')).toBe(true);
		expect(await inViewport(page, '.source blockquote')).toBe(true);
		await expect(page.getByTestId('answer')).toHaveCount(1);
		expect(await scrolls(page), `answer of “${prompt}” scrolls`).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Easy', exact: true }).click();
		await expect(page.locator('#prompt').or(page.getByRole('heading', { name: 'Done for now' }))).not.toHaveText(prompt);
	}
	await expect(page.getByRole('heading', { name: 'Done for now' })).toBeVisible();
});

test('a long source sentence is cut around the answer and can be read whole', async ({ page }) => {
	await openLibrary(page);
	await page.locator('.decks a').first().click();
	await page.getByRole('link', { name: 'Study' }).click();
	// The seed deck's first card is a who-said card whose source is two long sentences.
	await page.getByRole('button', { name: 'Show answer' }).click();
	const quote = page.locator('.source blockquote');
	const cut = (await quote.textContent()) ?? '';
	expect(cut).toMatch(/…$/);
	await page.getByRole('button', { name: 'Whole sentence' }).click();
	await expect(page.getByRole('button', { name: 'Shorter' })).toHaveAttribute('aria-expanded', 'true');
	expect(((await quote.textContent()) ?? '').length).toBeGreaterThan(cut.length);
});
