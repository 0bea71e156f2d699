/** Deck pages' state over db/: the deck, its counts, its cards and statistics as live stores, and deleting it. */
import type { Readable } from 'svelte/store';
import type { Card } from '../deck/schema';
import { live } from '../db/live';
import { deckCards, deleteDeck, getDeck, statsData } from '../db/repo';
import type { DeckRow } from '../db/db';
import { deckCounts, type DeckCounts } from '../db/queue';

/** A deck as a live store: undefined while loading, null when the library has no such deck. */
export function liveDeck(id: string): Readable<DeckRow | null | undefined> {
	return live(() => getDeck(id).then((d) => d ?? null), undefined);
}

/** A deck's cards as a live store (timeline, map). */
export function liveCards(id: string): Readable<Card[]> {
	return live(() => deckCards(id), []);
}

/** Review log and card states for the statistics pages; `deckId` null means every deck. */
export function liveStats(deckId: string | null, now: Date) {
	return live(() => statsData(deckId, now), null);
}

/** The deck page: the deck, its new/learning/due counts, and a confirmed delete. */
export class DeckPageState {
	readonly deck: Readable<DeckRow | null | undefined>;
	readonly counts: Readable<DeckCounts | null>;
	confirming = $state(false);
	removeError = $state('');

	constructor(readonly id: string, now: () => Date = () => new Date()) {
		this.deck = liveDeck(id);
		this.counts = live(() => deckCounts(id, now()), null);
	}

	/** Deletes the deck; false (with `removeError` set) when the write failed and nothing changed. */
	async remove(): Promise<boolean> {
		try {
			await deleteDeck(this.id);
			return true;
		} catch (e) {
			this.removeError = `The deck could not be deleted (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`;
			return false;
		}
	}
}
