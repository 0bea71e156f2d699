import { test, expect, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary } from './helpers';

const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));
const HOST = 'https://decks.example.org';

/** Serves `files` (path → body) from a teacher's web site, with CORS like a static host. */
async function teacherSite(context: BrowserContext, files: Record<string, unknown>) {
	await context.route(`${HOST}/**`, (route) => {
		const path = new URL(route.request().url()).pathname;
		const body = files[path];
		if (body === undefined) return route.fulfill({ status: 404, body: 'not found', headers: { 'access-control-allow-origin': '*' } });
		route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
	});
}

test('import a deck by URL, then share it with a link and a QR code', async ({ page, context }) => {
	await teacherSite(context, { '/week1.json': deck });
	await openLibrary(page);
	await page.getByText('Import from the web').click();
	await page.getByLabel('Deck URL').fill(`${HOST}/missing.json`);
	await page.getByRole('button', { name: 'Import from URL' }).click();
	await expect(page.getByRole('alert')).toContainText(`${HOST}/missing.json: not a valid deck:\n  the server answered 404`);

	await page.getByLabel('Deck URL').fill(`${HOST}/week1.json`);
	await page.getByRole('button', { name: 'Import from URL' }).click();
	await expect(page.getByRole('status')).toHaveText('Added “Lakeside bridge opens” with 3 cards.');
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await page.getByRole('button', { name: 'Share' }).click();
	const link = `http://localhost:${new URL(page.url()).port}/?deck=${encodeURIComponent(`${HOST}/week1.json`)}`;
	await expect(page.getByLabel('Link that adds this deck')).toHaveValue(link);
	await expect(page.getByRole('img', { name: `QR code for ${link}` })).toBeVisible();
});

test('a /?deck=URL link shows the deck\'s site and adds it only when asked', async ({ page, context }) => {
	await teacherSite(context, { '/week1.json': deck });
	await page.goto(`/?deck=${encodeURIComponent(`${HOST}/week1.json`)}`);
	const offer = page.getByTestId('link-offer');
	await expect(offer.getByRole('heading')).toHaveText('Add a deck from decks.example.org?');
	await expect(offer).toContainText(`${HOST}/week1.json`);
	await expect(page.locator('.decks a').first()).toBeVisible({ timeout: 15_000 });
	await expect(page.getByRole('link', { name: 'Lakeside bridge opens' })).toHaveCount(0);
	await offer.getByRole('button', { name: 'Add deck' }).click();
	await expect(page.getByRole('status')).toHaveText('Added “Lakeside bridge opens” with 3 cards.');
	await expect(offer).toHaveCount(0);
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: 'Lakeside bridge opens' })).toBeVisible();
});

test('a declined /?deck=URL link adds nothing and downloads nothing', async ({ page, context }) => {
	let asked = 0;
	await context.route(`${HOST}/**`, (route) => {
		asked++;
		return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(deck) });
	});
	await page.goto(`/?deck=${encodeURIComponent(`${HOST}/week1.json`)}`);
	await page.getByTestId('link-offer').getByRole('button', { name: 'Don’t add' }).click();
	await expect(page.getByRole('status')).toHaveText('The linked deck was not added.');
	await expect(page.locator('.decks a').first()).toBeVisible({ timeout: 15_000 });
	await expect(page.getByRole('link', { name: 'Lakeside bridge opens' })).toHaveCount(0);
	expect(asked).toBe(0);
});

test('a class catalog is remembered and re-checked when the app comes online', async ({ page, context }) => {
	const entry = (id: string, file: string) => ({ id, title: id, cards: 3, date: '2026-01-05', file });
	const week2 = { ...deck, id: 'week-2', title: 'Week 2 deck' };
	const files: Record<string, unknown> = {
		'/class/index.json': { format: 'newsdeck-catalog', version: 1, decks: [entry('lakeside-bridge', 'week1.json')] },
		'/class/week1.json': deck
	};
	await teacherSite(context, files);
	await openLibrary(page);
	await page.getByText('Import from the web').click();
	await page.getByLabel('Class catalog URL').fill(`${HOST}/class/index.json`);
	await page.getByRole('button', { name: 'Follow catalog' }).click();
	await expect(page.getByRole('status')).toHaveText('Added “Lakeside bridge opens” with 3 cards.');
	await expect(page.getByText(`Following ${HOST}/class/index.json`)).toBeVisible();

	// The teacher publishes week 2; the learner's device goes offline and back online.
	files['/class/index.json'] = { format: 'newsdeck-catalog', version: 1, decks: [entry('lakeside-bridge', 'week1.json'), entry('week-2', 'week2.json')] };
	files['/class/week2.json'] = week2;
	await context.setOffline(true);
	await context.setOffline(false);
	await expect(page.getByRole('link', { name: 'Week 2 deck' })).toBeVisible();

	// Remembered: a reload checks the catalog again (nothing new now).
	await page.reload();
	await page.getByText('Import from the web').click();
	await expect(page.getByText(/Checked .*: 0 new, 0 updated, 0 with problems\./)).toBeVisible();
});

test('a followed catalog whose server never answers: the library stays usable, and the address is named after 30 s', async ({ page, context }) => {
	const entry = { id: 'lakeside-bridge', title: 'Lakeside', cards: 3, date: '2026-01-05', file: 'week1.json' };
	await teacherSite(context, { '/class/index.json': { format: 'newsdeck-catalog', version: 1, decks: [entry] }, '/class/week1.json': deck });
	await page.clock.install();
	await openLibrary(page);
	await page.getByText('Import from the web').click();
	await page.getByLabel('Class catalog URL').fill(`${HOST}/class/index.json`);
	await page.getByRole('button', { name: 'Follow catalog' }).click();
	await expect(page.getByText(`Following ${HOST}/class/index.json`)).toBeVisible();

	// The teacher's server stops answering at all; the app starts again and re-checks the catalog.
	await context.unrouteAll();
	await context.route(`${HOST}/**`, () => {});
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Import deck' })).toBeEnabled();
	await page.getByText('Import from the web').click();
	await expect(page.getByRole('button', { name: 'Import from URL' })).toBeEnabled();
	// The re-check starts once the library has loaded; advancing the fake clock again until its 30 s timer has fired
	// keeps the test from racing that start.
	await expect(async () => {
		await page.clock.runFor(31_000);
		await expect(page.getByRole('alert')).toContainText(`${HOST}/class/index.json: not a valid deck:\n  the server did not answer within 30 s`, { timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
});

test('hostile text in a deck is shown as text, never run', async ({ page, context }) => {
	const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
	const bad = structuredClone(deck);
	bad.id = 'hostile';
	bad.title = `Hostile ${xss}`;
	bad.description = xss;
	bad.articles[0].title = xss;
	for (const c of bad.cards) c.prompt += xss;
	await teacherSite(context, { '/hostile.json': bad });
	await page.goto(`/?deck=${encodeURIComponent(`${HOST}/hostile.json`)}`);
	await page.getByRole('button', { name: 'Add deck' }).click();
	await page.getByRole('link', { name: `Hostile ${xss}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile ${xss}`);
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toContainText(xss);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('main img, main script').count()).toBe(0);
});
