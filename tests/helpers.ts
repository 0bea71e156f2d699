/** Shared steps for the end-to-end journeys. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Opens the library and waits until the seed deck is listed. */
export async function openLibrary(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await expect(page.locator('.decks a').first()).toBeVisible({ timeout: 15_000 });
}

/** Waits until a service worker controls the page (so it can be used offline). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((ok) => navigator.serviceWorker.addEventListener('controllerchange', () => ok(), { once: true }));
		}
	});
}

/** Answers the card on screen: picks the first choice or shows the answer, then grades it Good. */
export async function answerCard(page: Page, grade: 'Again' | 'Hard' | 'Good' | 'Easy' = 'Good') {
	const show = page.getByRole('button', { name: 'Show answer' });
	const choice = page.locator('.choice').first();
	// Wait for the card's own controls, so neither the check nor the click lands on the previous card's screen.
	await expect(show.or(choice).first()).toBeVisible();
	const prompt = await page.locator('#prompt').textContent();
	if (await show.isVisible()) await show.click({ timeout: 5_000 }).catch(() => choice.click());
	else await choice.click();
	await page.getByRole('button', { name: grade, exact: true }).click();
	return prompt;
}

/** Imports the hand-written Lakeside sample deck (3 cards: choice, choice+accept, typed) and opens its deck page. */
export async function importSample(page: Page, mutate?: (deck: any) => void) {
	const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));
	mutate?.(deck);
	await openLibrary(page);
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'lakeside.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
	await expect(page.getByRole('status')).toContainText('Lakeside bridge opens');
	await page.getByRole('link', { name: 'Lakeside bridge opens' }).click();
	await expect(page.getByTestId('count-new')).toHaveText(String(deck.cards.length));
}

/** Imports a deck file through the library's "Import deck" input. */
export async function importDeck(page: Page, name: string, deck: unknown) {
	await page.getByLabel('Deck file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
}

/** Every row (or only the keys) of one object store of the app's database, read straight from IndexedDB. */
function readStore<T>(page: Page, store: string, keys = false): Promise<T[]> {
	return page.evaluate(
		([name, onlyKeys]) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('newsdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const os = open.result.transaction(name).objectStore(name);
					const req = onlyKeys ? os.getAllKeys() : os.getAll();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result as T[]);
					};
				};
			}),
		[store, keys] as const
	);
}

/** The review-log rows of one deck, read straight from IndexedDB. */
export async function storedReviews(page: Page, deckId: string): Promise<{ cardId: string; rating: number; review: number }[]> {
	return (await readStore<{ deckId: string; cardId: string; rating: number; review: number }>(page, 'reviews')).filter((r) => r.deckId === deckId);
}

/** Ids of the decks stored in this browser, sorted, read straight from IndexedDB. */
export async function storedDeckIds(page: Page): Promise<string[]> {
	return (await readStore<string>(page, 'decks', true)).sort();
}

/** Imports tests/fixtures/sample-deck.json (deck "lakeside-bridge", 3 cards) and opens its study page. */
export async function studySampleDeck(page: Page) {
	const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));
	await importDeck(page, 'lakeside.json', deck);
	await expect(page.getByRole('status')).toContainText('Added');
	await page.goto('/deck/lakeside-bridge/study');
	await expect(page.locator('#prompt')).toBeVisible();
}

/** The ratings stored in the review log of one deck, read straight from IndexedDB (in answer order). */
export async function storedRatings(page: Page, deckId: string): Promise<{ cardId: string; rating: number }[]> {
	return (await storedReviews(page, deckId)).sort((a, b) => a.review - b.review).map((r) => ({ cardId: r.cardId, rating: r.rating }));
}

/** Presses Tab until the element matching `name` (an accessible name) has focus; fails after 30 presses. */
export async function tabTo(page: Page, target: import('@playwright/test').Locator) {
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('could not reach the control with Tab');
}
