import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openLibrary } from './helpers';

async function noSeriousViolations(page: Page, where: string) {
	const result = await new AxeBuilder({ page }).analyze();
	const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function fitsWidth(page: Page, where: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`every page: no serious axe violations, fits 360 px (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize({ width: 360, height: 740 });
		await openLibrary(page);
		const check = async (where: string) => {
			await noSeriousViolations(page, where);
			await fitsWidth(page, where);
		};
		await check('library');
		await page.locator('.decks a').first().click();
		await expect(page.getByTestId('count-new')).toBeVisible();
		const deck = page.url();
		await check('deck');
		await page.getByRole('link', { name: 'Study' }).click();
		await expect(page.locator('#prompt')).toBeVisible();
		await check('study question');
		const show = page.getByRole('button', { name: 'Show answer' });
		if (await show.isVisible()) await show.click();
		else await page.locator('.choice').first().click();
		await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
		await check('study answer');
		for (const sub of ['stats', 'timeline', 'map', 'cards']) {
			await page.goto(`${deck}/${sub}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (sub === 'map') await expect(page.locator('svg.map')).toBeVisible({ timeout: 15_000 });
			await check(sub);
		}
		await page.getByRole('link', { name: 'Edit card 1' }).click();
		await expect(page.getByRole('heading', { name: 'Edit card' })).toBeVisible();
		await page.getByLabel('Prompt of card 1').fill('');
		await page.getByRole('button', { name: 'Save card' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await check('card editor with a problem');
		await page.goto(deck);
		await page.locator('ul a[href*="/article/"]').first().click();
		await expect(page.locator('article h1')).toBeVisible();
		await check('article');
		for (const path of ['/stats', '/settings', '/make', '/study']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await check(path);
		}
		if (scheme === 'dark') {
			const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(bg).toBe('rgb(17, 20, 24)');
		}
	});
}
