/** A card's scheduling state derived from its reviews alone, so devices that studied apart agree once they hold the same reviews. */
import { newState, type CardState, type GradeValue, type SchedulerSettings, DEFAULT_SCHEDULER_SETTINGS } from '../srs/scheduler';
import { answer } from '../srs/fsrs';

/** What replay needs of a review: when, which grade, and its uid (to order two answers in the same millisecond). */
export interface ReplayReview {
	uid: string;
	rating: GradeValue;
	review: number;
}

/** Orders reviews by time, then uid, dropping repeats of a uid: the one order every device uses. */
export function canonicalOrder<T extends ReplayReview>(reviews: T[]): T[] {
	const seen = new Set<string>();
	return [...reviews]
		.sort((a, b) => a.review - b.review || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0))
		.filter((r) => !seen.has(r.uid) && !!seen.add(r.uid));
}

/**
 * Replays a card's reviews from a new card with ts-fsrs; `keep` carries what reviews do not decide (suspended, buried).
 * Undefined when the card has no reviews (it is new).
 */
export function replayCard(
	deckId: string,
	cardId: string,
	reviews: ReplayReview[],
	settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
	keep: Pick<CardState, 'suspended' | 'buriedUntil'> = { suspended: 0, buriedUntil: 0 }
): CardState | undefined {
	const ordered = canonicalOrder(reviews);
	if (!ordered.length) return undefined;
	let state = newState(deckId, cardId, new Date(ordered[0].review));
	for (const r of ordered) state = answer(state, r.rating, new Date(r.review), settings).state;
	return { ...state, suspended: keep.suspended, buriedUntil: keep.buriedUntil };
}

/** The latest of some timestamped events (ties broken by id), the rule for suspensions and settings. */
export function latest<T extends { at: number; _id: string }>(events: T[]): T | undefined {
	let best: T | undefined;
	for (const e of events) if (!best || e.at > best.at || (e.at === best.at && e._id > best._id)) best = e;
	return best;
}
