/** Queries and writes on the Newsdeck database; components and state classes call these, never Dexie. */
import type { Card, Deck } from '../deck/schema';
import { hash64 } from '../deck/ids';
import { answer, newState, type CardState, type GradeValue, type ReviewEntry, type SchedulerSettings, DEFAULT_SCHEDULER_SETTINGS } from '../srs/scheduler';
import { db, type CardRow, type DeckOrigin, type DeckRow } from './db';
import { StorageError, guardQuota } from './errors';

/** What saving a deck changed. */
export interface SaveResult {
	added: number;
	updated: number;
	unchanged: number;
	retired: number;
	created: boolean;
}

/** Card counts shown on a deck page. */
export interface DeckCounts {
	total: number;
	new: number;
	learning: number;
	due: number;
}

/** Limits for a study session. */
export interface StudySettings extends SchedulerSettings {
	newPerDay: number;
}

/** Defaults until the learner changes them. */
export const DEFAULT_STUDY_SETTINGS: StudySettings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 20 };

/** A stable hash of a deck's content (ignores createdAt, so regenerating unchanged input matches). */
export function deckHash(deck: Deck): string {
	const { createdAt: _c, ...rest } = deck;
	return hash64(JSON.stringify(rest));
}

/** Adds a deck or updates it in place (same id): keeps progress on unchanged ids, retires removed cards. One transaction. */
export async function saveDeck(deck: Deck, origin: DeckOrigin, now: Date): Promise<SaveResult> {
	const d = db();
	return guardQuota(() => d.transaction('rw', d.decks, d.cards, async () => {
		const existing = await d.decks.get(deck.id);
		const oldRows = await d.cards.where('deckId').equals(deck.id).toArray();
		const old = new Map(oldRows.map((r) => [r.id, r]));
		const result: SaveResult = { added: 0, updated: 0, unchanged: 0, retired: 0, created: !existing };
		const rows: CardRow[] = deck.cards.map((card, order) => {
			const prev = old.get(card.id);
			if (!prev) result.added++;
			else if (prev.retired || JSON.stringify(prev.card) !== JSON.stringify(card)) result.updated++;
			else result.unchanged++;
			return { deckId: deck.id, id: card.id, card, order, retired: 0 };
		});
		const keep = new Set(deck.cards.map((c) => c.id));
		for (const r of oldRows) {
			if (!keep.has(r.id)) {
				if (!r.retired) result.retired++;
				rows.push({ ...r, retired: 1 });
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
		await d.cards.bulkPut(rows);
		return result;
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

function startOfDay(now: Date): number {
	const d = new Date(now.getTime());
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/** How many new cards of a deck were first answered since the start of `now`'s day. */
async function newIntroducedToday(deckId: string, now: Date): Promise<number> {
	const rows = await db().reviews.where('[deckId+review]').between([deckId, startOfDay(now)], [deckId, Infinity]).toArray();
	return new Set(rows.filter((r) => r.state === 0).map((r) => r.cardId)).size;
}

function active(s: CardState, now: number): boolean {
	return !s.suspended && s.buriedUntil <= now;
}

/** Counts of new, learning and due cards at `now`. */
export async function deckCounts(deckId: string, now: Date): Promise<DeckCounts> {
	const d = db();
	const t = now.getTime();
	const [cards, states] = await Promise.all([
		d.cards.where('deckId').equals(deckId).filter((r) => !r.retired).primaryKeys(),
		d.states.where('deckId').equals(deckId).toArray()
	]);
	const live = new Set(cards.map((k) => k[1]));
	let learning = 0;
	let due = 0;
	let seen = 0;
	for (const s of states) {
		if (!live.has(s.cardId)) continue;
		seen++;
		if (!active(s, t)) continue;
		if (s.state === 1 || s.state === 3) learning++;
		else if (s.state === 2 && s.due <= t) due++;
	}
	return { total: live.size, new: live.size - seen, learning, due };
}

/** Card ids to study now: learning and due reviews first (most overdue first), then new cards up to the daily limit. */
export async function studyQueue(deckId: string, now: Date, settings: StudySettings = DEFAULT_STUDY_SETTINGS): Promise<string[]> {
	const d = db();
	const t = now.getTime();
	const dueStates = await d.states.where('[deckId+due]').between([deckId, -Infinity], [deckId, t], true, true).toArray();
	const retired = new Set(
		(await d.cards.where('deckId').equals(deckId).filter((r) => r.retired === 1).primaryKeys()).map((k) => k[1])
	);
	const due = dueStates.filter((s) => active(s, t) && s.state !== 0 && !retired.has(s.cardId)).map((s) => s.cardId);
	const studied = new Set((await d.states.where('deckId').equals(deckId).primaryKeys()).map((k) => k[1]));
	const room = Math.max(0, settings.newPerDay - (await newIntroducedToday(deckId, now)));
	const fresh: string[] = [];
	if (room > 0) {
		await d.cards
			.where('[deckId+order]')
			.between([deckId, -Infinity], [deckId, Infinity])
			.until(() => fresh.length >= room)
			.each((r) => {
				if (!r.retired && !studied.has(r.id)) fresh.push(r.id);
			});
	}
	return [...due, ...fresh.slice(0, room)];
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
	return guardQuota(() => d.transaction('rw', d.states, d.reviews, async () => {
		const before = await d.states.get([deckId, cardId]);
		if (seen && !unchanged(before, seen)) throw new StorageError('stale');
		const { state, log } = answer(before ?? newState(deckId, cardId, now), rating, now, settings);
		await d.states.put(state);
		const reviewId = (await d.reviews.add(log)) as number;
		return { before, after: state, reviewId };
	}));
}

/** Undoes an answer: restores the earlier state (or none) and deletes its review row, atomically. */
export async function undoAnswer(deckId: string, cardId: string, before: CardState | undefined, reviewId: number): Promise<void> {
	const d = db();
	await d.transaction('rw', d.states, d.reviews, async () => {
		if (before) await d.states.put(before);
		else await d.states.delete([deckId, cardId]);
		await d.reviews.delete(reviewId);
	});
}

/** Every review-log row of a deck, oldest first. */
export function deckReviews(deckId: string): Promise<ReviewEntry[]> {
	return db().reviews.where('[deckId+review]').between([deckId, -Infinity], [deckId, Infinity]).toArray();
}

/** Removes a deck with its cards, states and reviews (one transaction). */
export async function deleteDeck(deckId: string): Promise<void> {
	const d = db();
	await d.transaction('rw', [d.decks, d.cards, d.states, d.reviews], async () => {
		await d.cards.where('deckId').equals(deckId).delete();
		await d.states.where('deckId').equals(deckId).delete();
		await d.reviews.where('[deckId+review]').between([deckId, -Infinity], [deckId, Infinity]).delete();
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
