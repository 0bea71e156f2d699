/** The only module that defines the IndexedDB schema (Dexie); every version keeps its upgrade path. */
import Dexie, { type EntityTable } from 'dexie';
import type { Card, DeckArticle } from '../deck/schema';
import type { CardState, ReviewEntry } from '../srs/scheduler';
import { makeDeviceId, makeUid } from '../sync/ids';
import type { SyncDoc } from '../sync/docs';

/** Where a deck in the library came from. */
export type DeckOrigin = 'seed' | 'file' | 'url' | 'catalog' | 'made' | 'link';

/** A deck in the library (its cards live in the `cards` table). */
export interface DeckRow {
	id: string;
	title: string;
	description?: string;
	language: string;
	createdAt: string;
	url?: string;
	articles: DeckArticle[];
	origin: DeckOrigin;
	/** When the deck was first added / last updated (epoch ms). */
	addedAt: number;
	updatedAt: number;
	/** Number of active (not retired) cards. */
	cardCount: number;
	/** Hash of the deck content, to notice a changed deck with the same id. */
	contentHash: string;
}

/** One card of a deck; retired cards (removed by a deck update) keep their history. */
export interface CardRow {
	deckId: string;
	id: string;
	card: Card;
	/** Position in the deck, for a stable order of new cards. */
	order: number;
	retired: 0 | 1;
	/** 1 while the card is active and has never been answered (a "new" card). */
	fresh: 0 | 1;
	/** When the learner last edited the card (epoch ms); a deck update then keeps the edit (not indexed, no new version). */
	editedAt?: number;
}

/** A key/value setting. */
export interface SettingRow {
	key: string;
	value: unknown;
}

/** An unfinished study session of one deck, so a reload (or an app update) resumes where the learner was. */
export interface SessionRow {
	deckId: string;
	/** Card on screen, then the cards still queued, in order. */
	current: string | null;
	queue: string[];
	learning: { cardId: string; due: number }[];
	reviewed: number;
	/** The choice picked on the current card, if any; whether its answer was shown. */
	picked: string | null;
	revealed: boolean;
	updatedAt: number;
}

/** Version 1's tables; later versions list only what they change. */
export const SCHEMA_V1 = {
	decks: 'id, origin, updatedAt',
	cards: '[deckId+id], [deckId+order], deckId',
	states: '[deckId+cardId], [deckId+due], [deckId+state], deckId',
	reviews: '++id, [deckId+cardId], [deckId+review], review',
	settings: 'key'
};

/** Identity of a review across tabs, devices and backups: deck, card and the moment of the answer. */
export function reviewKey(r: Pick<ReviewEntry, 'deckId' | 'cardId' | 'review'>): string {
	return `${r.deckId}\u0000${r.cardId}\u0000${r.review}`;
}

/** Removes review rows that repeat another row's deck, card and time (v1 could store one answer twice). */
export async function dedupeReviews(reviews: Dexie.Table<ReviewEntry, number>): Promise<number> {
	const seen = new Set<string>();
	const extra: number[] = [];
	await reviews.orderBy(':id').each((r) => {
		const key = reviewKey(r);
		if (seen.has(key)) extra.push(r.id!);
		else seen.add(key);
	});
	await reviews.bulkDelete(extra);
	return extra.length;
}

/** A review a student shared with their class, as the teacher's device keeps it (read-only copy). */
export interface ClassReviewRow {
	cls: string;
	student: string;
	uid: string;
	deckId: string;
	cardId: string;
	rating: 1 | 2 | 3 | 4;
	review: number;
	state: 0 | 1 | 2 | 3;
}

/** A sync document written on this device (undo, suspension, setting) with whether the server has it yet. */
export type LocalSyncDoc = SyncDoc & { pushed: 0 | 1 };

function randomBytes(n: number): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(n));
}

/** The Newsdeck database. */
export class NewsdeckDB extends Dexie {
	decks!: EntityTable<DeckRow, 'id'>;
	cards!: Dexie.Table<CardRow, [string, string]>;
	states!: Dexie.Table<CardState, [string, string]>;
	reviews!: EntityTable<ReviewEntry, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	sessions!: EntityTable<SessionRow, 'deckId'>;
	syncDocs!: EntityTable<LocalSyncDoc, '_id'>;
	classReviews!: Dexie.Table<ClassReviewRow, [string, string, string]>;
	/** This device's id (a setting made on first open); part of every review uid. */
	deviceId = '';

	constructor(name = 'newsdeck') {
		super(name);
		this.version(1).stores(SCHEMA_V1);
		// v2: indexes that keep counts and queues fast at 100,000 cards (no full-table scans): `fresh` marks
		// active cards never answered, so new cards are one index range away; a review is identified by deck,
		// card and time (backup merges and two-tab checks look it up); unfinished sessions are stored so a
		// reload resumes them.
		this.version(2)
			.stores({
				cards: '[deckId+id], [deckId+order], deckId, [deckId+retired], [deckId+fresh+order]',
				states: '[deckId+cardId], [deckId+due], [deckId+state], deckId, [deckId+state+due], [deckId+suspended], [deckId+buriedUntil]',
				reviews: '++id, [deckId+cardId], [deckId+review], review, [deckId+cardId+review]',
				sessions: 'deckId'
			})
			.upgrade(async (tx) => {
				await dedupeReviews(tx.table('reviews'));
				await recomputeFresh(tx.table('cards'), tx.table('states'));
			});
		// v3 (sync): every review gets a global uid and a synced flag; undo, suspension and setting events wait in
		// syncDocs until the server has them; a teacher's device keeps the reviews students share in classReviews.
		this.version(3)
			.stores({ reviews: '++id, [deckId+cardId], [deckId+review], review, [deckId+cardId+review], &uid, synced', syncDocs: '_id, pushed', classReviews: '[cls+student+uid], [cls+student], cls' })
			.upgrade(async (tx) => {
				const device = await deviceIdIn(tx.table('settings'));
				await tx.table('reviews').toCollection().modify((r: ReviewEntry) => {
					r.uid ??= makeUid(device, r.review, randomBytes(10));
					r.synced ??= 0;
				});
			});
		this.on('ready', async () => {
			this.deviceId = await deviceIdIn(this.settings);
		});
		this.reviews.hook('creating', (_key, r) => {
			r.uid ??= makeUid(this.deviceId || 'device', r.review, randomBytes(10));
			r.synced ??= 0;
		});
	}
}

/** A new local event (undo, suspension, setting) waiting to be sent: its id is `type:` + a fresh uid unless given. */
export function syncEvent<T extends Omit<SyncDoc, 'owner' | '_id'> & { _id?: string }>(d: NewsdeckDB, doc: T, now: number): LocalSyncDoc {
	return { _id: `${doc.type}:${makeUid(d.deviceId || 'device', now, randomBytes(10))}`, ...doc, owner: '', pushed: 0 } as unknown as LocalSyncDoc;
}

/** The device id stored in settings, made on first use. */
async function deviceIdIn(settings: Pick<Dexie.Table<SettingRow, string>, 'get' | 'put'>): Promise<string> {
	const row = await settings.get('deviceId');
	if (typeof row?.value === 'string') return row.value;
	const id = makeDeviceId(randomBytes(8));
	await settings.put({ key: 'deviceId', value: id });
	return id;
}

let instance: NewsdeckDB | null = null;

/** The app's database, opened on first use. */
export function db(): NewsdeckDB {
	instance ??= new NewsdeckDB();
	return instance;
}

/** Replaces the shared instance (tests use a fresh database per case). */
export function useDatabase(d: NewsdeckDB): void {
	instance = d;
}

/** Sets every card row's `fresh` flag from the states: 1 for an active card never answered, else 0 (call inside a transaction). */
export async function recomputeFresh(cards: Dexie.Table<CardRow, [string, string]>, states: Dexie.Table<CardState, [string, string]>): Promise<void> {
	const studied = new Set((await states.toCollection().primaryKeys()).map((k) => JSON.stringify(k)));
	await cards.toCollection().modify((row: CardRow) => {
		row.fresh = !row.retired && !studied.has(JSON.stringify([row.deckId, row.id])) ? 1 : 0;
	});
}
