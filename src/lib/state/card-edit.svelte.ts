/** Editing one saved card: a draft of it, field errors from the one deck schema, and a save that keeps id and history. */
import type { Card } from '../deck/schema';
import type { DeckRow } from '../db/db';
import { getCard, getDeck, saveCardEdit } from '../db/repo';
import { checkEditedCard, editCard, errorKey, fieldErrors, type CardField } from '../exchange/edit';

/** State of the card editor page; `clock` is injectable for tests. */
export class CardEdit {
	deck = $state<DeckRow | null>(null);
	/** The card as edited so far (a copy; the stored card changes only on save). */
	draft = $state<Card | null>(null);
	missing = $state(false);
	/** Problems by field (`0.prompt`), shown beside each field. */
	errors = $state<Record<string, string[]>>({});
	/** Every problem named by its path (`card.choices: …`), for the summary above the form. */
	problems = $state<string[]>([]);
	saved = $state(false);
	error = $state('');

	constructor(
		readonly deckId: string,
		readonly cardId: string,
		private readonly clock: () => Date = () => new Date()
	) {}

	/** Loads the deck and the card (retired cards too: their history is still readable). */
	async load(): Promise<void> {
		const [deck, card] = await Promise.all([getDeck(this.deckId), getCard(this.deckId, this.cardId)]);
		if (!deck || !card) {
			this.missing = true;
			return;
		}
		this.deck = deck;
		this.draft = structuredClone(card);
	}

	/** Changes one field of the draft and clears that field's problems. */
	edit(field: CardField, value: string | string[]): void {
		if (!this.draft) return;
		editCard(this.draft, field, value);
		delete this.errors[errorKey(0, field)];
		this.saved = false;
	}

	/** Checks the draft with the deck schema; saves it when valid. Returns whether it was saved. */
	async save(): Promise<boolean> {
		if (!this.draft || !this.deck) return false;
		const checked = checkEditedCard(this.deck, $state.snapshot(this.draft) as Card);
		if ('problems' in checked) {
			this.errors = fieldErrors(checked.problems);
			this.problems = checked.problems.map((p) => p.replace(/^cards\[0\]/, 'card'));
			return false;
		}
		this.errors = {};
		this.problems = [];
		try {
			await saveCardEdit(this.deckId, checked.card, this.clock());
			this.saved = true;
			this.error = '';
			return true;
		} catch (e) {
			this.error = `The card could not be saved (${e instanceof Error ? e.message : String(e)}). The stored card is unchanged.`;
			return false;
		}
	}
}
