/** One sync pass over the CouchDB replication endpoints: push what the server lacks, then pull changes since the checkpoint. */
import { parseSyncDoc, type Rejection, type SyncDoc } from './docs';

/** The reason the server's rules give when a review or undo is written again (see rules.ts). */
const IMMUTABLE = 'reviews are immutable';

/** The server side, as PouchDB's HTTP adapter offers it (bulk_docs and the changes feed). */
export interface Remote {
	bulkDocs(docs: SyncDoc[]): Promise<{ id?: string; ok?: boolean; error?: string | boolean; reason?: string; status?: number }[]>;
	changes(options: { since: string | number; limit: number; include_docs: true }): Promise<{ results: { id: string; deleted?: boolean; doc?: unknown }[]; last_seq: string | number }>;
}

/** The device side (src/lib/db/sync-store implements it over Dexie). */
export interface LocalSide {
	outgoing(owner: string, limit: number): Promise<SyncDoc[]>;
	markPushed(ids: string[]): Promise<void>;
	checkpoint(server: string): Promise<string | null>;
	applyPulled(docs: SyncDoc[], server: string, seq: string): Promise<{ reviews: number }>;
}

/** Why a sync stopped: offline (no answer), auth (signed out), forbidden, missing (no database), server (anything else). */
export type SyncErrorKind = 'offline' | 'auth' | 'forbidden' | 'missing' | 'server';

/** A failed sync, with a reason a learner can read. */
export class SyncError extends Error {
	constructor(
		readonly kind: SyncErrorKind,
		message: string
	) {
		super(message);
		this.name = 'SyncError';
	}
}

const HINTS: Record<SyncErrorKind, string> = {
	offline: 'The sync server did not answer (offline, or the server is down). Your answers are kept here and sync later.',
	auth: 'You are signed out of the sync server. Sign in again.',
	forbidden: 'The sync server refused: this account may not use that database.',
	missing: 'Your database is not on the sync server yet. Ask its admin to run sync-setup for your name.',
	server: 'The sync server had a problem'
};

/** Turns what PouchDB or fetch threw into a SyncError. */
export function toSyncError(e: unknown): SyncError {
	if (e instanceof SyncError) return e;
	const x = (e ?? {}) as { status?: number; reason?: string; message?: string };
	const detail = String(x.reason ?? x.message ?? e).slice(0, 200);
	const kind: SyncErrorKind = !x.status ? 'offline' : x.status === 401 ? 'auth' : x.status === 403 ? 'forbidden' : x.status === 404 ? 'missing' : 'server';
	return new SyncError(kind, kind === 'server' ? `${HINTS.server}: ${x.status} ${detail}` : HINTS[kind]);
}

/** What one pass did. */
export interface SyncReport {
	pushed: number;
	pulled: number;
	rejected: Rejection[];
}

/**
 * Sends everything the server lacks, in batches. A document the server already holds counts as sent: its id names one
 * answer, so it is the same document (the server answers "conflict", or its rules refuse changing a review).
 */
async function push(remote: Remote, local: LocalSide, owner: string, batch: number, refused: Rejection[]): Promise<number> {
	let pushed = 0;
	for (;;) {
		const docs = await local.outgoing(owner, batch);
		if (!docs.length) return pushed;
		const results = await remote.bulkDocs(docs);
		const held = (r: (typeof results)[number]) => r.ok || r.error === 'conflict' || (r.error === 'forbidden' && r.reason === IMMUTABLE);
		// A deck version the server will not hold (too large for it, say) is reported and not sent again, so it
		// never stops the answers after it or the pull.
		const deckRefused = (r: (typeof results)[number]) => !held(r) && (r.id ?? '').startsWith('deck:') && r.error !== 'unauthorized';
		const done = results.filter((r) => held(r) || deckRefused(r)).map((r) => r.id!);
		for (const r of results.filter(deckRefused)) refused.push({ id: r.id!, problems: [`the server refused this deck version: ${r.reason ?? r.error}`] });
		await local.markPushed(done);
		pushed += results.filter(held).length;
		const bad = results.find((r) => !held(r) && !deckRefused(r));
		if (bad) throw toSyncError({ status: bad.status ?? (bad.error === 'forbidden' ? 403 : bad.error === 'unauthorized' ? 401 : 500), reason: `${bad.id}: ${bad.reason ?? bad.error}` });
	}
}

/** Reads the changes feed from the checkpoint; each batch is applied with its checkpoint at once, so a broken pass resumes there. */
async function pull(remote: Remote, local: LocalSide, server: string, batch: number, accept: (doc: SyncDoc) => boolean): Promise<Omit<SyncReport, 'pushed'>> {
	const out = { pulled: 0, rejected: [] as Rejection[] };
	let since: string | number = (await local.checkpoint(server)) ?? 0;
	for (;;) {
		const page = await remote.changes({ since, limit: batch, include_docs: true });
		const docs: SyncDoc[] = [];
		for (const change of page.results) {
			if (change.id.startsWith('_design/') || change.deleted) continue;
			const parsed = parseSyncDoc(change.doc);
			if ('doc' in parsed) {
				if (accept(parsed.doc)) docs.push(parsed.doc);
			}
			else out.rejected.push(parsed.rejected);
		}
		since = page.last_seq;
		out.pulled += (await local.applyPulled(docs, server, String(since))).reviews;
		if (page.results.length < batch) return out;
	}
}

/** How a pass runs: whose documents it sends, the checkpoint's key, and for a class database, pull only class decks. */
export interface SyncOptions {
	owner: string;
	server: string;
	batch?: number;
	/** Pull only (a class database: the learner reads decks there and never writes). */
	pullOnly?: boolean;
}

/** Documents a class database may bring: decks and its description; anything else there is ignored. */
const classDocs = (doc: SyncDoc) => doc.type === 'deck' || doc.type === 'class';
/** Documents a learner database may bring: everything but class descriptions. */
const learnerDocs = (doc: SyncDoc) => doc.type !== 'class';

/** One full pass; throws a SyncError naming the reason when the server cannot be used. */
export async function syncOnce(remote: Remote, local: LocalSide, options: SyncOptions): Promise<SyncReport> {
	const batch = options.batch ?? 500;
	try {
		const refused: Rejection[] = [];
		const pushed = options.pullOnly ? 0 : await push(remote, local, options.owner, batch, refused);
		const pulled = await pull(remote, local, options.server, batch, options.pullOnly ? classDocs : learnerDocs);
		return { pushed, ...pulled, rejected: [...refused, ...pulled.rejected] };
	} catch (e) {
		throw toSyncError(e);
	}
}
