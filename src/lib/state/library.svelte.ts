/** Library page state: the decks, seeding from the bundled catalog, and importing deck files. */
import { live } from '../db/live';
import { libraryOverview, type DeckSummary } from '../db/repo';
import { importDeckFile, syncCatalog, type ImportResult } from '../import/load';
import { DeckError } from '../deck/errors';
import { StorageError } from '../db/errors';

/** The catalog of decks bundled with the app (generated from seeds/). */
export const SEED_CATALOG = '/decks/index.json';

/** Describes an import result in one sentence. */
export function describeImport(r: ImportResult): string {
	if (!r.change) return `“${r.deck.title}” is already in your library, unchanged.`;
	if (r.change.created) return `Added “${r.deck.title}” with ${r.deck.cards.length} cards.`;
	const { added, updated, retired, unchanged } = r.change;
	return `Updated “${r.deck.title}”: ${added} new, ${updated} changed, ${retired} retired, ${unchanged} unchanged cards (progress kept).`;
}

/** Holds what the library page shows and the messages of the last action. */
export class LibraryState {
	decks = live<DeckSummary[] | null>(() => libraryOverview(new Date()), null);
	message = $state('');
	error = $state('');
	busy = $state(false);

	/** Adds or refreshes the bundled seed decks (works offline from the service-worker cache). */
	async syncSeeds(): Promise<void> {
		try {
			const { errors } = await syncCatalog(SEED_CATALOG, 'seed', new Date());
			if (errors.length) this.error = errors.map((e) => e.message).join('\n');
		} catch (e) {
			// No network and no cache yet: the library still shows what is stored.
			console.warn('seed catalog unavailable', e);
		}
	}

	/** Imports deck files; each bad file gets its own message and changes nothing. */
	async importFiles(files: FileList | File[]): Promise<void> {
		this.busy = true;
		this.message = '';
		this.error = '';
		const ok: string[] = [];
		const bad: string[] = [];
		for (const file of Array.from(files)) {
			try {
				ok.push(describeImport(await importDeckFile(file, new Date())));
			} catch (e) {
				if (e instanceof DeckError) bad.push(e.message);
				else if (e instanceof StorageError) bad.push(`${file.name}: ${e.message}`);
				else bad.push(`${file.name}: could not be imported (${String(e)})`);
			}
		}
		this.message = ok.join('\n');
		this.error = bad.join('\n\n');
		this.busy = false;
	}
}
