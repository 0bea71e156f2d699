// `node src/cli/screenshots.mjs`: with the app served on :4173, saves screenshots of the main pages to static/screenshots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
mkdirSync('static/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
	const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme: scheme });
	await page.goto(base + '/');
	await page.locator('.decks a').first().waitFor();
	if (scheme === 'light') await page.screenshot({ path: 'static/screenshots/library.png' });
	await page.locator('.decks a').first().click();
	await page.getByRole('link', { name: 'Study' }).click();
	await page.locator('#prompt').waitFor();
	const show = page.getByRole('button', { name: 'Show answer' });
	if (await show.isVisible()) await show.click();
	else await page.locator('.choice').nth(1).click();
	await page.getByRole('button', { name: 'Good', exact: true }).waitFor();
	await page.screenshot({ path: `static/screenshots/study-${scheme}.png` });
	await page.close();
}
await browser.close();
console.log('screenshots written to static/screenshots/');
