/** Queries and writes on the Newsdeck database; components and state classes call these, never Dexie. */
import type { Card, Deck } from '../deck/schema';
import { hash64 } from '../deck/ids';
import { newState, type CardState, type GradeValue, type ReviewEntry, type SchedulerSettings, DEFAULT_SCHEDULER_SETTINGS } from '../srs/scheduler';
import { db, syncEvent, type CardRow, type DeckOrigin, type DeckRow } from './db';
import { StorageError, guardQuota } from './errors';
import { deckCounts, startOfDay, type DeckCounts } from './queue';
import { loadDeck } from './teacher';

/** What saving a deck changed. */
export interface SaveResult {
	added: number;
	updated: number;
	unchanged: number;
	/** Cards the learner edited that this version words differently: the learner's edit is kept. */
	kept: number;
	retired: number;
	created: boolean;
}

/** A stable hash of a deck's content (ignores createdAt, so regenerating unchanged input matches). */
export function deckHash(deck: Deck): string {
	const { createdAt: _c, ...rest } = deck;
	return hash64(JSON.stringify(rest));
}

/** Card rows written per request: the page stays responsive between chunks while the one transaction goes on. */
export const WRITE_CHUNK = 2000;

/**
 * Adds a deck or updates it in place (same id): keeps progress on unchanged ids, retires removed cards.
 * One transaction, so a failure leaves nothing half-written; its card rows go in chunks (`progress(written, total)`),
 * because one bulkPut of 100,000 rows holds the page for seconds while it serialises them.
 */
export async function saveDeck(deck: Deck, origin: DeckOrigin, now: Date, progress?: (written: number, total: number) => void): Promise<SaveResult> {
	const d = db();
	return guardQuota(() => d.transaction('rw', [d.decks, d.cards, d.states, d.sessions], async () => {
		const existing = await d.decks.get(deck.id);
		const oldRows = await d.cards.where('deckId').equals(deck.id).toArray();
		const old = new Map(oldRows.map((r) => [r.id, r]));
		const studied = new Set((await d.states.where('deckId').equals(deck.id).primaryKeys()).map((k) => k[1]));
		const result: SaveResult = { added: 0, updated: 0, unchanged: 0, kept: 0, retired: 0, created: !existing };
		const rows: CardRow[] = deck.cards.map((card, order) => {
			const prev = old.get(card.id);
			// The learner's own edit wins over a new version of the card (same id): their wording, their progress.
			if (prev?.editedAt && !prev.retired) {
				if (JSON.stringify(prev.card) === JSON.stringify(card)) result.unchanged++;
				else result.kept++;
				return { ...prev, order, fresh: studied.has(card.id) ? 0 : 1 };
			}
			if (!prev) result.added++;
			else if (prev.retired || JSON.stringify(prev.card) !== JSON.stringify(card)) result.updated++;
			else result.unchanged++;
			return { deckId: deck.id, id: card.id, card, order, retired: 0, fresh: studied.has(card.id) ? 0 : 1 };
		});
		const keep = new Set(deck.cards.map((c) => c.id));
		for (const r of oldRows) {
			if (!keep.has(r.id)) {
				if (!r.retired) result.retired++;
				rows.push({ ...r, retired: 1, fresh: 0 });
			}
		}
		const row: DeckRow = {
			id: deck.id,
			title: deck.title,
			description: deck.description,
			language: deck.language,
			createdAt: deck.createdAt,
			url: deck.url ?? existing?.url,
			articles: deck.articles,
			origin: existing?.origin ?? origin,
			addedAt: existing?.addedAt ?? now.getTime(),
			updatedAt: now.getTime(),
			cardCount: deck.cards.length,
			contentHash: deckHash(deck)
		};
		await d.decks.put(row);
		for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
			await d.cards.bulkPut(rows.slice(i, i + WRITE_CHUNK));
			progress?.(Math.min(i + WRITE_CHUNK, rows.length), rows.length);
		}
		// A stored session may list cards this version retired or reworded; the next session starts from the new deck.
		if (result.retired || result.updated) await d.sessions.delete(deck.id);
		return result;
	}));
}

/**
 * Replaces a saved card by the learner's edit (already checked with the deck schema), keeping its id, its state and
 * its review history; the row remembers the edit so a deck update keeps it. Throws when the card is not in the deck.
 */
export async function saveCardEdit(deckId: string, card: Card, now: Date): Promise<void> {
	const d = db();
	await guardQuota(() => d.transaction('rw', d.cards, d.decks, async () => {
		const row = await d.cards.get([deckId, card.id]);
		if (!row) throw new Error(`No card “${card.id}” in deck “${deckId}”.`);
		await d.cards.put({ ...row, card, editedAt: now.getTime() });
		// The deck's content changed: a new hash and time, so sync and a class see the edited version as newer.
		const deck = await loadDeck(deckId);
		if (deck) await d.decks.update(deckId, { contentHash: deckHash(deck), updatedAt: now.getTime() });
	}));
}

/** All decks in the library, newest first. */
export async function listDecks(): Promise<DeckRow[]> {
	const rows = await db().decks.toArray();
	return rows.sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));
}

/** One deck, or undefined. */
export function getDeck(id: string): Promise<DeckRow | undefined> {
	return db().decks.get(id);
}

/** The active cards of a deck, in deck order. */
export async function deckCards(deckId: string): Promise<Card[]> {
	const rows = await db().cards.where('[deckId+order]').between([deckId, -Infinity], [deckId, Infinity]).toArray();
	return rows.filter((r) => !r.retired).map((r) => r.card);
}

/** One card of a deck (also retired ones, so history stays readable). */
export async function getCard(deckId: string, cardId: string): Promise<Card | undefined> {
	return (await db().cards.get([deckId, cardId]))?.card;
}

/** The learner's state of one card, or a fresh one if never studied. */
export async function getState(deckId: string, cardId: string, now: Date): Promise<CardState> {
	return (await db().states.get([deckId, cardId])) ?? newState(deckId, cardId, now);
}

/** Whether the stored state is still the one the learner saw (another tab may have answered the card since). */
function unchanged(stored: CardState | undefined, seen: CardState): boolean {
	return (stored?.reps ?? 0) === seen.reps && (stored?.lastReview ?? null) === seen.lastReview;
}

/**
 * Records an answer: the new card state and its review-log row in one transaction (both or neither).
 * With `seen` (the state shown when the card was answered), an answer to a card that changed meanwhile
 * is refused with StorageError('stale'), so two tabs never count one card twice. A full disk is StorageError('quota').
 */
export async function recordAnswer(
	deckId: string,
	cardId: string,
	rating: GradeValue,
	now: Date,
	settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
	seen?: CardState
): Promise<{ before: CardState | undefined; after: CardState; reviewId: number }> {
	const d = db();
	// ts-fsrs loads on the first answer (not with the page); imported before the transaction, which must not await other work.
	const { answer } = await import('../srs/fsrs');
	return guardQuota(() => d.transaction('rw', d.states, d.reviews, d.cards, async () => {
		const before = await d.states.get([deckId, cardId]);
		if (seen && !unchanged(before, seen)) throw new StorageError('stale');
		const { state, log } = answer(before ?? newState(deckId, cardId, now), rating, now, settings);
		await d.states.put(state);
		const reviewId = (await d.reviews.add(log)) as number;
		if (!before) await d.cards.update([deckId, cardId], { fresh: 0 });
		return { before, after: state, reviewId };
	}));
}

/** Whether a card's stored state is exactly the one an answer produced (no later answer, suspend or bury since). */
function sameState(stored: CardState | undefined, after: CardState): boolean {
	return (
		!!stored &&
		unchanged(stored, after) &&
		stored.due === after.due &&
		stored.suspended === after.suspended &&
		stored.buriedUntil === after.buriedUntil
	);
}

/**
 * Undoes an answer: restores the earlier state (or none) and deletes its review row, atomically.
 * When the card changed since that answer (`after`), e.g. answered in another tab, nothing changes and
 * StorageError('changed') is thrown: restoring would wipe the later answer.
 */
export async function undoAnswer(deckId: string, cardId: string, before: CardState | undefined, after: CardState, reviewId: number): Promise<void> {
	const d = db();
	await guardQuota(() => d.transaction('rw', d.states, d.reviews, d.cards, d.syncDocs, async () => {
		if (!sameState(await d.states.get([deckId, cardId]), after)) throw new StorageError('changed');
		// The review may already be on the sync server (or on its way): an undo event takes it back everywhere.
		const uid = (await d.reviews.get(reviewId))?.uid;
		// (Its deck stays on this device: a class's progress database receives only undos of the class's decks.)
		if (uid) await d.syncDocs.put(syncEvent(d, { _id: `undo:${uid}`, type: 'undo', uid, at: after.lastReview ?? 0, deckId }, after.lastReview ?? 0));
		if (before) await d.states.put(before);
		else {
			await d.states.delete([deckId, cardId]);
			const row = await d.cards.get([deckId, cardId]);
			if (row && !row.retired) await d.cards.update([deckId, cardId], { fresh: 1 });
		}
		await d.reviews.delete(reviewId);
	}));
}

/** Suspends or unsuspends a card (a suspended card is never shown until unsuspended). */
export async function setSuspended(deckId: string, cardId: string, suspended: boolean, now: Date): Promise<void> {
	const d = db();
	await d.transaction('rw', d.states, d.cards, d.syncDocs, async () => {
		const s = (await d.states.get([deckId, cardId])) ?? newState(deckId, cardId, now);
		await d.states.put({ ...s, suspended: suspended ? 1 : 0 });
		await d.cards.update([deckId, cardId], { fresh: 0 });
		await d.syncDocs.put(syncEvent(d, { type: 'suspension', deckId, cardId, suspended, at: now.getTime() }, now.getTime()));
	});
}

/** Buries a card until the start of the next day. */
export async function buryUntilTomorrow(deckId: string, cardId: string, now: Date): Promise<void> {
	const d = db();
	const tomorrow = startOfDay(new Date(startOfDay(now) + 36 * 3_600_000));
	await d.transaction('rw', d.states, d.cards, async () => {
		const s = (await d.states.get([deckId, cardId])) ?? newState(deckId, cardId, now);
		await d.states.put({ ...s, buriedUntil: tomorrow });
		await d.cards.update([deckId, cardId], { fresh: 0 });
	});
}

/** Every review-log row of a deck, oldest first. */
export function deckReviews(deckId: string): Promise<ReviewEntry[]> {
	return db().reviews.where('[deckId+review]').between([deckId, -Infinity], [deckId, Infinity]).toArray();
}

/** Removes a deck with its cards, states, reviews and session (one transaction); a deleted bundled deck is not added back. */
export async function deleteDeck(deckId: string): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.decks, d.cards, d.states, d.reviews, d.sessions, d.settings], async () => {
		const deck = await d.decks.get(deckId);
		if (deck?.origin === 'seed') {
			const removed = ((await d.settings.get('removedSeeds'))?.value as string[] | undefined) ?? [];
			await d.settings.put({ key: 'removedSeeds', value: [...new Set([...removed, deckId])] });
		}
		await d.cards.where('deckId').equals(deckId).delete();
		await d.states.where('deckId').equals(deckId).delete();
		await d.reviews.where('[deckId+review]').between([deckId, -Infinity], [deckId, Infinity]).delete();
		await d.sessions.delete(deckId);
		await d.decks.delete(deckId);
	});
}

/** A library row: the deck with its counts at `now`. */
export interface DeckSummary extends DeckRow {
	counts: DeckCounts;
}

/** Every deck with its counts, for the library page. */
export async function libraryOverview(now: Date): Promise<DeckSummary[]> {
	const decks = await listDecks();
	return Promise.all(decks.map(async (d) => ({ ...d, counts: await deckCounts(d.id, now) })));
}

/** Review log, card states and card total for one deck (or all decks when deckId is null), for the stats page. */
export async function statsData(deckId: string | null, now: Date, days = 365): Promise<{ reviews: ReviewEntry[]; states: CardState[]; totalCards: number }> {
	const d = db();
	const from = now.getTime() - days * 86_400_000;
	if (deckId === null) {
		const [reviews, states, decks] = await Promise.all([d.reviews.where('review').aboveOrEqual(from).toArray(), d.states.toArray(), d.decks.toArray()]);
		return { reviews, states, totalCards: decks.reduce((a, x) => a + x.cardCount, 0) };
	}
	const [reviews, states, totalCards] = await Promise.all([
		d.reviews.where('[deckId+review]').between([deckId, from], [deckId, Infinity]).toArray(),
		d.states.where('deckId').equals(deckId).toArray(),
		d.cards.where('[deckId+retired]').equals([deckId, 0]).count()
	]);
	return { reviews, states, totalCards };
}

/** Learner states of every studied card of a deck, by card id. */
export async function deckStates(deckId: string): Promise<Map<string, CardState>> {
	const rows = await db().states.where('deckId').equals(deckId).toArray();
	return new Map(rows.map((s) => [s.cardId, s]));
}

/** Learner states of some cards of a deck, by card id (a windowed list asks only for the rows on screen). */
export async function statesOf(deckId: string, cardIds: string[]): Promise<Map<string, CardState>> {
	const rows = await db().states.bulkGet(cardIds.map((id) => [deckId, id] as [string, string]));
	return new Map(rows.filter((s): s is CardState => !!s).map((s) => [s.cardId, s]));
}

/** Every deck's review-log rows since `from` (epoch ms), by the `review` index (the library's habit view). */
export function reviewsSince(from: number): Promise<ReviewEntry[]> {
	return db().reviews.where('review').aboveOrEqual(from).toArray();
}

/** Every answer in the review log as the FSRS optimizer needs it (card, time, rating), cards keyed by deck and id. */
export async function answersForFit(): Promise<{ card: string; at: number; rating: number }[]> {
	const out: { card: string; at: number; rating: number }[] = [];
	await db().reviews.each((r) => {
		out.push({ card: `${r.deckId}\u0000${r.cardId}`, at: r.review, rating: r.rating });
	});
	return out;
}
