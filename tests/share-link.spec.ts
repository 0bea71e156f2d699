import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { openLibrary, storedDeckIds, waitForServiceWorker } from './helpers';

// The bundled article under another headline, so the made deck is not the bundled one.
const title = 'Week 3: Pezeshkian and Putin discussed the latest developments in Syria on the phone on Monday.';
const article = readFileSync('seeds/000_f7b65d3c32bc7588.txt', 'utf8').replace(' date 2024-12-03 Pezeshkian and Putin discussed', ' date 2024-12-03 Week 3: Pezeshkian and Putin discussed');

test('a made deck travels inside its link: a fresh browser, offline, asks and then adds it', async ({ page, browser }) => {
	await openLibrary(page);
	await page.getByRole('link', { name: 'New deck from articles' }).first().click();
	await page.getByLabel('Article text').fill(article);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByTestId('card-editor').first()).toBeVisible({ timeout: 20_000 });
	const cards = await page.getByTestId('card-editor').count();
	await page.getByRole('button', { name: 'Save to library' }).click();
	const noun = cards === 1 ? 'card' : 'cards';
	await expect(page.getByRole('status')).toContainText(`with ${cards} ${noun}`);
	await page.getByRole('link', { name: 'Open the deck' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.getByLabel('Link that adds this deck').inputValue();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/#deck=[\w-]+$/);
	expect(link).not.toContain('?');

	// Another browser that has the app cached, with the network off: the deck comes from the link alone.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openLibrary(other);
	await waitForServiceWorker(other);
	// The bundled decks are listed at once and stored a moment later.
	await expect.poll(async () => (await storedDeckIds(other)).length).toBeGreaterThan(0);
	const before = await storedDeckIds(other);
	await fresh.setOffline(true);
	await other.goto('/settings');
	await other.goto(link);
	const offer = other.getByTestId('link-offer');
	await expect(offer.getByRole('heading')).toHaveText(`Add “${title}”?`);
	await expect(offer).toContainText(`${cards} ${noun} from 1 article`);
	// Asked, not added: nothing is stored until "Add deck".
	expect(await storedDeckIds(other)).toEqual(before);
	expect(new URL(other.url()).hash).toBe('');
	await offer.getByRole('button', { name: 'Add deck' }).click();
	await expect(other.getByRole('status')).toHaveText(`Added “${title}” with ${cards} ${noun}.`);
	expect((await storedDeckIds(other)).length).toBe(before.length + 1);
	await other.getByRole('link', { name: title }).click();
	await expect(other.getByTestId('count-new')).toHaveText(String(cards));
	await fresh.close();
});

test('a link whose fragment is not a deck says what is wrong, and nothing changes', async ({ page }) => {
	await openLibrary(page);
	await expect.poll(async () => (await storedDeckIds(page)).length).toBeGreaterThan(0);
	const before = await storedDeckIds(page);
	await page.goto('/settings');
	await page.goto('/#deck=this-is!not*a+deck');
	await expect(page.getByRole('alert')).toContainText('the link: not a valid deck:');
	await expect(page.getByRole('alert')).toContainText('the link may be cut off or mistyped');
	await expect(page.getByRole('alert')).toContainText('Nothing was added; your library is as it was.');
	await expect(page.getByTestId('link-offer')).toHaveCount(0);

	// Well packed, but not a deck: the deck schema names the field.
	const packed = deflateRawSync(Buffer.from(JSON.stringify({ format: 'newsdeck', version: 1, id: 'x', title: 'Bad', cards: 'none' }))).toString('base64url');
	await page.goto('/settings');
	await page.goto(`/#deck=${packed}`);
	await expect(page.getByRole('alert')).toContainText('the link: not a valid deck:');
	await expect(page.getByRole('alert')).toContainText('cards:');
	await expect(page.getByTestId('link-offer')).toHaveCount(0);
	expect(await storedDeckIds(page)).toEqual(before);
});

test('a bundled deck links to its own address', async ({ page }) => {
	await openLibrary(page);
	await page.locator('.decks a').first().click();
	await page.getByRole('button', { name: 'Share' }).click();
	const origin = new URL(page.url()).origin;
	await expect(page.getByLabel('Link that adds this deck')).toHaveValue(new RegExp(`^${origin}/\\?deck=${encodeURIComponent(`${origin}/decks/`)}[\\w.-]+\\.json$`));
});

test('a deck too big to travel inside a link says so and offers its file', async ({ page }) => {
	// 600 cards of words that do not repeat: about 60 kB of link, over the 32,000-character limit.
	let seed = 7;
	const word = () => Array.from({ length: 7 }, () => 'abcdefghijklmnopqrstuvwxyz'[(seed = (seed * 48271) % 2147483647) % 26]).join('');
	const sentences = Array.from({ length: 600 }, () => `${word()} ${word()} said ${word()} ${word()}.`);
	const text = sentences.join(' ');
	const deck = {
		format: 'newsdeck', version: 1, id: 'big-unhosted', title: 'Big unhosted deck', language: 'en', createdAt: '2026-01-05T00:00:00.000Z',
		articles: [{ id: 'a1', title: 'Many words', date: '2026-01-05', text }],
		cards: sentences.map((s, i) => ({ id: `flip-${i}`, type: 'flip', prompt: `${s.split(' ')[0]}?`, answer: s.split(' ')[1], source: { articleId: 'a1', sentence: s, start: text.indexOf(s), end: text.indexOf(s) + s.length }, fact: { kind: 'quote' } }))
	};
	await openLibrary(page);
	await page.getByLabel('Deck file to import').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
	await expect(page.getByRole('status')).toContainText('Added “Big unhosted deck” with 600 cards.');
	await page.getByRole('link', { name: 'Big unhosted deck' }).click();
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.getByTestId('share-too-big')).toHaveText(/too big to travel inside a link \(links hold up to 32 kB\)\. Send the deck file instead/);
	await expect(page.getByLabel('Link that adds this deck')).toHaveCount(0);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download deck file (.json)' }).click();
	expect((await download).suggestedFilename()).toBe('big-unhosted-deck.json');
});
