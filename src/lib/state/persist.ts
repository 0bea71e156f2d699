/** Persistent storage: asks the browser not to evict this site's data (kept apart so every page can call it cheaply). */

/** Asks the browser to keep this site's data even under storage pressure; true when granted, null when unsupported. */
export async function askPersistence(): Promise<boolean | null> {
	if (!navigator.storage?.persist) return null;
	try {
		return (await navigator.storage.persisted()) || (await navigator.storage.persist());
	} catch {
		return false;
	}
}
