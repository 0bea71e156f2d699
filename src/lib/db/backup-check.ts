/** The rules of a backup a schema cannot express: unique keys, rows that belong to a deck and card, decks as valid as an import. */
import { toDeck } from '../deck/parse';
import { DeckError } from '../deck/errors';
import { reviewKey, type CardRow } from './db';
import { settingProblems } from './settings';
import type { Backup } from './backup-format';

/** Each deck checked like an imported deck (answers among choices, sources inside articles), with backup paths. */
function deckProblems(b: Backup): string[] {
	const problems: string[] = [];
	// Retired cards may cite articles a newer version dropped; only the active cards form the deck.
	const byDeck = new Map<string, (readonly [CardRow, number])[]>();
	b.cards.forEach((c, k) => {
		if (!c.retired) byDeck.set(c.deckId, [...(byDeck.get(c.deckId) ?? []), [c, k] as const]);
	});
	b.decks.forEach((row, i) => {
		const active = byDeck.get(row.id) ?? [];
		const { id, title, description, language, createdAt, url, articles } = row;
		const deck = { format: 'newsdeck', version: 1, id, title, description, language, createdAt, url, articles, cards: active.map(([c]) => c.card) };
		try {
			toDeck(deck);
		} catch (e) {
			if (!(e instanceof DeckError)) throw e;
			for (const p of e.problems) {
				const card = /^cards\[(\d+)\](.*)$/s.exec(p);
				problems.push(card ? `cards[${active[Number(card[1])][1]}].card${card[2]}` : `decks[${i}].${p}`);
			}
		}
	});
	return problems;
}

/** Every problem of a schema-valid backup, each naming its path; empty when it can be restored. */
export function crossCheck(b: Backup): string[] {
	const problems: string[] = [];
	const decks = new Set<string>();
	b.decks.forEach((d, i) => {
		if (decks.has(d.id)) problems.push(`decks[${i}].id: "${d.id}" is used twice`);
		decks.add(d.id);
	});
	const cardKey = (deckId: string, cardId: string) => `${deckId}\u0000${cardId}`;
	const cards = new Set(b.cards.map((c: CardRow) => cardKey(c.deckId, c.id)));
	const unique = (name: 'cards' | 'states' | 'reviews', rows: { deckId: string }[], key: (r: never) => string) => {
		const seen = new Set<string>();
		rows.forEach((r, i) => {
			if (!decks.has(r.deckId)) problems.push(`${name}[${i}].deckId: no deck "${r.deckId}" in this backup`);
			else if ('cardId' in r && !cards.has(cardKey(r.deckId, r.cardId as string))) problems.push(`${name}[${i}].cardId: no card "${r.cardId}" in deck "${r.deckId}"`);
			const k = key(r as never);
			if (seen.has(k)) problems.push(`${name}[${i}]: the same ${name === 'reviews' ? 'review' : 'row'} appears twice`);
			seen.add(k);
		});
	};
	unique('cards', b.cards, (c: CardRow) => cardKey(c.deckId, c.id));
	unique('states', b.states, (s: Backup['states'][number]) => cardKey(s.deckId, s.cardId));
	unique('reviews', b.reviews, (r: Backup['reviews'][number]) => reviewKey(r));
	const ids = new Set<number>();
	b.reviews.forEach((r, i) => {
		if (r.id !== undefined && ids.has(r.id)) problems.push(`reviews[${i}].id: ${r.id} is used by another review`);
		if (r.id !== undefined) ids.add(r.id);
	});
	const keys = new Set<string>();
	b.settings.forEach((s, i) => {
		if (keys.has(s.key)) problems.push(`settings[${i}].key: "${s.key}" appears twice`);
		keys.add(s.key);
		problems.push(...settingProblems(s.key, s.value, `settings[${i}].value`));
	});
	return [...problems, ...deckProblems(b)];
}
