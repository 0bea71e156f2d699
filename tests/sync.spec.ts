import { test, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { openLibrary, answerCard, importDeck, storedReviews, waitForServiceWorker } from './helpers';
import { setupLearner } from '../src/cli/sync-setup';
import { learnerDbName } from '../src/lib/sync/rules';

// Two browser contexts are two devices of one learner, syncing through the pouchdb-server Playwright started.
const SERVER = new URL(process.env.SYNC_ORIGIN ?? 'http://localhost:5984').origin;
const ADMIN = { name: 'admin', password: process.env.SYNC_TEST_ADMIN_PASSWORD! };
const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));
const DECK = '/deck/lakeside-bridge';

/** A new learner on the sync server (sync-setup), so each test starts from an empty database. */
async function learner(): Promise<{ name: string; password: string }> {
	const name = `learner-${randomUUID().slice(0, 8)}`;
	await setupLearner(SERVER.replace('localhost', '127.0.0.1'), ADMIN, name, 'pw-123456');
	return { name, password: 'pw-123456' };
}

/** A device: a fresh browser context with the sample deck, signed in to sync. */
async function device(browser: Browser, who: { name: string; password: string }): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await openLibrary(page);
	await importDeck(page, 'lakeside.json', deck);
	await expect(page.getByRole('status')).toContainText('Added');
	await page.goto('/settings');
	await page.getByLabel('Server address').fill(SERVER);
	await page.getByLabel('Name', { exact: true }).fill(who.name);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in and sync' }).click();
	await expect(page.getByTestId('sync-status')).toHaveText('Synced');
	return page;
}

/** Runs a pass from Settings and waits for its outcome. */
async function syncNow(page: Page, expected = 'Synced') {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByTestId('sync-status')).toContainText(expected);
}

async function counts(page: Page) {
	await page.goto(DECK);
	await expect(page.getByTestId('count-new')).not.toHaveText('');
	return Promise.all(['count-new', 'count-learning', 'count-due'].map((id) => page.getByTestId(id).textContent()));
}

test('two devices study offline, then sync: every review once on both, counts agree', async ({ browser }) => {
	const who = await learner();
	const phone = await device(browser, who);
	const laptop = await device(browser, who);
	for (const page of [phone, laptop]) {
		await page.goto(`${DECK}/study`);
		await expect(page.locator('#prompt')).toBeVisible();
		await page.context().setOffline(true);
	}
	await answerCard(phone, 'Easy');
	await expect(phone.getByTestId('progress')).toContainText('1 done');
	for (let i = 1; i <= 3; i++) {
		await answerCard(laptop, 'Easy');
		if (i < 3) await expect(laptop.getByTestId('progress')).toContainText(`${i} done`);
	}
	await expect(laptop.getByRole('heading', { name: 'Done for now' })).toBeVisible();
	// Still offline: a pass says so and keeps the answers waiting.
	await laptop.evaluate(() => dispatchEvent(new Event('offline')));
	for (const page of [phone, laptop]) await page.context().setOffline(false);
	await syncNow(phone);
	await syncNow(laptop);
	await syncNow(phone);
	const [p, l] = [await storedReviews(phone, 'lakeside-bridge'), await storedReviews(laptop, 'lakeside-bridge')];
	expect(p).toHaveLength(4);
	const ids = (rows: typeof p) => rows.map((r) => `${r.cardId}@${r.review}`).sort();
	expect(ids(p)).toEqual(ids(l));
	expect(new Set(ids(p)).size).toBe(4);
	expect(await counts(phone)).toEqual(await counts(laptop));
	await phone.goto('/settings');
	await expect(phone.getByTestId('sync-pending')).toHaveText('0');
});

test('offline, then the network drops during replication: a clear status, nothing lost, caught up later', async ({ browser }) => {
	const who = await learner();
	const page = await device(browser, who);
	await page.goto(`${DECK}/study`);
	// Settings must open offline too: wait until the service worker has the app.
	await waitForServiceWorker(page);
	await page.context().setOffline(true);
	await answerCard(page, 'Easy');
	await expect(page.getByTestId('progress')).toContainText('1 done');
	await syncNow(page, 'Offline: The sync server did not answer');
	await expect(page.getByTestId('sync-pending')).toHaveText('1');
	await page.context().setOffline(false);
	// The connection breaks exactly when the answers are being sent.
	await page.route(`${SERVER}/**/_bulk_docs`, (route) => route.abort('connectionreset'));
	await syncNow(page, 'Offline');
	await expect(page.getByTestId('sync-pending')).toHaveText('1');
	await page.unroute(`${SERVER}/**/_bulk_docs`);
	await syncNow(page);
	await expect(page.getByTestId('sync-pending')).toHaveText('0');
	expect(await storedReviews(page, 'lakeside-bridge')).toHaveLength(1);
	const onServer = await fetch(`${SERVER.replace('localhost', '127.0.0.1')}/${learnerDbName(who.name)}/_all_docs`, { headers: { authorization: `Basic ${btoa(`admin:${ADMIN.password}`)}` } });
	expect((await onServer.json()).rows.filter((r: { id: string }) => r.id.startsWith('review:'))).toHaveLength(1);
});

test('a hostile document from the server is refused and shown only as text', async ({ browser }) => {
	const who = await learner();
	const page = await device(browser, who);
	const evil = { type: 'review', owner: who.name, uid: 'x', deckId: 'lakeside-bridge', cardId: 'c', rating: '<img src=x onerror="window.__pwned=1">', review: 1 };
	const put = await fetch(`${SERVER.replace('localhost', '127.0.0.1')}/${learnerDbName(who.name)}/${encodeURIComponent("review:<b>evil</b>")}`, {
		method: 'PUT',
		headers: { authorization: `Basic ${btoa(`admin:${ADMIN.password}`)}`, 'content-type': 'application/json' },
		body: JSON.stringify(evil)
	});
	expect(put.status).toBe(201);
	await syncNow(page);
	const rejected = page.getByTestId('sync-rejected');
	await expect(rejected).toContainText('review:<b>evil</b>: rating: expected a rating 1 to 4');
	await expect(rejected.locator('img, b')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await storedReviews(page, 'lakeside-bridge')).toHaveLength(0);
});

test('a wrong password is refused and nothing is switched on', async ({ page }) => {
	const who = await learner();
	await page.goto('/settings');
	await page.getByLabel('Server address').fill(SERVER);
	await page.getByLabel('Name', { exact: true }).fill(who.name);
	await page.getByLabel('Password').fill('wrong');
	await page.getByRole('button', { name: 'Sign in and sync' }).click();
	await expect(page.getByRole('alert')).toHaveText('The server did not accept that name and password.');
	await expect(page.getByTestId('sync-status')).toHaveText('Off');
	await page.getByLabel('Server address').fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Sign in and sync' }).click();
	await expect(page.getByRole('alert')).toHaveText('Server address: expected http or https.');
});
