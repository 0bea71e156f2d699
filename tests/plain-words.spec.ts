// Issue 17 item 7: a danger action that looks like one, import errors in plain words, a calm storage notice.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openLibrary } from './helpers';

async function seriousViolations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`Delete deck is styled as a danger action, and axe stays clean (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openLibrary(page);
		await page.locator('.decks a').first().click();
		const ask = page.getByRole('button', { name: 'Delete deck…' });
		const study = page.locator('main').getByRole('link', { name: 'Statistics' });
		const bad = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bad').trim());
		const color = (el: Element) => getComputedStyle(el).color;
		const toRgb = await page.evaluate((c) => {
			const probe = document.createElement('span');
			probe.style.color = c;
			document.body.append(probe);
			const out = getComputedStyle(probe).color;
			probe.remove();
			return out;
		}, bad);
		expect(await ask.evaluate(color)).toBe(toRgb);
		expect(await ask.evaluate(color)).not.toBe(await study.evaluate(color));
		expect(await ask.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(toRgb);
		await ask.click();
		const confirm = page.getByRole('button', { name: 'Delete deck', exact: true });
		expect(await confirm.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(toRgb);
		expect(await seriousViolations(page)).toEqual([]);
	});
}

test('a deck file with a JSON typo is refused in plain words naming the file, line and column', async ({ page }) => {
	await openLibrary(page);
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "newsdeck",\n}') });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('typo.json');
	await expect(alert).toContainText('line 3, column 1');
	await expect(alert).toContainText('such as a comma, quote or bracket');
	expect(await alert.textContent()).not.toMatch(/Unexpected|position \d|token|is not valid JSON/);
});

test('"Storage is not persistent" is a calm note that says what it means and what to do', async ({ page }) => {
	await page.addInitScript(() => {
		StorageManager.prototype.persisted = async () => false;
		StorageManager.prototype.persist = async () => false;
	});
	await page.goto('/settings');
	const note = page.getByTestId('persisted');
	await expect(note).toContainText('Storage is not persistent');
	await expect(note).toContainText('Your progress is kept');
	await expect(note).toContainText(/runs?\s+low\s+on\s+space/);
	await expect(note).toContainText('install the app');
	await expect(note).toContainText('allow persistent storage');
	expect(await note.evaluate((el) => el.closest('strong, b') === null && el.querySelector('strong, b') === null)).toBe(true);
	expect(Number(await note.evaluate((el) => getComputedStyle(el).fontWeight))).toBeLessThan(600);
	await expect(page.getByRole('button', { name: 'Allow persistent storage' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
