/** What a new version of a deck changes, card by card (by id), before it is applied. */
import type { Card, Deck } from '../deck/schema';

/** A stored card as the diff needs it (retired cards were removed by an earlier update). */
export interface StoredCard {
	id: string;
	card: Card;
	retired: 0 | 1;
	/** Set when the learner edited the card: an update keeps the edit. */
	editedAt?: number;
}

/** Cards added, changed (same id, new content, or a retired card coming back) and retired by an update. */
export interface DeckDiff {
	added: Card[];
	changed: { before: Card; after: Card }[];
	retired: Card[];
	unchanged: number;
	/** Cards the learner edited that the update words differently: the edit is kept, the update's wording is not applied. */
	kept: { mine: Card; theirs: Card }[];
}

/** Compares the stored cards of a deck with a new version; the same rules as repo.saveDeck. */
export function diffDeck(stored: StoredCard[], next: Deck): DeckDiff {
	const old = new Map(stored.map((r) => [r.id, r]));
	const diff: DeckDiff = { added: [], changed: [], retired: [], unchanged: 0, kept: [] };
	for (const card of next.cards) {
		const prev = old.get(card.id);
		const same = prev && JSON.stringify(prev.card) === JSON.stringify(card);
		if (prev?.editedAt && !prev.retired && !same) diff.kept.push({ mine: prev.card, theirs: card });
		else if (!prev) diff.added.push(card);
		else if (prev.retired || JSON.stringify(prev.card) !== JSON.stringify(card)) diff.changed.push({ before: prev.card, after: card });
		else diff.unchanged++;
	}
	const keep = new Set(next.cards.map((c) => c.id));
	for (const r of stored) if (!r.retired && !keep.has(r.id)) diff.retired.push(r.card);
	return diff;
}

/** "2 added, 1 changed, 3 retired" (or "no card changes"). */
export function summariseDiff(d: DeckDiff): string {
	const parts = [
		d.added.length && `${d.added.length} added`,
		d.changed.length && `${d.changed.length} changed`,
		d.retired.length && `${d.retired.length} retired`,
		d.kept.length && `${d.kept.length} of your edits kept`
	].filter(Boolean);
	return parts.length ? parts.join(', ') : 'no card changes';
}
