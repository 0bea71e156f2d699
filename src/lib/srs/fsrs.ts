/** Pure FSRS scheduling through ts-fsrs: the next state of an answer and each grade's next due time; `now` is an argument. */
import { fsrs, type Card as FsrsCard, type Grade, type FSRSParameters, type State } from 'ts-fsrs';
import { GRADES, DEFAULT_SCHEDULER_SETTINGS, type CardState, type GradeValue, type ReviewEntry, type SchedulerSettings, type StateValue } from './scheduler';

/** Builds the ts-fsrs scheduler for the given settings (fuzz off so schedules are reproducible). */
export function makeScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS) {
	const params: Partial<FSRSParameters> = {
		request_retention: settings.desiredRetention,
		maximum_interval: settings.maximumIntervalDays,
		enable_fuzz: false,
		enable_short_term: true,
		...(settings.w ? { w: [...settings.w] } : {})
	};
	return fsrs(params);
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

