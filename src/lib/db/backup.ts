/** Backup and restore of everything the learner has; each is one transaction, so a failure changes nothing. */
import { db, recomputeFresh, reviewKey, type CardRow, type DeckRow, type SettingRow } from './db';
import { guardQuota } from './errors';
import { LOCAL_ONLY_SETTINGS } from './sync-store';
import { BACKUP_VERSION, type Backup } from './backup-format';
import type { CardState, ReviewEntry } from '../srs/scheduler';

/** How a restore treats what is already stored. */
export type RestoreMode = 'merge' | 'replace';

/** What a restore changed. */
export interface RestoreResult {
	decks: number;
	cards: number;
	states: number;
	reviews: number;
	/** Reviews of the file that were already stored (merge only). */
	skipped: number;
}


function tables() {
	const d = db();
	return [d.decks, d.cards, d.states, d.reviews, d.settings, d.sessions];
}

/** Reads every deck, card, state, review and setting in one consistent snapshot. */
export async function exportBackup(now: Date): Promise<Backup> {
	const d = db();
	return d.transaction('r', tables(), async () => ({
		format: 'newsdeck-backup' as const,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		decks: await d.decks.toArray(),
		cards: await d.cards.toArray(),
		states: await d.states.toArray(),
		reviews: await d.reviews.toArray(),
		settings: (await d.settings.toArray()).filter((s) => !LOCAL_ONLY_SETTINGS.has(s.key))
	}));
}

/** Writes a validated backup: merge (newest wins, nothing duplicated) or replace everything. One transaction. */
export async function restoreBackup(backup: Backup, mode: RestoreMode): Promise<RestoreResult> {
	const d = db();
	return guardQuota(() =>
		d.transaction('rw', tables(), async () => {
			if (mode === 'replace') {
				// This device's id and sync settings stay; its sync checkpoint does not: the restored data may be older than
				// what the checkpoint says was pulled, so the next pass reads the server from the start (nothing is doubled).
				const local = (await d.settings.bulkGet([...LOCAL_ONLY_SETTINGS])).filter((s): s is SettingRow => !!s && s.key !== 'syncCheckpoint');
				for (const t of tables()) await t.clear();
				await d.settings.bulkPut(local);
				await d.decks.bulkAdd(backup.decks);
				await d.cards.bulkAdd(backup.cards);
				await d.states.bulkAdd(backup.states);
				await d.reviews.bulkAdd(backup.reviews);
				await d.settings.bulkPut(backup.settings.filter((s) => !LOCAL_ONLY_SETTINGS.has(s.key)));
				// Which cards are new follows from this device's states, not the flag another device wrote.
				await recomputeFresh(d.cards, d.states);
				const { decks, cards, states, reviews } = backup;
				return { decks: decks.length, cards: cards.length, states: states.length, reviews: reviews.length, skipped: 0 };
			}
			const result = await merge(backup);
			await recomputeFresh(d.cards, d.states);
			return result;
		})
	);
}

/** A deck of the file replaces the stored one only when it is newer; its cards follow the deck that wins. */
async function mergeDecks(backup: Backup): Promise<{ decks: number; cards: number }> {
	const d = db();
	const stored = await d.decks.bulkGet(backup.decks.map((x) => x.id));
	const winners = new Set<string>();
	const decks: DeckRow[] = [];
	backup.decks.forEach((deck, i) => {
		const local = stored[i];
		if (!local || deck.updatedAt > local.updatedAt) {
			winners.add(deck.id);
			decks.push(deck);
		}
	});
	const localCards = await d.cards.bulkGet(backup.cards.map((c): [string, string] => [c.deckId, c.id]));
	const cards: CardRow[] = [];
	backup.cards.forEach((row, i) => {
		if (winners.has(row.deckId)) cards.push(row);
		// A card the stored (newer) deck no longer has is kept retired, so its history stays readable.
		else if (!localCards[i]) cards.push({ ...row, retired: 1 });
	});
	// Cards of a replaced deck that the newer file does not have are retired, not deleted.
	const fileCards = new Set(backup.cards.map((c) => `${c.deckId}\u0000${c.id}`));
	for (const id of winners) {
		await d.cards
			.where('deckId')
			.equals(id)
			.modify((c) => {
				if (!fileCards.has(`${c.deckId}\u0000${c.id}`)) c.retired = 1;
			});
	}
	await d.decks.bulkPut(decks);
	await d.cards.bulkPut(cards);
	return { decks: decks.length, cards: cards.length };
}

/** The state whose last review is newer wins; on a tie the stored one stays. */
async function mergeStates(states: CardState[]): Promise<number> {
	const d = db();
	const stored = await d.states.bulkGet(states.map((s): [string, string] => [s.deckId, s.cardId]));
	const newer = states.filter((s, i) => {
		const local = stored[i];
		return !local || (s.lastReview ?? -Infinity) > (local.lastReview ?? -Infinity);
	});
	await d.states.bulkPut(newer);
	return newer.length;
}

async function merge(backup: Backup): Promise<RestoreResult> {
	const d = db();
	const { decks, cards } = await mergeDecks(backup);
	const states = await mergeStates(backup.states);
	const keys = (await d.reviews.orderBy('[deckId+cardId+review]').keys()) as unknown as [string, string, number][];
	const known = new Set(keys.map(([deckId, cardId, review]) => reviewKey({ deckId, cardId, review })));
	// Ids are local to each device; merged reviews get new ones.
	const uids = new Set((await d.reviews.orderBy('uid').keys()) as string[]);
	// A uid already stored names another answer (a hand-edited or copied file): that review gets a new uid.
	const fresh = backup.reviews
		.filter((r) => !known.has(reviewKey(r)))
		// Offered to the sync server again: the file's flags describe another device's server, if any.
		.map(({ id: _id, ...r }) => (r.uid && uids.has(r.uid) ? { ...r, uid: undefined, synced: 0 as const } : { ...r, synced: 0 as const }));
	await d.reviews.bulkAdd(fresh);
	const settingKeys = new Set(await d.settings.toCollection().primaryKeys());
	await d.settings.bulkAdd(backup.settings.filter((s) => !settingKeys.has(s.key)));
	return { decks, cards, states, reviews: fresh.length, skipped: backup.reviews.length - fresh.length };
}
