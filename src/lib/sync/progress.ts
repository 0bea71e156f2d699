/** The teacher's class page numbers, from the reviews students shared: pure, `now` passed in. */
import { replayCard } from './replay';
import type { GradeValue } from '../srs/scheduler';

/** A shared review, as the class page needs it. */
export interface SharedReview {
	student: string;
	uid: string;
	deckId: string;
	cardId: string;
	rating: GradeValue;
	review: number;
	state: 0 | 1 | 2 | 3;
}

/** One cell of the students × decks grid. */
export interface Cell {
	/** Cards of the deck answered at least once. */
	done: number;
	/** Cards answered before and due again by `now`. */
	due: number;
	/** Share of review-state answers not graded Again, or null before any. */
	retention: number | null;
}

/** The class page: a grid, the cards most often missed, and who has not studied this week. */
export interface ClassProgress {
	grid: Record<string, Record<string, Cell>>;
	missed: { deckId: string; cardId: string; misses: number }[];
	idle: string[];
	/** Students who shared nothing (not opted in, or not synced yet). */
	silent: string[];
}

const WEEK_MS = 7 * 86_400_000;

/** Computes the class page from shared reviews of `students` on `deckIds` at `now`. */
export function classProgress(students: string[], deckIds: string[], reviews: SharedReview[], now: Date): ClassProgress {
	const grid: ClassProgress['grid'] = {};
	const misses = new Map<string, number>();
	const byCard = new Map<string, SharedReview[]>();
	for (const r of reviews) {
		const key = `${r.student}\u0000${r.deckId}\u0000${r.cardId}`;
		byCard.set(key, [...(byCard.get(key) ?? []), r]);
		if (r.rating === 1) misses.set(`${r.deckId}\u0000${r.cardId}`, (misses.get(`${r.deckId}\u0000${r.cardId}`) ?? 0) + 1);
	}
	for (const s of students) {
		grid[s] = {};
		for (const deckId of deckIds) {
			const mine = reviews.filter((r) => r.student === s && r.deckId === deckId);
			const cards = [...new Set(mine.map((r) => r.cardId))];
			const due = cards.filter((c) => (replayCard(deckId, c, byCard.get(`${s}\u0000${deckId}\u0000${c}`)!)?.due ?? Infinity) <= now.getTime()).length;
			const graded = mine.filter((r) => r.state === 2);
			grid[s][deckId] = { done: cards.length, due, retention: graded.length ? graded.filter((r) => r.rating > 1).length / graded.length : null };
		}
	}
	const missed = [...misses]
		.map(([k, n]) => ({ deckId: k.split('\u0000')[0], cardId: k.split('\u0000')[1], misses: n }))
		.sort((a, b) => b.misses - a.misses || a.cardId.localeCompare(b.cardId))
		.slice(0, 10);
	const shared = new Set(reviews.map((r) => r.student));
	const recent = new Set(reviews.filter((r) => r.review > now.getTime() - WEEK_MS).map((r) => r.student));
	return { grid, missed, idle: students.filter((s) => shared.has(s) && !recent.has(s)), silent: students.filter((s) => !shared.has(s)) };
}
