/** Pure FSRS scheduling around ts-fsrs; `now` is always an argument, states are plain storable objects. */
import { fsrs, createEmptyCard, Rating, State, type Card as FsrsCard, type Grade, type FSRSParameters } from 'ts-fsrs';

/** The four grades, as the study screen names them (keys 1–4). */
export const GRADES = [
	{ rating: Rating.Again, label: 'Again', key: '1' },
	{ rating: Rating.Hard, label: 'Hard', key: '2' },
	{ rating: Rating.Good, label: 'Good', key: '3' },
	{ rating: Rating.Easy, label: 'Easy', key: '4' }
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
}

/** Defaults used until the learner changes them. */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = { desiredRetention: 0.9, maximumIntervalDays: 3650 };

/** Builds the ts-fsrs scheduler for the given settings (fuzz off so schedules are reproducible). */
export function makeScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS) {
	const params: Partial<FSRSParameters> = {
		request_retention: settings.desiredRetention,
		maximum_interval: settings.maximumIntervalDays,
		enable_fuzz: false,
		enable_short_term: true
	};
	return fsrs(params);
}

/** A fresh state for a card never studied, due at `now`. */
export function newState(deckId: string, cardId: string, now: Date): CardState {
	return fromFsrs(deckId, cardId, createEmptyCard(now), { suspended: 0, buriedUntil: 0 });
}

function toFsrs(s: CardState): FsrsCard {
	return {
		due: new Date(s.due),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsedDays,
		scheduled_days: s.scheduledDays,
		learning_steps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state as State,
		last_review: s.lastReview === null ? undefined : new Date(s.lastReview)
	};
}

function fromFsrs(deckId: string, cardId: string, c: FsrsCard, keep: Pick<CardState, 'suspended' | 'buriedUntil'>): CardState {
	return {
		deckId,
		cardId,
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as StateValue,
		lastReview: c.last_review ? c.last_review.getTime() : null,
		suspended: keep.suspended,
		buriedUntil: keep.buriedUntil
	};
}

/** Applies a grade at `now`: the next state and the review-log entry to store with it. */
export function answer(
	state: CardState,
	rating: GradeValue,
	now: Date,
	settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS
): { state: CardState; log: ReviewEntry } {
	const result = makeScheduler(settings).next(toFsrs(state), now, rating as Grade);
	const l = result.log;
	return {
		state: fromFsrs(state.deckId, state.cardId, result.card, { suspended: state.suspended, buriedUntil: 0 }),
		log: {
			deckId: state.deckId,
			cardId: state.cardId,
			rating,
			state: l.state as StateValue,
			due: l.due.getTime(),
			stability: l.stability,
			difficulty: l.difficulty,
			elapsedDays: l.elapsed_days,
			lastElapsedDays: l.last_elapsed_days,
			scheduledDays: l.scheduled_days,
			learningSteps: l.learning_steps,
			review: l.review.getTime()
		}
	};
}

/** For each grade, when the card would next be due if answered so at `now`. */
export function previewDue(state: CardState, now: Date, settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Record<GradeValue, number> {
	const out = {} as Record<GradeValue, number>;
	for (const g of GRADES) out[g.rating as GradeValue] = answer(state, g.rating as GradeValue, now, settings).state.due;
	return out;
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
