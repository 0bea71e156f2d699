import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary, answerCard, importDeck, storedReviews } from './helpers';

const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));
const DECK = '/deck/lakeside-bridge';

test('two tabs on one deck: live counts, no review lost or counted twice', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openLibrary(a);
	await importDeck(a, 'lakeside.json', deck);
	await expect(a.getByRole('status')).toContainText('Added');

	// Tab B watches the deck page while tab A studies: B's counts follow without a reload.
	await b.goto(DECK);
	await expect(b.getByTestId('count-new')).toHaveText('3');
	await a.goto(`${DECK}/study`);
	const first = await answerCard(a, 'Easy');
	await expect(a.getByTestId('progress')).toContainText('1 done');
	await expect(b.getByTestId('count-new')).toHaveText('2');

	// Now both tabs study and show the same next card.
	await b.goto(`${DECK}/study`);
	const second = await a.locator('#prompt').textContent();
	await expect(b.locator('#prompt')).toHaveText(second ?? '');
	expect(second).not.toBe(first);
	await answerCard(a, 'Easy');
	await expect(a.getByTestId('progress')).toContainText('2 done');
	// B answers the card A already answered: refused, and B moves on to the card A is on.
	await answerCard(b, 'Easy');
	await expect(b.getByTestId('study-notice')).toContainText('Already answered in another tab');
	await expect(b.getByTestId('progress')).toContainText('0 done');
	const third = await a.locator('#prompt').textContent();
	await expect(b.locator('#prompt')).toHaveText(third ?? '');
	await answerCard(b, 'Easy');
	await expect(b.getByRole('heading', { name: 'Done for now' })).toBeVisible();
	await answerCard(a, 'Easy');
	await expect(a.getByTestId('study-notice')).toContainText('Already answered in another tab');
	await expect(a.getByRole('heading', { name: 'Done for now' })).toBeVisible();

	// Exactly one review per card, three in all.
	const rows = await storedReviews(a, 'lakeside-bridge');
	expect(rows).toHaveLength(3);
	expect(new Set(rows.map((r) => r.cardId)).size).toBe(3);
	await a.goto(DECK);
	await expect(a.getByTestId('count-new')).toHaveText('0');
});

test('undo in one tab never wipes a later answer from another tab', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openLibrary(a);
	await importDeck(a, 'lakeside.json', deck);
	await expect(a.getByRole('status')).toContainText('Added');
	await a.goto(`${DECK}/study`);
	const first = await answerCard(a, 'Again');
	// Saved: tab A has moved on to the next card (the one answered Again comes back at the end).
	await expect(a.locator('#prompt')).not.toHaveText(first ?? '');

	// Tab B, five minutes later, gets that card again (its learning step is due) and answers it.
	await b.clock.install({ time: new Date(Date.now() + 5 * 60_000) });
	await b.goto(`${DECK}/study`);
	await expect(b.locator('#prompt')).toHaveText(first ?? '');
	await answerCard(b, 'Good');

	await a.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(a.getByTestId('study-notice')).toContainText('changed since that answer');
	await expect(a.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
	const rows = await storedReviews(a, 'lakeside-bridge');
	expect(rows.filter((r) => r.cardId === rows[0].cardId)).toHaveLength(2);
});
