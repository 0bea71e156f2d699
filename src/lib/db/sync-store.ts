/** The Dexie side of sync: what waits to go to the server, and applying what came from it (one transaction per batch). */
import { db, reviewKey, type LocalSyncDoc } from './db';
import { guardQuota } from './errors';
import { getStudySettings } from './queue';
import { newState, type ReviewEntry } from '../srs/scheduler';
import { latest, replayCard } from '../sync/replay';
import type { ClassDoc, DeckDoc, ReviewDoc, SettingDoc, SuspensionDoc, SyncDoc, UndoDoc } from '../sync/docs';
import { loadDeck } from './teacher';
import { saveDeck } from './repo';

/** Decks larger than this (as JSON) stay on the device: CouchDB refuses documents over its max_document_size (8 MB by default). */
export const MAX_DECK_DOC_BYTES = 4 * 1024 * 1024;

/** The sync id of one deck version. */
export function deckDocId(deckId: string, hash: string): string {
	return `deck:${deckId}:${hash}`;
}

/** Library decks (not bundled ones, which every device has) whose current version the server lacks, as documents. */
async function outgoingDecks(owner: string, limit: number): Promise<DeckDoc[]> {
	const d = db();
	const out: DeckDoc[] = [];
	for (const row of await d.decks.where('origin').noneOf(['seed']).toArray()) {
		if (out.length >= limit) break;
		const id = deckDocId(row.id, row.contentHash);
		if (await d.syncDocs.get(id)) continue;
		const doc = await deckDocOf(row.id, owner);
		if (doc) out.push(doc);
	}
	return out;
}

/** A library deck's current version as a sync document, or undefined when missing or too big to send. */
export async function deckDocOf(deckId: string, owner: string): Promise<DeckDoc | undefined> {
	const row = await db().decks.get(deckId);
	const deck = row && row.origin !== 'seed' ? await loadDeck(deckId) : undefined;
	// Bytes, not characters: CouchDB's 8 MB document limit counts UTF-8, and a non-Latin deck is up to three bytes a character.
	if (!row || !deck || new TextEncoder().encode(JSON.stringify(deck)).length > MAX_DECK_DOC_BYTES) return undefined;
	const origin = row.origin as DeckDoc['origin'];
	return { _id: deckDocId(row.id, row.contentHash), type: 'deck', owner, deckId: row.id, hash: row.contentHash, origin, updatedAt: row.updatedAt, deck };
}

/** The description of the class whose database is at `url`, once a pass has read it. */
export async function classInfo(url: string): Promise<ClassDoc | undefined> {
	const row = await db().syncDocs.get(`classinfo:${url}`);
	return row ? ({ ...row, _id: 'class:info' } as unknown as ClassDoc) : undefined;
}

/** Decks a teacher can publish: the library's own decks (not bundled ones), by title. */
export async function publishableDecks(): Promise<{ id: string; title: string }[]> {
	const rows = await db().decks.where('origin').noneOf(['seed']).toArray();
	return rows.map((r) => ({ id: r.id, title: r.title })).sort((a, b) => a.title.localeCompare(b.title));
}

/** Settings that belong to this device only: never in a backup, never replaced by a restore. */
export const LOCAL_ONLY_SETTINGS = new Set(['deviceId', 'sync', 'syncCheckpoint']);

/** A review row as its sync document. */
export function reviewDoc(r: ReviewEntry, owner: string): ReviewDoc {
	const { id: _id, synced: _s, uid, ...rest } = r;
	return { _id: `review:${uid}`, type: 'review', owner, uid: uid!, ...rest };
}

/** Up to `limit` documents the server does not have yet: unsynced reviews first, then undo/suspension/setting events. */
export async function outgoing(owner: string, limit: number): Promise<SyncDoc[]> {
	const d = db();
	const reviews = await d.reviews.where('synced').equals(0).limit(limit).toArray();
	const docs: SyncDoc[] = reviews.map((r) => reviewDoc(r, owner));
	if (docs.length < limit) {
		const events = await d.syncDocs.where('pushed').equals(0).limit(limit - docs.length).toArray();
		for (const { pushed: _p, ...e } of events) docs.push({ ...e, owner } as SyncDoc);
	}
	if (docs.length < limit) docs.push(...(await outgoingDecks(owner, limit - docs.length)));
	return docs;
}

/** Marks documents as held by the server. */
export async function markPushed(ids: string[]): Promise<void> {
	const d = db();
	const uids = ids.filter((i) => i.startsWith('review:')).map((i) => i.slice('review:'.length));
	const decks = ids.filter((i) => i.startsWith('deck:'));
	const other = ids.filter((i) => !i.startsWith('review:') && !i.startsWith('deck:'));
	const sent = new Set(uids);
	// One walk over the (few) unsynced rows; a lookup per uid is far slower in IndexedDB shims.
	await d.transaction('rw', d.reviews, d.syncDocs, async () => {
		await d.reviews
			.where('synced')
			.equals(0)
			.modify((r) => {
				if (sent.has(r.uid!)) r.synced = 1;
			});
		if (other.length) await d.syncDocs.where('_id').anyOf(other).modify({ pushed: 1 });
		// A deck version is remembered by id only (its cards stay in the cards table).
		await d.syncDocs.bulkPut(decks.map((_id) => ({ _id, type: 'deck', pushed: 1 }) as unknown as LocalSyncDoc));
	});
}

/** The server checkpoint (its last change sequence applied here), or null before the first pull. */
export async function checkpoint(server: string): Promise<string | null> {
	const seqs = (await db().settings.get('syncCheckpoint'))?.value as Record<string, string> | undefined;
	return seqs && Object.hasOwn(seqs, server) ? seqs[server] : null;
}

/** What applying a batch of pulled documents changed. */
export interface ApplyResult {
	reviews: number;
	events: number;
	cards: number;
}

/**
 * Applies pulled (already validated) documents and then saves `seq` as the checkpoint, in one transaction: a batch is
 * all in or all out. Reviews are added once (by uid, or by deck, card and time for a review restored from a backup);
 * every card they touch is replayed from its full review log, so devices holding the same reviews hold the same states.
 */
export async function applyPulled(docs: SyncDoc[], server: string, seq: string): Promise<ApplyResult> {
	const d = db();
	return guardQuota(() =>
		d.transaction('rw', [d.reviews, d.states, d.cards, d.syncDocs, d.settings, d.decks, d.sessions], async () => {
			const out: ApplyResult = { reviews: 0, events: 0, cards: 0 };
			const touched = new Set<string>();
			for (const doc of docs) if (doc.type === 'deck') out.events += await applyDeck(doc);
			// Which database each deck came from (a class's decks are the ones whose progress a student may share).
			await d.syncDocs.bulkPut(docs.filter((x) => x.type === 'deck').map((x) => ({ _id: `deckfrom:${server}:${x.deckId}`, type: 'deck', pushed: 1 }) as unknown as LocalSyncDoc));
			for (const doc of docs) if (doc.type === 'class') await d.syncDocs.put({ ...doc, _id: `classinfo:${server}`, pushed: 1 } as unknown as LocalSyncDoc);
			const reviews = docs.filter((x): x is ReviewDoc => x.type === 'review');
			const knownUids = new Set<string>();
			for (const r of reviews) if (await d.reviews.where('uid').equals(r.uid).count()) knownUids.add(r.uid);
			for (const r of reviews) {
				if (knownUids.has(r.uid) || (await d.syncDocs.get(`undo:${r.uid}`))) continue;
				const same = await d.reviews.where('[deckId+cardId+review]').equals([r.deckId, r.cardId, r.review]).first();
				if (same) continue;
				const { _id, _rev, type: _t, owner: _o, ...row } = r;
				await d.reviews.add({ ...row, synced: 1 });
				knownUids.add(r.uid);
				touched.add(reviewKey({ deckId: r.deckId, cardId: r.cardId, review: 0 }));
				out.reviews++;
			}
			for (const e of docs.filter((x) => x.type === 'undo' || x.type === 'suspension' || x.type === 'setting')) {
				if (await d.syncDocs.get(e._id)) continue;
				const { _rev, ...rest } = e;
				await d.syncDocs.put({ ...rest, pushed: 1 } as LocalSyncDoc);
				out.events++;
				if (e.type === 'undo') {
					const r = await d.reviews.where('uid').equals(e.uid).first();
					if (r) {
						await d.reviews.delete(r.id!);
						touched.add(reviewKey({ deckId: r.deckId, cardId: r.cardId, review: 0 }));
					}
				} else if (e.type === 'suspension') touched.add(reviewKey({ deckId: e.deckId, cardId: e.cardId, review: 0 }));
				else if (e.type === 'setting') await applySetting(e.key);
			}
			// Replayed with the settings this batch may just have changed, and FSRS's default parameters rather than this
			// device's fitted ones (those are not synced), so devices holding the same reviews hold the same states.
			const { w: _fitted, ...settings } = await getStudySettings();
			for (const key of touched) {
				const [deckId, cardId] = key.split('\u0000');
				await replayInto(deckId, cardId, settings);
				out.cards++;
			}
			const seqs = ((await d.settings.get('syncCheckpoint'))?.value as Record<string, string> | undefined) ?? {};
			await d.settings.put({ key: 'syncCheckpoint', value: { ...seqs, [server]: seq } });
			return out;
		})
	);
}

/** Adds or updates a deck from a newer version on the server (by its time); an older or known version changes nothing. */
async function applyDeck(doc: DeckDoc): Promise<number> {
	const d = db();
	if (await d.syncDocs.get(doc._id)) return 0;
	await d.syncDocs.put({ _id: doc._id, type: 'deck', pushed: 1 } as unknown as LocalSyncDoc);
	const local = await d.decks.get(doc.deckId);
	if (local && (local.contentHash === doc.hash || local.updatedAt >= doc.updatedAt)) return 0;
	await saveDeck(doc.deck, doc.origin, new Date(doc.updatedAt));
	// Stored here it may hash differently (fields rebuilt); that version is the same deck, so it is not sent back.
	const stored = await d.decks.get(doc.deckId);
	if (stored) await d.syncDocs.put({ _id: deckDocId(doc.deckId, stored.contentHash), type: 'deck', pushed: 1 } as unknown as LocalSyncDoc);
	return 1;
}

/** Rewrites one card's state from its reviews and the latest suspension event (inside applyPulled's transaction). */
async function replayInto(deckId: string, cardId: string, settings: Awaited<ReturnType<typeof getStudySettings>>): Promise<void> {
	const d = db();
	const before = await d.states.get([deckId, cardId]);
	const reviews = await d.reviews.where('[deckId+cardId]').equals([deckId, cardId]).toArray();
	const events = (await d.syncDocs.where('_id').startsWith('suspension:').toArray()) as unknown as SuspensionDoc[];
	const suspension = latest(events.filter((e) => e.deckId === deckId && e.cardId === cardId));
	const suspended = suspension ? (suspension.suspended ? 1 : 0) : (before?.suspended ?? 0);
	const state = replayCard(deckId, cardId, reviews.map((r) => ({ uid: r.uid!, rating: r.rating, review: r.review })), settings, { suspended, buriedUntil: before?.buriedUntil ?? 0 });
	if (state || suspended) {
		await d.states.put(state ?? { ...(before ?? newState(deckId, cardId, new Date(0))), suspended: 1 });
		await d.cards.update([deckId, cardId], { fresh: 0 });
	} else if (before) {
		// Its only reviews were taken back: the card is new again.
		await d.states.delete([deckId, cardId]);
		const row = await d.cards.get([deckId, cardId]);
		if (row && !row.retired) await d.cards.update([deckId, cardId], { fresh: 1 });
	}
}

/** Sets a synced setting to its latest event's value (validated when it arrived). */
async function applySetting(key: 'study'): Promise<void> {
	const d = db();
	const events = (await d.syncDocs.where('_id').startsWith('setting:').toArray()) as unknown as SettingDoc[];
	const last = latest(events.filter((e) => e.key === key));
	if (last) await d.settings.put({ key, value: last.value });
}

/** The sync settings of this device (server origin, user, on/off, last success). */
export interface SyncConfig {
	server: string;
	user: string;
	enabled: boolean;
	lastSynced: number | null;
	/** Names of the classes joined on this device. */
	classes: string[];
	/** Classes whose teacher sees this learner's progress on the class decks (opted in). */
	shared: string[];
}

/** The stored sync settings, or the defaults (off). */
export async function getSyncConfig(): Promise<SyncConfig> {
	const v = (await db().settings.get('sync'))?.value as Partial<SyncConfig> | undefined;
	return { server: '', user: '', enabled: false, lastSynced: null, classes: [], shared: [], ...v };
}

/** Saves the sync settings. */
export async function saveSyncConfig(c: SyncConfig): Promise<void> {
	await db().settings.put({ key: 'sync', value: { ...c } });
}

/** How many reviews and events wait for the server. */
export async function pendingCount(): Promise<number> {
	const d = db();
	return (await d.reviews.where('synced').equals(0).count()) + (await d.syncDocs.where('pushed').equals(0).count());
}

/** This device's side of sync, for the engine. */
export const localSide = { outgoing, markPushed, checkpoint, applyPulled };

/** Forgets what any server has (a new server or account): everything is offered again, the next pull starts at 0. */
export async function resetSyncMarks(): Promise<void> {
	const d = db();
	await d.transaction('rw', d.reviews, d.syncDocs, d.settings, async () => {
		await d.reviews.where('synced').equals(1).modify({ synced: 0 });
		await d.syncDocs.where('_id').startsWith('deck:').delete();
		await d.syncDocs
			.where('pushed')
			.equals(1)
			.filter((x) => x.type === 'undo' || x.type === 'suspension' || x.type === 'setting')
			.modify({ pushed: 0 });
		await d.settings.delete('syncCheckpoint');
	});
}

/** Ids of the decks that came from the database at `url` (a class's decks). */
export async function decksFrom(url: string): Promise<string[]> {
	const prefix = `deckfrom:${url}:`;
	return (await db().syncDocs.where('_id').startsWith(prefix).primaryKeys()).map((k) => k.slice(prefix.length));
}

/**
 * Reviews of `deckIds` stored after local row `after` (the last one shared), up to `limit`, as documents of `owner`,
 * with the last row id they reach: a student's progress for their class, sent in order and resumable.
 */
export async function progressSince(deckIds: string[], after: number, owner: string, limit: number): Promise<{ docs: ReviewDoc[]; last: number }> {
	const decks = new Set(deckIds);
	const rows = await db().reviews.where(':id').above(after).limit(limit).toArray();
	return { docs: rows.filter((r) => decks.has(r.deckId)).map((r) => reviewDoc(r, owner)), last: rows.length ? rows[rows.length - 1].id! : after };
}

/**
 * Undo events of answers on `deckIds` not yet in `sent` (undo ids), as documents of `owner`: a shared answer taken
 * back is taken back on the teacher's page too. Undos run newest answer first, so they are tracked by id, not time.
 */
export async function undosToShare(deckIds: string[], sent: ReadonlySet<string>, owner: string): Promise<UndoDoc[]> {
	const decks = new Set(deckIds);
	const rows = (await db().syncDocs.where('_id').startsWith('undo:').toArray()) as unknown as (UndoDoc & { pushed?: number; deckId?: string })[];
	return rows.filter((r) => r.deckId !== undefined && decks.has(r.deckId) && !sent.has(r._id)).map(({ pushed: _p, deckId: _d, ...r }) => ({ ...r, owner }));
}

/** The ids stored under a list mark (undo ids already shared, per progress database). */
export async function getListMark(key: string): Promise<Set<string>> {
	return new Set(((await db().syncDocs.get(`mark:${key}`)) as unknown as { value?: string[] } | undefined)?.value ?? []);
}

/** Saves a list mark. */
export async function setListMark(key: string, ids: Iterable<string>): Promise<void> {
	await db().syncDocs.put({ _id: `mark:${key}`, type: 'mark', value: [...ids], pushed: 1 } as unknown as LocalSyncDoc);
}

/** A stored mark (last shared review row, per progress database). */
export async function getMark(key: string): Promise<number> {
	return ((await db().syncDocs.get(`mark:${key}`)) as unknown as { value?: number } | undefined)?.value ?? 0;
}

/** Saves a mark. */
export async function setMark(key: string, value: number): Promise<void> {
	await db().syncDocs.put({ _id: `mark:${key}`, type: 'mark', value, pushed: 1 } as unknown as LocalSyncDoc);
}

/**
 * Stores reviews a student shared (already validated) on the teacher's device, drops those the student took back
 * (`undone` uids), and saves the pull checkpoint, in one transaction.
 */
export async function storeClassReviews(cls: string, student: string, docs: ReviewDoc[], url: string, seq: string, undone: string[] = []): Promise<void> {
	const d = db();
	await guardQuota(() =>
		d.transaction('rw', d.classReviews, d.settings, async () => {
			const back = new Set(undone);
			await d.classReviews.bulkPut(docs.filter((r) => !back.has(r.uid)).map((r) => ({ cls, student, uid: r.uid, deckId: r.deckId, cardId: r.cardId, rating: r.rating, review: r.review, state: r.state })));
			if (back.size) await d.classReviews.bulkDelete([...back].map((uid) => [cls, student, uid] as [string, string, string]));
			const seqs = ((await d.settings.get('syncCheckpoint'))?.value as Record<string, string> | undefined) ?? {};
			await d.settings.put({ key: 'syncCheckpoint', value: { ...seqs, [url]: seq } });
		})
	);
}

/** Everything the teacher's class page shows, from this device only (works offline). */
export async function classPageData(cls: string, url: string) {
	const d = db();
	const info = await classInfo(url);
	const deckIds = await decksFrom(url);
	const decks = (await d.decks.bulkGet(deckIds)).filter((x) => !!x);
	const cards = await d.cards.where('deckId').anyOf(deckIds).filter((c) => !c.retired).toArray();
	const reviews = await d.classReviews.where('cls').equals(cls).toArray();
	return { info, decks: decks.map((x) => ({ id: x.id, title: x.title })), cards: cards.map((c) => ({ deckId: c.deckId, id: c.id, prompt: c.card.prompt })), reviews };
}
