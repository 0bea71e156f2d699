/** Loading decks into the library: from files (deck .json, CSV/TSV or Anki .apkg), URLs and catalogs; parse first, write once. */
import { parseDeckPaced, parseCatalog, type Pacing } from '../deck/parse';
import { DeckError } from '../deck/errors';
import type { Catalog } from '../deck/schema';
import type { Deck } from '../deck/schema';
import { saveDeck, getDeck, deckHash, type SaveResult } from '../db/repo';
import { storedCards } from '../db/teacher';
import type { DeckOrigin, DeckRow } from '../db/db';
import { parseCsvDeck, sniff } from '../exchange/csv';
import { diffDeck, type DeckDiff } from '../exchange/diff';
import { loadSqlJs } from '../exchange/anki/sqlite';
import type { SqlJsStatic } from 'sql.js';

/** Largest file accepted by the importer, in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Result of importing one deck. */
export interface ImportResult {
	deck: Deck;
	change: SaveResult | null;
}

/** A parsed deck waiting to be applied; `diff` is set when it would update a deck already in the library. */
export interface PendingImport {
	deck: Deck;
	origin: DeckOrigin;
	existing: DeckRow | undefined;
	diff: DeckDiff | null;
	/** True when the library already holds exactly this deck. */
	same: boolean;
}

const tooBig = (bytes: number, file: string) =>
	new DeckError([`file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`], file);

/** What an import is doing, for a progress line: checking the file's cards, then writing them. */
export interface ImportProgress {
	step: 'checking' | 'saving';
	done: number;
	total: number;
}

/** Cards checked between two pauses of an import. */
export const CHECK_CHUNK = 2000;

/**
 * Gives the page a turn (input, rendering) between chunks of a long import: `scheduler.yield()` where the
 * browser has it, else a message task (not a timer, which is clamped to 4 ms and faked by timer tests).
 */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** How an import paces itself and reports progress; tests pass small chunks and count the pauses. */
export interface ImportPacing {
	chunk?: number;
	pause?: () => Promise<void>;
	progress?: (p: ImportProgress) => void;
}

const checking = (p: ImportPacing): Pacing => ({
	chunk: p.chunk ?? CHECK_CHUNK,
	pause: p.pause ?? yieldToPage,
	progress: p.progress && ((done, total) => p.progress!({ step: 'checking', done, total }))
});

/** Parses a deck .json (in chunks, pausing between them) or a CSV/TSV export (Anki, Quizlet, spreadsheet); throws DeckError. */
export async function readDeckText(text: string, file: string, now: Date, pacing: ImportPacing = {}): Promise<Deck> {
	if (text.length > MAX_IMPORT_BYTES) throw tooBig(text.length, file);
	sniff(text, file);
	const head = text.replace(/^\ufeff/, '').trimStart();
	if (/\.json$/i.test(file) || head.startsWith('{') || head.startsWith('[')) return parseDeckPaced(text, checking(pacing), file);
	return parseCsvDeck(text, file, { now });
}

/** Compares a parsed deck with the library (nothing is written). */
export async function prepareImport(deck: Deck, origin: DeckOrigin): Promise<PendingImport> {
	const existing = await getDeck(deck.id);
	if (!existing) return { deck, origin, existing, diff: null, same: false };
	const same = existing.contentHash === deckHash(deck);
	return { deck, origin, existing, diff: same ? null : diffDeck(await storedCards(deck.id), deck), same };
}

/** Writes a prepared import in one transaction (progress on unchanged card ids is kept). */
export async function applyImport(p: PendingImport, now: Date, pacing: ImportPacing = {}): Promise<ImportResult> {
	if (p.same) return { deck: p.deck, change: null };
	const progress = pacing.progress && ((done: number, total: number) => pacing.progress!({ step: 'saving', done, total }));
	return { deck: p.deck, change: await saveDeck(p.deck, p.origin, now, progress) };
}

/** Parses deck text and saves it at once; nothing is written when parsing fails (throws DeckError). */
export async function importDeckText(text: string, file: string, origin: DeckOrigin, now: Date, pacing: ImportPacing = {}): Promise<ImportResult> {
	return applyImport(await prepareImport(await readDeckText(text, file, now, pacing), origin), now, pacing);
}

/** Reads a File chosen or dropped by the user into a deck (size checked before reading); an Anki .apkg is read with sql.js, loaded only then. */
export async function readDeckFile(file: File, now: Date, pacing: ImportPacing = {}, sql: () => Promise<SqlJsStatic> = loadSqlJs): Promise<Deck> {
	if (file.size > MAX_IMPORT_BYTES) throw tooBig(file.size, file.name);
	if (file.size === 0) throw new DeckError(['file is empty'], file.name);
	if (/\.apkg$/i.test(file.name)) {
		const [{ apkgToDeck }, SQL] = await Promise.all([import('../exchange/anki/read'), sql()]);
		return apkgToDeck(new Uint8Array(await file.arrayBuffer()), file.name, SQL, now);
	}
	return readDeckText(await file.text(), file.name, now, pacing);
}

/** Reads a response body, stopping as soon as it passes the size limit (servers may not send a length). */
async function readLimited(res: Response, url: string): Promise<string> {
	const size = Number(res.headers.get('content-length') ?? 0);
	if (size > MAX_IMPORT_BYTES) throw tooBig(size, url);
	if (!res.body) return res.text();
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > MAX_IMPORT_BYTES) {
			await reader.cancel();
			throw tooBig(total, url);
		}
		chunks.push(value);
	}
	const all = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.byteLength;
	}
	return new TextDecoder().decode(all);
}

/** How long one deck or catalog download may take, in ms, before it is given up with a message naming the address. */
export const FETCH_TIMEOUT_MS = 30_000;

const timedOut = (url: string, ms: number) => new DeckError([`the server did not answer within ${Math.round(ms / 1000)} s; nothing was changed (try again later)`], url);

/** Fetches a text resource, turning network and HTTP failures and a server that never answers into a DeckError naming the URL. */
export async function fetchText(url: string, fetchFn: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
	// A timer rather than AbortSignal.timeout, so tests with a fake clock can run it out.
	const abort = new AbortController();
	const timer = setTimeout(() => abort.abort(), timeoutMs);
	try {
		let res: Response;
		try {
			res = await fetchFn(url, { cache: 'no-cache', signal: abort.signal });
		} catch {
			throw abort.signal.aborted ? timedOut(url, timeoutMs) : new DeckError([`could not be downloaded (offline, or the server refused the request)`], url);
		}
		if (!res.ok) throw new DeckError([`the server answered ${res.status} ${res.statusText}`.trim()], url);
		try {
			return await readLimited(res, url);
		} catch (e) {
			throw abort.signal.aborted ? timedOut(url, timeoutMs) : e;
		}
	} finally {
		clearTimeout(timer);
	}
}

/** Checks that a typed URL is an http(s) address; returns it absolute. */
export function checkUrl(url: string, base = globalThis.location?.href ?? 'http://localhost/'): string {
	let u: URL;
	try {
		u = new URL(url.trim(), base);
	} catch {
		throw new DeckError(['not a web address (expected https://…)'], url);
	}
	if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new DeckError([`only http and https addresses can be loaded, not ${u.protocol}`], url);
	return u.href;
}

/** Downloads a deck by URL; the deck remembers its URL so it can be shared. */
export async function fetchDeck(url: string, now: Date, fetchFn: typeof fetch = fetch, pacing: ImportPacing = {}): Promise<Deck> {
	const href = checkUrl(url);
	const deck = await readDeckText(await fetchText(href, fetchFn), href, now, pacing);
	return deck.url ? deck : { ...deck, url: href };
}

/** What a catalog check found: decks added at once, updates waiting for review, and per-deck errors. */
export interface CatalogCheck {
	added: ImportResult[];
	updates: PendingImport[];
	errors: DeckError[];
}

/** Reads a catalog and each deck it lists; new decks are added, changed ones come back as pending updates. */
export async function checkCatalog(catalogUrl: string, now: Date, fetchFn: typeof fetch = fetch): Promise<CatalogCheck> {
	const base = checkUrl(catalogUrl);
	const catalog = parseCatalog(await fetchText(base, fetchFn), catalogUrl);
	const out: CatalogCheck = { added: [], updates: [], errors: [] };
	for (const entry of catalog.decks) {
		const url = new URL(entry.file, base).href;
		try {
			const p = await prepareImport(await fetchDeck(url, now, fetchFn), 'catalog');
			if (p.diff) out.updates.push(p);
			else if (!p.same) out.added.push(await applyImport(p, now));
		} catch (e) {
			out.errors.push(e instanceof DeckError ? e : new DeckError([String(e)], url));
		}
	}
	return out;
}

/**
 * Imports every deck of a catalog that is new or changed (the bundled seed decks); returns results and errors.
 * `onCatalog` sees the catalog first and may return the entries to import (e.g. leaving out decks the learner deleted).
 */
export async function syncCatalog(
	catalogUrl: string,
	origin: DeckOrigin,
	now: Date,
	fetchFn: typeof fetch = fetch,
	onCatalog?: (catalog: Catalog) => Promise<Catalog['decks'] | void> | Catalog['decks'] | void
): Promise<{ results: ImportResult[]; errors: DeckError[] }> {
	const base = new URL(catalogUrl, globalThis.location?.href ?? 'http://localhost/');
	const catalog = parseCatalog(await fetchText(base.href, fetchFn), catalogUrl);
	const entries = (await onCatalog?.(catalog)) ?? catalog.decks;
	const results: ImportResult[] = [];
	const errors: DeckError[] = [];
	for (const entry of entries) {
		const url = new URL(entry.file, base).href;
		try {
			// The deck keeps its address (as a deck imported by URL does), so a bundled deck is shared by a link to it.
			results.push(await applyImport(await prepareImport(await fetchDeck(url, now, fetchFn), origin), now));
		} catch (e) {
			errors.push(e instanceof DeckError ? e : new DeckError([String(e)], url));
		}
	}
	return { results, errors };
}
