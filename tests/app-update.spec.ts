import { test, expect } from '@playwright/test';
import { openLibrary, waitForServiceWorker, answerCard, storedReviews, studySampleDeck } from './helpers';

test('an app update waits for the learner, then resumes the session with nothing lost', async ({ page }) => {
	await openLibrary(page);
	await waitForServiceWorker(page);
	await studySampleDeck(page);
	const first = await answerCard(page, 'Easy');
	await expect(page.locator('#prompt')).not.toHaveText(first ?? '');
	// Mid-card: the learner has picked a choice and sees the answer.
	const prompt = await page.locator('#prompt').textContent();
	await page.locator('.choice').nth(1).click();
	await expect(page.getByTestId('answer')).toBeVisible();

	// A new version is deployed: the browser finds a changed service worker (here: a new script URL, which
	// the browser treats like changed bytes; Playwright cannot reroute the worker's own script fetch).
	await page.evaluate(async () => {
		await navigator.serviceWorker.register('/service-worker.js?v=next');
		(window as unknown as { marker: number }).marker = 1;
	});
	await expect(page.getByText('New version available')).toBeVisible();

	// Nothing happens by itself: the new worker waits, the page is not reloaded, the card is still there.
	await page.waitForTimeout(1500);
	const waiting = await page.evaluate(async () => {
		const reg = (await navigator.serviceWorker.getRegistration())!;
		return { waiting: reg.waiting?.state, marker: (window as unknown as { marker?: number }).marker };
	});
	expect(waiting).toEqual({ waiting: 'installed', marker: 1 });
	await expect(page.locator('#prompt')).toHaveText(prompt ?? '');
	await expect(page.getByTestId('answer')).toBeVisible();

	// Only the learner's click activates it; the reloaded page resumes the same card, answer shown.
	await page.getByRole('button', { name: 'Reload' }).click();
	await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === undefined);
	await expect(page.locator('#prompt')).toHaveText(prompt ?? '');
	await expect(page.getByTestId('progress')).toContainText('1 done');
	await expect(page.getByTestId('answer')).toBeVisible();
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\?v=next$/);
	await page.getByRole('button', { name: 'Good', exact: true }).click();
	// Good keeps a new card in its learning steps, so it is not "done": wait for the stored answer instead.
	await expect.poll(async () => (await storedReviews(page, 'lakeside-bridge')).length).toBe(2);
});

test('a reload mid-session resumes where the learner was', async ({ page }) => {
	await openLibrary(page);
	await studySampleDeck(page);
	const first = await answerCard(page, 'Easy');
	await expect(page.locator('#prompt')).not.toHaveText(first ?? '');
	const prompt = await page.locator('#prompt').textContent();
	await page.reload();
	await expect(page.locator('#prompt')).toHaveText(prompt ?? '');
	await expect(page.getByTestId('progress')).toContainText('1 done · 2 left');
});
