/** The service worker's runtime cache (files fetched online, kept for offline use): how many entries and how old. */

/** Most entries kept; the least recently fetched go first. */
export const RUNTIME_MAX_ENTRIES = 200;
/** Oldest an entry may get before it is dropped (30 days). */
export const RUNTIME_MAX_AGE_MS = 30 * 86_400_000;
/** Response header recording when an entry was stored (epoch ms). */
export const STORED_AT = 'x-newsdeck-stored-at';

/** The entries to drop, given entries oldest first: those past the age limit, then the oldest beyond the cap. */
export function entriesToDrop<T>(entries: { key: T; storedAt: number }[], now: number, max = RUNTIME_MAX_ENTRIES, maxAge = RUNTIME_MAX_AGE_MS): T[] {
	const fresh = entries.filter((e) => now - e.storedAt <= maxAge);
	const old = entries.filter((e) => now - e.storedAt > maxAge);
	return [...old, ...fresh.slice(0, Math.max(0, fresh.length - max))].map((e) => e.key);
}
