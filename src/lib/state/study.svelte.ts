/** A study session over one deck: queue, reveal, grade, undo — the page renders it and calls its methods. */
import type { Card } from '../deck/schema';
import type { DeckRow } from '../db/db';
import { getDeck, getCard, getState, recordAnswer, undoAnswer, setSuspended, buryUntilTomorrow } from '../db/repo';
import { studyQueue, nextDueAt, getStudySettings, DEFAULT_STUDY_SETTINGS, type StudySettings } from '../db/queue';
import { loadSession, saveSession, clearSession } from '../db/sessions';
import { StorageError } from '../db/errors';
import { formatInterval, LEARN_AHEAD_MS, type CardState, type GradeValue } from '../srs/scheduler';

interface Learning {
	cardId: string;
	due: number;
}

/** One answered card, for the session summary. */
export interface Answered {
	card: Card;
	rating: GradeValue;
}

interface UndoEntry {
	cardId: string;
	before: CardState | undefined;
	/** The state the answer stored: undo is refused once the card's stored state differs from it. */
	after: CardState;
	reviewId: number;
	queue: string[];
	learning: Learning[];
	reviewed: number;
}

/**
 * Whether this page was reloaded (by the learner, an app update or a restored tab) rather than opened afresh:
 * a reload resumes the stored session, while opening "Study" starts a new one.
 */
export function reloadedHere(): boolean {
	const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	return !!nav && (nav.type === 'reload' || nav.type === 'back_forward') && nav.name === location.href;
}

/** ts-fsrs (the scheduling maths) as a module loaded once, off the study page's first load. */
let fsrsLoading: Promise<typeof import('../srs/fsrs')> | null = null;
const fsrsModule = () => (fsrsLoading ??= import('../srs/fsrs'));

/** State of one study session; `clock` is injectable so tests control time. */
export class StudySession {
	deck = $state<DeckRow | null>(null);
	card = $state<Card | null>(null);
	revealed = $state(false);
	picked = $state<string | null>(null);
	/** Cards finished in this session (answered and out of their learning steps, buried or suspended), not answers. */
	reviewed = $state(0);
	/** Cards still to study in this session (each counted once, however often it comes back). */
	remaining = $state(0);
	/** When the deck's next card is due once the session is over (epoch ms), null if none is scheduled. */
	nextDue = $state<number | null>(null);
	finished = $state(false);
	missing = $state(false);
	intervals = $state<Record<GradeValue, string> | null>(null);
	announcement = $state('');
	canUndo = $state(false);
	/** Why the last answer was not stored (e.g. a full disk); the card stays on screen. */
	error = $state('');
	/** A passing note, e.g. that another tab already answered the card. */
	notice = $state('');
	/** What the learner typed, for cards answered by typing. */
	typed = $state('');
	/** Result of the typed answer once checked (null before). */
	typedCorrect = $state<boolean | null>(null);
	/** Every answer of this session, in order (for the summary). */
	answered = $state<Answered[]>([]);
	/** When the session began (epoch ms). */
	startedAt = 0;
	private settings: StudySettings = DEFAULT_STUDY_SETTINGS;
	private cardState: CardState | null = null;
	private queue: string[] = [];
	private learning: Learning[] = [];
	private undoStack: UndoEntry[] = [];
	private busy = false;
	/** When the queue was read: a queued card answered after this (in another tab) and not due yet is skipped. */
	private queuedAt = 0;
	/** A card to show next whatever its state (undo, or the card on screen when the session was saved). */
	private pinned: string | null = null;

	constructor(
		readonly deckId: string,
		private readonly clock: () => Date = () => new Date(),
		/** `dueOnly`: learning and review cards only, no new cards (a session over every deck's due cards). */
		private readonly options: { dueOnly?: boolean } = {}
	) {}

	/** The article the current card comes from. */
	get article() {
		return this.deck?.articles.find((a) => a.id === this.card?.source.articleId) ?? null;
	}

	/** Whether the card is a timeline (its events are listed, not offered as choices). */
	get isTimeline(): boolean {
		return Array.isArray(this.card?.answer);
	}

	/** Whether the card is answered by picking one of its choices (keys 1–9). */
	get choiceMode(): boolean {
		return !!this.card?.choices && !this.isTimeline;
	}

	/** Whether the card is answered by typing (no choices, a single answer). */
	get typedMode(): boolean {
		return !!this.card && !this.card.choices && !Array.isArray(this.card.answer) && this.card.type !== 'true-false';
	}

	/** Whether the picked choice or typed answer was right (null when the card is graded by hand). */
	get correct(): boolean | null {
		if (!this.card) return null;
		if (this.picked !== null) return this.picked === this.card.answer;
		return this.typedCorrect;
	}

	/** Share of the session done, 0–1. */
	get progress(): number {
		const total = this.reviewed + this.remaining;
		return total ? this.reviewed / total : 1;
	}

	/** The grade the answer suggests: wrong → Again, right → Good. */
	get suggested(): GradeValue | null {
		const c = this.correct;
		return c === null ? null : c ? 3 : 1;
	}

	/** Loads the deck and the cards due now, or (with `resume`) the stored session where it was left. */
	async start(resume = false): Promise<void> {
		const deck = await getDeck(this.deckId);
		if (!deck) {
			this.missing = true;
			return;
		}
		this.deck = deck;
		void fsrsModule();
		this.settings = await getStudySettings();
		this.startedAt = this.clock().getTime();
		const saved = resume ? await loadSession(this.deckId, this.clock()) : undefined;
		if (saved) {
			this.queue = saved.queue;
			this.learning = saved.learning;
			this.reviewed = saved.reviewed;
			this.queuedAt = saved.updatedAt;
			// The card on screen when the session was saved, unless it was answered after that (the save lags the answer).
			const onScreen = saved.current ? await getState(this.deckId, saved.current, this.clock()) : null;
			this.pinned = onScreen && (onScreen.lastReview ?? 0) <= saved.updatedAt ? saved.current : null;
		} else {
			this.queuedAt = this.clock().getTime();
			const limits = this.options.dueOnly ? { ...this.settings, newPerDay: 0 } : this.settings;
			this.queue = await studyQueue(this.deckId, this.clock(), limits);
		}
		await this.next();
		if (saved && this.card?.id === saved.current) {
			if (saved.picked !== null) this.pick(saved.picked);
			else if (saved.revealed) this.reveal();
		}
	}

	/** Stores where the session is, so a reload resumes it. */
	private save(): void {
		if (this.finished) return void clearSession(this.deckId);
		saveSession({
			deckId: this.deckId,
			current: this.card?.id ?? null,
			queue: [...this.queue],
			learning: this.learning.map((l) => ({ ...l })),
			reviewed: this.reviewed,
			picked: this.picked,
			revealed: this.revealed,
			updatedAt: this.clock().getTime()
		});
	}

	private async next(): Promise<void> {
		const now = this.clock().getTime();
		this.learning.sort((a, b) => a.due - b.due);
		let id: string | undefined;
		let fromQueue = false;
		if (this.pinned) {
			id = this.pinned;
			this.pinned = null;
		} else if (this.learning[0] && this.learning[0].due <= now) id = this.learning.shift()!.cardId;
		else if (this.queue.length) {
			id = this.queue.shift();
			fromQueue = true;
		} else if (this.learning[0] && this.learning[0].due <= now + LEARN_AHEAD_MS) id = this.learning.shift()!.cardId;
		this.remaining = this.queue.length + this.learning.length + (id ? 1 : 0);
		this.revealed = false;
		this.picked = null;
		this.typed = '';
		this.typedCorrect = null;
		this.intervals = null;
		if (!id) {
			this.card = null;
			this.finished = true;
			this.save();
			this.nextDue = await nextDueAt(this.deckId, this.clock());
			return;
		}
		const card = await getCard(this.deckId, id);
		if (!card) return this.next();
		this.cardState = await getState(this.deckId, id, this.clock());
		// Queued as studyable, but answered (in another tab) since the queue was read and not due again yet: skip it.
		const answeredElsewhere = this.cardState.lastReview !== null && this.cardState.lastReview >= this.queuedAt;
		if (fromQueue && answeredElsewhere && this.cardState.due > now) return this.next();
		this.card = card;
		this.finished = false;
		this.save();
	}

	/** Shows the answer and the next interval of each grade. */
	reveal(): void {
		if (!this.card || this.revealed) return;
		const now = this.clock();
		const card = this.card;
		const state = this.cardState!;
		// The intervals need ts-fsrs, loaded in the background since start(); the grades work before they show.
		fsrsModule().then(({ previewDue }) => {
			if (this.card !== card || !this.revealed) return;
			const due = previewDue(state, now, this.settings);
			this.intervals = { 1: formatInterval(due[1], now), 2: formatInterval(due[2], now), 3: formatInterval(due[3], now), 4: formatInterval(due[4], now) };
		});
		this.revealed = true;
		const answer = Array.isArray(this.card.answer) ? this.card.answer.join(', then ') : this.card.answer;
		const c = this.correct;
		this.announcement = c === null ? `Answer: ${answer}` : c ? 'Correct.' : `Incorrect. The answer is ${answer}.`;
		this.save();
	}

	/** Picks a choice of a multiple-choice card and reveals the answer. */
	pick(choice: string): void {
		if (!this.card || this.revealed) return;
		this.picked = choice;
		this.reveal();
	}

	/** Checks the typed answer (case, accents, punctuation, aliases, small typos and date formats forgiven) and reveals. */
	async submitTyped(): Promise<void> {
		if (!this.card || this.revealed || !this.typedMode) return;
		const card = this.card;
		// The checker loads only when a typed card is answered, keeping the study page's first load small.
		const { checkTyped } = await import('../deck/answer-check');
		if (this.card !== card || this.revealed) return;
		this.typedCorrect = this.typed.trim() ? checkTyped(card, this.typed) : null;
		this.reveal();
	}

	/** Accepts the suggested grade (Enter after a choice or a typed answer). */
	async accept(): Promise<void> {
		const g = this.suggested;
		if (g) await this.grade(g);
	}

	/** Suspends the current card (it stays out of study until unsuspended) and moves on. */
	async suspend(): Promise<void> {
		await this.setAside((id) => setSuspended(this.deckId, id, true, this.clock()), 'Card suspended.');
	}

	/** Buries the current card until tomorrow and moves on. */
	async bury(): Promise<void> {
		await this.setAside((id) => buryUntilTomorrow(this.deckId, id, this.clock()), 'Card buried until tomorrow.');
	}

	/** Takes the current card out of study (suspend or bury); a failed write keeps the card on screen with the reason. */
	private async setAside(write: (cardId: string) => Promise<void>, done: string): Promise<void> {
		if (!this.card || this.busy) return;
		this.busy = true;
		this.error = '';
		try {
			await write(this.card.id);
			this.announcement = done;
			this.reviewed++;
			await this.next();
		} catch (e) {
			this.error = this.announcement = e instanceof StorageError ? e.message : `This change could not be saved (${String(e)}). Nothing was lost.`;
		} finally {
			this.busy = false;
		}
	}

	/** Grades the current card (stored atomically), then moves on. */
	async grade(rating: GradeValue): Promise<void> {
		if (!this.card || !this.revealed || this.busy) return;
		this.busy = true;
		this.error = '';
		this.notice = '';
		try {
			const cardId = this.card.id;
			const snapshot = { queue: [...this.queue], learning: [...this.learning], reviewed: this.reviewed };
			let result;
			try {
				result = await recordAnswer(this.deckId, cardId, rating, this.clock(), this.settings, this.cardState ?? undefined);
			} catch (e) {
				if (!(e instanceof StorageError && e.kind === 'stale')) {
					// Not stored: the card stays on screen so the learner can try again.
					this.error = e instanceof StorageError ? e.message : `This answer could not be saved (${String(e)}). Nothing was lost.`;
					this.announcement = this.error;
					return;
				}
				this.notice = this.announcement = 'Already answered in another tab, so it was not counted twice. Moved on.';
				return await this.next();
			}
			const { before, after, reviewId } = result;
			this.undoStack.push({ cardId, before, after, reviewId, ...snapshot });
			this.canUndo = true;
			this.answered = [...this.answered, { card: this.card, rating }];
			if (after.state === 1 || after.state === 3) this.learning.push({ cardId, due: after.due });
			else this.reviewed++;
			await this.next();
		} finally {
			this.busy = false;
		}
	}

	/** Takes back the last answer: restores the card's earlier state and shows it again; refused if the card changed since. */
	async undo(): Promise<void> {
		if (this.busy) return;
		const last = this.undoStack.pop();
		if (!last) return;
		this.busy = true;
		this.error = '';
		this.notice = '';
		try {
			await undoAnswer(this.deckId, last.cardId, last.before, last.after, last.reviewId);
			this.pinned = last.cardId;
			this.queue = last.queue;
			this.learning = last.learning;
			this.reviewed = last.reviewed;
			this.answered = this.answered.slice(0, -1);
			this.announcement = 'Last answer undone.';
			await this.next();
		} catch (e) {
			if (e instanceof StorageError && e.kind === 'changed') this.notice = this.announcement = e.message;
			else {
				// Not undone: the answer can be undone again.
				this.undoStack.push(last);
				this.error = this.announcement = e instanceof StorageError ? e.message : `The answer could not be undone (${String(e)}). Nothing was changed.`;
			}
		} finally {
			this.canUndo = this.undoStack.length > 0;
			this.busy = false;
		}
	}
}
