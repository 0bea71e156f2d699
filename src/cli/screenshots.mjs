// `node src/cli/screenshots.mjs`: with the built app served (BASE_URL, default :4173), saves screenshots of the main pages to static/screenshots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
mkdirSync('static/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shot = (page, name) => page.screenshot({ path: `static/screenshots/${name}.png` });

for (const scheme of ['light', 'dark']) {
	const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme: scheme });
	await page.goto(base + '/');
	await page.locator('.decks a').first().waitFor();
	if (scheme === 'light') await shot(page, 'library');
	await page.locator('.decks a').first().click();
	await page.getByTestId('count-new').waitFor();
	const deck = page.url();
	await page.getByRole('link', { name: 'Study' }).click();
	await page.locator('#prompt').waitFor();
	for (let i = 0; i < 3; i++) {
		const show = page.getByRole('button', { name: 'Show answer' });
		if (await show.isVisible()) await show.click();
		else await page.locator('.choice').first().click();
		await page.getByRole('button', { name: 'Good', exact: true }).waitFor();
		if (i === 2) break;
		await page.getByRole('button', { name: 'Good', exact: true }).click();
		await page.getByTestId('progress').getByText(`${i + 1} done`).waitFor();
	}
	await shot(page, `study-${scheme}`);
	if (scheme === 'light') {
		await page.setViewportSize({ width: 900, height: 1300 });
		for (const sub of ['stats', 'timeline', 'map']) {
			await page.goto(`${deck}/${sub}`);
			await page.getByRole('heading', { level: 1 }).waitFor();
			if (sub === 'map') await page.locator('svg.map a').first().waitFor({ state: 'attached' });
			await shot(page, sub);
		}
		await page.goto(base + '/make');
		await page.getByRole('heading', { level: 1 }).waitFor();
		await shot(page, 'make');
	}
	await page.close();
}
await browser.close();
console.log('screenshots written to static/screenshots/');
