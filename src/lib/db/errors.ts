/** The storage layer's one error class: what went wrong with IndexedDB, in words a learner can act on. */

/** Kinds of storage failure the app tells apart. */
export type StorageProblem = 'quota' | 'stale' | 'changed' | 'unavailable';

const MESSAGES: Record<StorageProblem, string> = {
	quota:
		'Your device is out of storage space, so this was not saved. Everything saved before is safe. Free some space (or delete a deck you no longer need) and try again.',
	stale: 'This card was just answered in another tab, so this answer was not counted twice.',
	changed: 'This card has changed since that answer (it was answered, suspended or buried in another tab), so the answer was not undone. Nothing was changed.',
	unavailable: 'The app could not reach its storage (IndexedDB). Nothing was changed. Reload the page and try again.'
};

/** A failed read or write of the database; `kind` says which, `message` says what to do. */
export class StorageError extends Error {
	constructor(
		readonly kind: StorageProblem,
		readonly cause?: unknown
	) {
		super(MESSAGES[kind]);
		this.name = 'StorageError';
	}
}

/** True for a full disk, however the browser or Dexie reports it (DOMException, Dexie error, or wrapped in an abort). */
export function isQuotaError(e: unknown): boolean {
	for (let x = e, depth = 0; x && typeof x === 'object' && depth < 5; depth++) {
		const { name, inner } = x as { name?: unknown; inner?: unknown };
		if (name === 'QuotaExceededError') return true;
		x = inner;
	}
	return false;
}

/** Runs a database write, turning a full disk into StorageError('quota'); other errors pass through unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (e) {
		throw isQuotaError(e) ? new StorageError('quota', e) : e;
	}
}
