/**
 * Scheduling types, grades and settings without ts-fsrs itself: the ts-fsrs calls live in fsrs.ts, which the study
 * page loads in the background (it is not needed to show the first card).
 */

/** The four grades, as the study screen names them (keys 1–4). */
export const GRADES = [
	{ rating: 1, label: 'Again', key: '1' },
	{ rating: 2, label: 'Hard', key: '2' },
	{ rating: 3, label: 'Good', key: '3' },
	{ rating: 4, label: 'Easy', key: '4' }
] as const;

/** Rating values 1–4 (Again, Hard, Good, Easy). */
export type GradeValue = 1 | 2 | 3 | 4;

/** Learning state of a card, as stored: 0 new, 1 learning, 2 review, 3 relearning. */
export type StateValue = 0 | 1 | 2 | 3;

/** A learner's scheduling state for one card, stored in IndexedDB (dates as epoch ms). */
export interface CardState {
	deckId: string;
	cardId: string;
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: StateValue;
	lastReview: number | null;
	/** 1 when the learner suspended the card (never shown until unsuspended). */
	suspended: 0 | 1;
	/** Epoch ms until which the card is buried (hidden for the day), or 0. */
	buriedUntil: number;
}

/** One answer, as stored in the review log. */
export interface ReviewEntry {
	id?: number;
	deckId: string;
	cardId: string;
	rating: GradeValue;
	/** State before the answer. */
	state: StateValue;
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	lastElapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	/** When the answer was given (epoch ms). */
	review: number;
	/** Milliseconds spent on the card, when measured. */
	durationMs?: number;
	/** Globally unique id (device + ULID-like), set when stored; the same answer has it on every device. */
	uid?: string;
	/** 1 once the sync server has the review (or it came from there). */
	synced?: 0 | 1;
}

/** Learner-adjustable scheduling settings. */
export interface SchedulerSettings {
	desiredRetention: number;
	maximumIntervalDays: number;
	/** The learner's own fitted FSRS parameters (Settings → Your memory model); ts-fsrs's defaults when absent. */
	w?: readonly number[];
}

/** Defaults used until the learner changes them. */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = { desiredRetention: 0.9, maximumIntervalDays: 3650 };

/** A fresh state for a card never studied, due at `now` (what ts-fsrs's createEmptyCard gives; a test keeps them equal). */
export function newState(deckId: string, cardId: string, now: Date): CardState {
	return {
		deckId,
		cardId,
		due: now.getTime(),
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0,
		lastReview: null,
		suspended: 0,
		buriedUntil: 0
	};
}

/** "10 min", "3 h", "4 d", "2 mo", "1.5 y": a short interval label from now to `due`. */
/**
 * How far ahead a card in learning steps counts as due (Anki's "learn ahead limit", 20 min): the library, the deck
 * page and Study all use it, so a session left midway shows the same learning cards everywhere.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Formats the time from `now` to `due` as a short interval ("10 min", "3 d"). */
export function formatInterval(due: number, now: Date): string {
	const mins = Math.max(1, Math.round((due - now.getTime()) / 60000));
	if (mins < 60) return `${mins} min`;
	const hours = mins / 60;
	if (hours < 24) return `${Math.round(hours)} h`;
	const days = hours / 24;
	if (days < 30) return `${Math.round(days)} d`;
	if (days < 365) return `${Math.round(days / 30)} mo`;
	return `${(days / 365).toFixed(1).replace(/\.0$/, '')} y`;
}
