/** Teacher-side queries: whole decks for export, stored cards for update previews, and settings. */
import type { Deck } from '../deck/schema';
import { DECK_VERSION } from '../deck/schema';
import { db, type CardRow, type DeckRow } from './db';

/** Every stored card of a deck, retired ones too (an update preview compares against them). */
export function storedCards(deckId: string): Promise<CardRow[]> {
	return db().cards.where('[deckId+order]').between([deckId, -Infinity], [deckId, Infinity]).toArray();
}

/** A library deck as a deck file (active cards only), ready to export or share. */
export async function loadDeck(deckId: string): Promise<Deck | undefined> {
	const d = db();
	return d.transaction('r', d.decks, d.cards, async () => {
		const row: DeckRow | undefined = await d.decks.get(deckId);
		if (!row) return undefined;
		const cards = (await storedCards(deckId)).filter((r) => !r.retired).map((r) => r.card);
		return {
			format: 'newsdeck',
			version: DECK_VERSION,
			id: row.id,
			title: row.title,
			...(row.description !== undefined ? { description: row.description } : {}),
			language: row.language,
			createdAt: row.createdAt,
			...(row.url ? { url: row.url } : {}),
			articles: row.articles,
			cards
		};
	});
}

/** A stored setting, or `fallback` when unset. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
	const row = await db().settings.get(key);
	return row === undefined ? fallback : (row.value as T);
}

/** Stores a setting (null removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
	if (value === null) await db().settings.delete(key);
	else await db().settings.put({ key, value });
}
