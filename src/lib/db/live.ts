/** Live queries as Svelte-readable stores: views refresh when any tab changes the database. */
import { liveQuery } from 'dexie';
import type { Readable } from 'svelte/store';

/** A store that re-runs `query` whenever the tables it read change (across tabs too). */
export function live<T>(query: () => Promise<T>, initial: T): Readable<T> {
	return {
		subscribe(run) {
			run(initial);
			const sub = liveQuery(query).subscribe({ next: run, error: (e) => console.error(e) });
			return () => sub.unsubscribe();
		}
	};
}
