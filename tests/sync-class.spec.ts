import { test, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { openLibrary, importDeck, answerCard } from './helpers';
import AxeBuilder from '@axe-core/playwright';
import { setupClass, setupLearner } from '../src/cli/sync-setup';

// A teacher and two would-be students, each a browser context, against the pouchdb-server Playwright started.
const SERVER = new URL(process.env.SYNC_ORIGIN ?? 'http://localhost:5984').origin;
const ADMIN_URL = SERVER.replace('localhost', '127.0.0.1');
const ADMIN = { name: 'admin', password: process.env.SYNC_TEST_ADMIN_PASSWORD! };
const deck = { ...JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8')), id: 'week-1', title: 'Week 1: the bridge' };

async function signedIn(browser: Browser, name: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/settings');
	await page.getByLabel('Server address').fill(SERVER);
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Password').fill('pw-123456');
	await page.getByRole('button', { name: 'Sign in and sync' }).click();
	await expect(page.getByTestId('sync-status')).toHaveText('Synced');
	return page;
}

test('a teacher publishes a deck; a student who joins by link gets it; an outsider does not', async ({ browser }) => {
	const run = randomUUID().slice(0, 6);
	const [teacher, student, outsider, className] = [`t-${run}`, `s-${run}`, `o-${run}`, `Civics ${run}`];
	for (const name of [teacher, student, outsider]) await setupLearner(ADMIN_URL, ADMIN, name, 'pw-123456');
	await setupClass(ADMIN_URL, ADMIN, className, teacher, [student]);

	const t = await signedIn(browser, teacher);
	await openLibrary(t);
	await importDeck(t, 'week-1.json', deck);
	await expect(t.getByRole('status')).toContainText('Added');
	await t.goto('/settings');
	await t.getByLabel('Class name').fill(className);
	await t.getByRole('button', { name: 'Join', exact: true }).click();
	const row = t.getByTestId('class-row');
	await expect(row).toContainText('You teach this class');
	const link = await t.getByTestId('join-link').textContent();
	await row.getByText('QR code').click();
	await expect(row.getByRole('img', { name: `QR code for ${link}` })).toBeVisible();
	await row.getByLabel('Deck').selectOption({ label: 'Week 1: the bridge' });
	await row.getByRole('button', { name: 'Publish to class' }).click();
	await expect(t.getByTestId('class-message')).toHaveText(`Published “Week 1: the bridge” to ${className}.`);

	const s = await signedIn(browser, student);
	await s.goto(link!);
	await expect(s.getByTestId('class-invite')).toContainText(className);
	await s.getByRole('button', { name: 'Join class' }).click();
	await expect(s.getByTestId('class-row')).toContainText('Student');
	await openLibrary(s);
	await expect(s.getByRole('link', { name: 'Week 1: the bridge' })).toBeVisible();
	// A student cannot publish to the class.
	await s.goto('/settings');
	await expect(s.getByRole('button', { name: 'Publish to class' })).toHaveCount(0);

	const o = await signedIn(browser, outsider);
	await o.goto(link!);
	await o.getByRole('button', { name: 'Join class' }).click();
	await expect(o.getByTestId('class-row')).toContainText(`You are not in the class “${className}” on this server`);
	await openLibrary(o);
	await expect(o.getByRole('link', { name: 'Week 1: the bridge' })).toHaveCount(0);
});

test("the teacher's class page shows the opted-in student's progress and not the other's", async ({ browser }) => {
	const run = randomUUID().slice(0, 6);
	const [teacher, sam, kim, className] = [`t-${run}`, `sam-${run}`, `kim-${run}`, `History ${run}`];
	for (const name of [teacher, sam, kim]) await setupLearner(ADMIN_URL, ADMIN, name, 'pw-123456');
	await setupClass(ADMIN_URL, ADMIN, className, teacher, [sam, kim]);

	const t = await signedIn(browser, teacher);
	await openLibrary(t);
	await importDeck(t, 'week-1.json', deck);
	await expect(t.getByRole('status')).toContainText('Added');
	await t.goto(`/settings?join=${encodeURIComponent(className)}`);
	await t.getByRole('button', { name: 'Join class' }).click();
	await t.getByTestId('class-row').getByRole('button', { name: 'Publish to class' }).click();
	await expect(t.getByTestId('class-message')).toContainText('Published');

	const missed: string[] = [];
	for (const [name, share] of [[sam, true], [kim, false]] as const) {
		const s = await signedIn(browser, name);
		await s.goto(`/settings?join=${encodeURIComponent(className)}`);
		await s.getByRole('button', { name: 'Join class' }).click();
		await expect(s.getByTestId('class-row')).toContainText('Student');
		if (share) await s.getByLabel("Share my progress on this class's decks with the teacher").check();
		await s.goto('/deck/week-1/study');
		missed.push((await answerCard(s, 'Again')) ?? '');
		await expect(s.locator('#prompt')).not.toHaveText(missed.at(-1)!);
		await answerCard(s, 'Easy');
		await expect(s.getByTestId('progress')).toContainText('1 done');
		await s.goto('/settings');
		await s.getByRole('button', { name: 'Sync now' }).click();
		await expect(s.getByTestId('sync-status')).toHaveText('Synced');
	}

	await t.goto(`/class?name=${encodeURIComponent(className)}`);
	const rows = t.getByTestId('class-student');
	await expect(rows.filter({ hasText: sam })).toContainText('2 done');
	await expect(rows.filter({ hasText: kim })).toContainText('not shared');
	await expect(t.getByTestId('class-missed')).toContainText(missed[0]);
	await expect(t.getByTestId('class-idle')).toHaveText('Everyone who shares progress studied this week.');
	// The class page and the Sync section with a class: no serious accessibility problems.
	for (const path of [`/class?name=${encodeURIComponent(className)}`, '/settings']) {
		await t.goto(path);
		await expect(t.getByRole('heading', { level: 1 })).toBeVisible();
		if (path === '/settings') await expect(t.getByTestId('class-row')).toContainText('You teach this class');
		else await expect(t.getByTestId('class-grid')).toBeVisible();
		const serious = (await new AxeBuilder({ page: t }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${path}: ${v.id}`)).toEqual([]);
	}
});
