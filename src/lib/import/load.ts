/** Loading decks into the library: from a file's text, a URL, or a catalog; parse first, write once. */
import { parseDeck, parseCatalog } from '../deck/parse';
import { DeckError } from '../deck/errors';
import type { Deck } from '../deck/schema';
import { saveDeck, getDeck, deckHash, type SaveResult } from '../db/repo';
import type { DeckOrigin } from '../db/db';

/** Largest file accepted by the importer, in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Result of importing one deck. */
export interface ImportResult {
	deck: Deck;
	change: SaveResult | null;
}

/** Parses deck text and saves it; nothing is written when parsing fails (throws DeckError). */
export async function importDeckText(text: string, file: string, origin: DeckOrigin, now: Date): Promise<ImportResult> {
	const deck = parseDeck(text, file);
	const existing = await getDeck(deck.id);
	if (existing && existing.contentHash === deckHash(deck)) return { deck, change: null };
	return { deck, change: await saveDeck(deck, origin, now) };
}

/** Reads a File chosen or dropped by the user and imports it. */
export async function importDeckFile(file: File, now: Date): Promise<ImportResult> {
	if (file.size > MAX_IMPORT_BYTES) {
		throw new DeckError([`file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`], file.name);
	}
	if (file.size === 0) throw new DeckError(['file is empty'], file.name);
	return importDeckText(await file.text(), file.name, 'file', now);
}

/** Fetches a text resource, turning network and HTTP failures into a DeckError naming the URL. */
export async function fetchText(url: string, fetchFn: typeof fetch = fetch): Promise<string> {
	let res: Response;
	try {
		res = await fetchFn(url, { cache: 'no-cache' });
	} catch {
		throw new DeckError([`could not be downloaded (offline, or the server refused the request)`], url);
	}
	if (!res.ok) throw new DeckError([`the server answered ${res.status} ${res.statusText}`.trim()], url);
	const size = Number(res.headers.get('content-length') ?? 0);
	if (size > MAX_IMPORT_BYTES) throw new DeckError([`file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`], url);
	return res.text();
}

/** Downloads a deck by URL and imports it. */
export async function importDeckUrl(url: string, now: Date, origin: DeckOrigin = 'url', fetchFn: typeof fetch = fetch): Promise<ImportResult> {
	const text = await fetchText(url, fetchFn);
	return importDeckText(text, url, origin, now);
}

/** Imports every deck of a catalog (index.json) that is new or changed; returns the decks and any per-deck errors. */
export async function syncCatalog(
	catalogUrl: string,
	origin: DeckOrigin,
	now: Date,
	fetchFn: typeof fetch = fetch
): Promise<{ results: ImportResult[]; errors: DeckError[] }> {
	const base = new URL(catalogUrl, globalThis.location?.href ?? 'http://localhost/');
	const catalog = parseCatalog(await fetchText(base.href, fetchFn), catalogUrl);
	const results: ImportResult[] = [];
	const errors: DeckError[] = [];
	for (const entry of catalog.decks) {
		const url = new URL(entry.file, base).href;
		try {
			results.push(await importDeckUrl(url, now, origin, fetchFn));
		} catch (e) {
			errors.push(e instanceof DeckError ? e : new DeckError([String(e)], url));
		}
	}
	return { results, errors };
}
