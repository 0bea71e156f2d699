/** Writes a batch's decks as they are made: each deck file, then index.json, through a temporary file and a rename, so a killed run leaves only whole files. */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogEntry, Deck } from '../lib/deck/schema';

/** Serialises a deck byte-identically for identical input. */
export const json = (x: unknown) => JSON.stringify(x, null, '\t') + '\n';

// Temporary files of this writer: hidden, ending in ".tmp"; a killed run may leave one, the next run removes it.
const TEMP = /^\..+\.\d+\.tmp$/;

/** Writes `text` to `path` atomically: a temporary file beside it, then a rename over it. */
export function writeAtomic(path: string, text: string): void {
	const dir = path.replace(/[\\/][^\\/]*$/, '');
	const tmp = join(dir, `.${path.slice(dir.length + 1)}.${process.pid}.tmp`);
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

/** The decks written so far and the catalog listing exactly them. */
export class DeckWriter {
	private readonly entries = new Map<string, CatalogEntry>();

	/** Creates `out` (throws with the system's code when it cannot) and removes temporary files a killed run left. */
	constructor(readonly out: string) {
		mkdirSync(out, { recursive: true });
		for (const f of readdirSync(out)) if (TEMP.test(f)) rmSync(join(out, f), { force: true });
	}

	/** Writes one deck file, then rewrites index.json to list it with the others. */
	add(deck: Deck): string {
		const file = `${deck.id}.json`;
		writeAtomic(join(this.out, file), json(deck));
		this.entries.set(deck.id, { id: deck.id, title: deck.title, cards: deck.cards.length, date: deck.articles[0].date, file });
		const decks = [...this.entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const catalog: Catalog = { format: 'newsdeck-catalog', version: 1, decks };
		writeAtomic(join(this.out, 'index.json'), json(catalog));
		return file;
	}

	/** How many decks are written. */
	get count(): number {
		return this.entries.size;
	}

	/** How many cards the written decks hold. */
	get cards(): number {
		return [...this.entries.values()].reduce((n, e) => n + e.cards, 0);
	}
}
