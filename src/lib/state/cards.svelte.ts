/** The Cards page's state: a deck's cards, loaded once per deck version, a search, the window of rows on screen and their states. */
import { live } from '../db/live';
import type { Card } from '../deck/schema';
import type { CardState } from '../srs/scheduler';
import { deckCards, deckStates, setSuspended, statesOf } from '../db/repo';
import { windowRange } from './window';

const STATE = ['New', 'Learning', 'Review', 'Relearning'];

/** The Cards page's state filter: FSRS states in words (learning includes relearning), and suspended cards. */
export const STATE_FILTERS = ['new', 'learning', 'review', 'suspended'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number] | '';

/** Which filter bucket a card's state falls in (a card with no state is new). */
export function stateBucket(s: CardState | undefined): Exclude<StateFilter, ''> {
	if (s?.suspended) return 'suspended';
	if (!s || s.state === 0) return 'new';
	return s.state === 2 ? 'review' : 'learning';
}

/** The text a search looks in: id, prompt, answer, accepted answers and tags, in lower case. */
function searchText(c: Card): string {
	return [c.id, c.prompt, ...(Array.isArray(c.answer) ? c.answer : [c.answer]), ...(c.accept ?? []), ...(c.tags ?? [])].join('\n').toLowerCase();
}

/** A deck's cards as a windowed, searchable list; only the rows on screen are rendered and have their states read. */
export class CardList {
	/** Every active card, in deck order (raw: 100,000 cards must not become 100,000 proxies). */
	cards = $state.raw<Card[]>([]);
	loaded = $state(false);
	query = $state('');
	/** Card type to keep ('' for all) and state to keep ('' for all). */
	type = $state('');
	state = $state<StateFilter>('');
	/** Every card's state, read only while a state filter is on (a 100,000-card deck need not pay for it otherwise). */
	private allStates = $state.raw<Map<string, CardState> | null>(null);
	/** Rows rendered, `start` inclusive to `end` exclusive, in `matches`. */
	start = $state(0);
	end = $state(0);
	/** States of the rendered rows only. */
	states = $state.raw(new Map<string, CardState>());
	private texts: string[] = [];
	private version = '';

	constructor(readonly deckId: string) {}

	/** The card types of this deck, for the type filter. */
	types = $derived([...new Set(this.cards.map((c) => c.type))].sort());

	/** The cards the search and the filters keep (all of them when none is set). */
	matches = $derived.by(() => {
		const q = this.query.trim().toLowerCase();
		const { type, state } = this;
		const states = this.allStates;
		if (!q && !type && !state) return this.cards;
		return this.cards.filter(
			(c, i) => (!q || this.texts[i].includes(q)) && (!type || c.type === type) && (!state || (states !== null && stateBucket(states.get(c.id)) === state))
		);
	});

	/** Reads every card's state for the state filter (again after a suspend, so the list follows it). */
	async loadStates(): Promise<void> {
		this.allStates = this.state ? await deckStates(this.deckId) : null;
	}

	/** The rows to render, with their position in `matches`. */
	rows = $derived(this.matches.slice(this.start, this.end).map((card, k) => ({ card, index: this.start + k })));

	/** Loads the cards when the deck is new or was updated (`version`); suspending a card never reloads them. */
	async load(version: string): Promise<void> {
		if (version === this.version) return;
		this.version = version;
		const cards = await deckCards(this.deckId);
		if (version !== this.version) return;
		this.texts = cards.map(searchText);
		this.cards = cards;
		this.loaded = true;
	}

	/** Sets the rendered window from where the list is on screen. */
	place(scrolled: number, viewport: number, rowHeight: number, margin = 4): void {
		const { start, end } = windowRange({ scrolled, viewport, rowHeight, count: this.matches.length, margin });
		if (start !== this.start) this.start = start;
		if (end !== this.end) this.end = end;
	}

	/** Follows the rendered rows' states live (another tab, or Suspend here); returns the unsubscribe. */
	watchStates(cardIds: string[]): () => void {
		return live(() => statesOf(this.deckId, cardIds), this.states).subscribe((m) => (this.states = m));
	}

	/** A card's state in words: New, Suspended, or its learning state and due date. */
	label(cardId: string): string {
		const s = this.states.get(cardId);
		if (!s) return 'New';
		if (s.suspended) return 'Suspended';
		return `${STATE[s.state]}${s.state ? `, due ${new Date(s.due).toLocaleDateString()}` : ''}`;
	}

	/** Suspends or unsuspends a card; its row changes as soon as the write is done (only its state is read again). */
	async suspend(cardId: string, suspended: boolean): Promise<void> {
		await setSuspended(this.deckId, cardId, suspended, new Date());
		if (this.state) await this.loadStates();
	}
}
