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
		// Easy finishes a new card (Good keeps it in its learning steps), so the progress line moves on.
		await page.getByRole('button', { name: 'Easy', exact: true }).click();
		await page.getByTestId('progress').getByText(`${i + 1} done`).waitFor();
	}
	// The intervals appear once the scheduler (loaded in the background) has worked them out.
	await page.locator('#interval-3').filter({ hasText: /\d/ }).waitFor();
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
// The phone study screen (390×844): a card's front and, after answering, the answer block, source and bottom bar.
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
await phone.goto(base + '/');
await phone.locator('.decks a').first().click();
await phone.getByRole('link', { name: 'Study' }).click();
await phone.locator('#prompt').waitFor();
// The second card of the seed deck is a choice card: skip the first (typed) one.
await phone.getByRole('button', { name: 'Show answer' }).click();
await phone.getByRole('button', { name: 'Easy', exact: true }).click();
await phone.locator('.choice').first().waitFor();
await shot(phone, 'study-phone-front');
await phone.locator('.choice').nth(3).click();
await phone.locator('#interval-3').filter({ hasText: /\d/ }).waitFor();
await shot(phone, 'study-phone-answered');
await phone.close();
await browser.close();
console.log('screenshots written to static/screenshots/');
