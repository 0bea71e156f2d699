/** A session over every deck's due cards (learning and review, the library's "due"), one deck after another. */
import { libraryOverview } from '../db/repo';
import { StudySession, type Answered } from './study.svelte';

/** A deck with cards due now, as the round lists it. */
export interface DueDeck {
	id: string;
	title: string;
	due: number;
}

/** The decks with due cards at `now` and their total: the same counts (`deckCounts`) as the library and deck pages. */
export async function dueAcrossDecks(now: Date): Promise<{ decks: DueDeck[]; total: number }> {
	const decks = (await libraryOverview(now))
		.map((d) => ({ id: d.id, title: d.title, due: d.counts.due + d.counts.learning }))
		.filter((d) => d.due > 0)
		.sort((a, b) => a.title.localeCompare(b.title));
	return { decks, total: decks.reduce((n, d) => n + d.due, 0) };
}

/** Studies each deck's due cards in turn; `session` is the deck on screen, `answered` gathers every deck's answers. */
export class DueRound {
	decks = $state<DueDeck[]>([]);
	total = $state(0);
	index = $state(0);
	session = $state<StudySession | null>(null);
	finished = $state(false);
	/** Answers of the decks already finished (the deck on screen keeps its own). */
	private earlier: Answered[] = [];
	private moving = false;
	startedAt = 0;

	constructor(private readonly clock: () => Date = () => new Date()) {}

	/** Every answer of the round so far. */
	get answered(): Answered[] {
		return [...this.earlier, ...(this.session?.answered ?? [])];
	}

	/** Finds the decks with due cards and opens the first. */
	async start(): Promise<void> {
		this.startedAt = this.clock().getTime();
		const { decks, total } = await dueAcrossDecks(this.clock());
		this.decks = decks;
		this.total = total;
		this.index = -1;
		await this.advance();
	}

	/** Moves on to the next deck with cards left (call when the deck on screen is finished); a second call meanwhile waits its turn. */
	async advance(): Promise<void> {
		if (this.moving) return;
		this.moving = true;
		try {
			await this.openNext();
		} finally {
			this.moving = false;
		}
	}

	private async openNext(): Promise<void> {
		if (this.session) this.earlier = [...this.earlier, ...this.session.answered];
		this.session = null;
		for (;;) {
			this.index++;
			const deck = this.decks[this.index];
			if (!deck) {
				this.finished = true;
				return;
			}
			const next = new StudySession(deck.id, this.clock, { dueOnly: true });
			await next.start();
			if (!next.finished) {
				this.session = next;
				return;
			}
		}
	}
}
