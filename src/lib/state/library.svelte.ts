/** Library page state: the decks, seeding from the bundled catalog, imports (file, URL, link, class catalog) and update reviews. */
import { live } from '../db/live';
import { libraryOverview, type DeckSummary, type SaveResult } from '../db/repo';
import { plural } from '../text/plural';
import { getSetting, setSetting } from '../db/teacher';
import { applyImport, checkCatalog, checkUrl, fetchDeck, prepareImport, readDeckFile, syncCatalog, type ImportPacing, type ImportProgress, type ImportResult, type PendingImport } from '../import/load';
import { DeckError } from '../deck/errors';
import type { CatalogEntry, Deck } from '../deck/schema';
import { fragmentPayload, LINK_SOURCE } from '../exchange/link';
import { summariseDiff } from '../exchange/diff';
import { StorageError } from '../db/errors';

/** One library row, re-exported so components need not reach into db/. */
export type { DeckSummary };

/** Settings key: ids of bundled decks the learner deleted (not added back on the next visit). */
export const REMOVED_SEEDS_KEY = 'removedSeeds';

/** The catalog of decks bundled with the app (generated from seeds/). */
export const SEED_CATALOG = '/decks/index.json';
/** Settings key of the class catalog URL. */
export const CATALOG_KEY = 'catalogUrl';

/** Describes an import result in one sentence. */
export function describeImport(r: ImportResult): string {
	if (!r.change) return `“${r.deck.title}” is already in your library, unchanged.`;
	return describeSave(r.deck, r.change, 'Added');
}

/** What saving a deck did, in one sentence (an import or the maker's Save): cards added, changed, retired, and the learner's edits kept. */
export function describeSave(deck: Deck, change: SaveResult, created: 'Added' | 'Saved'): string {
	if (change.created) return `${created} “${deck.title}” with ${plural(deck.cards.length, 'card')}.`;
	const { added, updated, retired, unchanged, kept } = change;
	const mine = kept ? ` ${plural(kept, 'card')} you edited kept your wording.` : '';
	return `Updated “${deck.title}”: ${added} new, ${updated} changed, ${retired} retired, ${unchanged} unchanged cards (progress kept).${mine}`;
}

/** A progress line for a long import: what is being done, to which file, and how far along (0–1). */
export interface ProgressLine {
	text: string;
	fraction: number;
}

/** Describes import progress in words ("Checking big.json: 40%"). */
export function describeProgress(p: ImportProgress, name: string): ProgressLine {
	const fraction = p.total ? p.done / p.total : 1;
	const pct = Math.floor(fraction * 100);
	const text = p.step === 'checking' ? `Checking ${name}: ${pct}%` : `Saving ${p.total.toLocaleString('en')} cards of ${name}: ${pct}%`;
	return { text, fraction };
}

/** A deck offered by a link: by address (`?deck=URL`, with the site it comes from) or carried in the link itself (`#deck=…`). */
export type LinkOffer = { kind: 'url'; url: string; host: string } | { kind: 'inline'; deck: Deck };

const messageOf = (e: unknown, what: string) =>
	e instanceof DeckError ? e.message : e instanceof StorageError ? `${what}: ${e.message}` : `${what}: could not be imported (${String(e)})`;

/** Holds what the library page shows and the messages of the last action. */
export class LibraryState {
	decks = live<DeckSummary[] | null>(() => libraryOverview(new Date()), null);
	message = $state('');
	error = $state('');
	busy = $state(false);
	/** How far a long import has got (a 100,000-card deck takes a few seconds), or null. */
	progress = $state<ProgressLine | null>(null);

	/** Pacing for one import that shows its progress under the file's name. */
	private pacing(name: string): ImportPacing {
		return { progress: (p) => (this.progress = describeProgress(p, name)) };
	}
	/** New versions of decks in the library, waiting for the teacher or learner to review them. */
	pending = $state.raw<PendingImport[]>([]);
	/** The class catalog followed, or ''. */
	catalogUrl = $state('');
	catalogChecked = $state('');

	/** Seeds the library, reads the followed catalog and offers a link's deck (`?deck=URL`, or `#deck=…` carrying the deck). */
	async start(deckParam: string | null, hash = ''): Promise<void> {
		if (deckParam) this.offerLink(deckParam);
		const payload = fragmentPayload(hash);
		if (payload !== null) await this.offerInline(payload);
		await this.syncSeeds();
		this.catalogUrl = await getSetting(CATALOG_KEY, '');
		if (this.catalogUrl) await this.recheckCatalog();
	}

	/** The bundled catalog's entries, shown at once while the decks are being stored. */
	bundled = $state<CatalogEntry[]>([]);

	/** Adds or refreshes the bundled seed decks (works offline from the service-worker cache). */
	async syncSeeds(): Promise<void> {
		try {
			const { errors } = await syncCatalog(SEED_CATALOG, 'seed', new Date(), fetch, async (c) => {
				// Shown at once, before any IndexedDB work (first visits and slow storage see the decks right away).
				this.bundled = c.decks;
				const removed = new Set(await getSetting<string[]>(REMOVED_SEEDS_KEY, []));
				this.bundled = c.decks.filter((d) => !removed.has(d.id));
				return this.bundled;
			});
			if (errors.length) this.error = errors.map((e) => e.message).join('\n');
		} catch (e) {
			// No network and no cache yet: the library still shows what is stored.
			console.warn('seed catalog unavailable', e);
		}
	}

	/** Runs an action and shows its messages; a background check (`keep`) adds to what is shown and never disables the page. */
	private async run(task: (ok: string[], bad: string[]) => Promise<void>, keep = false): Promise<void> {
		if (!keep) {
			this.busy = true;
			this.message = '';
			this.error = '';
		}
		const ok: string[] = [];
		const bad: string[] = [];
		try {
			await task(ok, bad);
		} finally {
			this.progress = null;
			// Added to what is shown when the task ends, so an action finished meanwhile keeps its messages.
			this.message = [this.message, ...ok].filter(Boolean).join('\n');
			this.error = [this.error, ...bad].filter(Boolean).join('\n\n');
			if (!keep) this.busy = false;
		}
	}

	/** Applies an import at once, or holds it for review when it changes a deck already in the library. */
	private async take(p: PendingImport, ok: string[]): Promise<void> {
		if (p.diff) {
			this.pending = [...this.pending.filter((x) => x.deck.id !== p.deck.id), p];
			ok.push(`“${p.deck.title}” has a new version (${summariseDiff(p.diff)}). Review the changes below before applying them.`);
		} else ok.push(describeImport(await applyImport(p, new Date(), this.pacing(p.deck.title))));
	}

	/** Imports deck files (.json, or CSV/TSV from Anki, Quizlet or a spreadsheet); each bad file gets its own message and changes nothing. */
	async importFiles(files: FileList | File[]): Promise<void> {
		await this.run(async (ok, bad) => {
			for (const file of Array.from(files)) {
				try {
					await this.take(await prepareImport(await readDeckFile(file, new Date(), this.pacing(file.name)), 'file'), ok);
				} catch (e) {
					bad.push(messageOf(e, file.name));
				}
			}
		});
	}

	/** Downloads and imports a deck by URL. */
	async importUrl(url: string): Promise<void> {
		await this.run(async (ok, bad) => {
			try {
				await this.take(await prepareImport(await fetchDeck(url, new Date(), fetch, this.pacing(url)), 'url'), ok);
			} catch (e) {
				bad.push(messageOf(e, url));
			}
		});
	}

	/** A `?deck=` link's deck, waiting for the learner to accept it; a link alone never adds a deck. */
	offer = $state.raw<LinkOffer | null>(null);

	/** Holds a linked deck's address and site for the learner to confirm (a bad address is named at once). */
	offerLink(url: string): void {
		try {
			const href = checkUrl(url);
			this.offer = { kind: 'url', url: href, host: new URL(href).host };
		} catch (e) {
			this.error = messageOf(e, url);
		}
	}

	/** Unpacks and checks a deck carried in the link (untrusted: the one deck schema) and holds it for the learner to confirm. */
	async offerInline(payload: string): Promise<void> {
		try {
			// The unpacking code is loaded only for such a link.
			const { readDeckFragment } = await import('../exchange/link-codec');
			this.offer = { kind: 'inline', deck: readDeckFragment(payload) };
		} catch (e) {
			this.error = `${messageOf(e, LINK_SOURCE)}\nNothing was added; your library is as it was.`;
		}
	}

	/** Imports the offered deck (an update to a deck already in the library is shown for review first). */
	async acceptOffer(): Promise<void> {
		const o = this.offer;
		this.offer = null;
		if (o?.kind === 'url') await this.importUrl(o.url);
		else if (o) {
			await this.run(async (ok, bad) => {
				try {
					await this.take(await prepareImport(o.deck, 'link'), ok);
				} catch (e) {
					bad.push(messageOf(e, o.deck.title));
				}
			});
		}
	}

	/** Drops the offered deck without downloading it. */
	declineOffer(): void {
		this.offer = null;
		this.message = 'The linked deck was not added.';
	}

	/** Applies a reviewed update (one transaction; progress on unchanged cards is kept). */
	async applyPending(id: string): Promise<void> {
		const p = this.pending.find((x) => x.deck.id === id);
		if (!p) return;
		await this.run(async (ok, bad) => {
			try {
				ok.push(describeImport(await applyImport(p, new Date(), this.pacing(p.deck.title))));
				this.pending = this.pending.filter((x) => x !== p);
			} catch (e) {
				bad.push(messageOf(e, p.deck.title));
			}
		});
	}

	/** Drops a reviewed update without applying it. */
	discardPending(id: string): void {
		this.pending = this.pending.filter((x) => x.deck.id !== id);
		this.message = 'Update not applied; the deck is as it was.';
	}

	/** Follows a class catalog: it is checked now, remembered, and re-checked when the app starts or comes online. */
	async followCatalog(url: string): Promise<void> {
		let href: string;
		try {
			href = checkUrl(url);
		} catch (e) {
			this.error = messageOf(e, url);
			return;
		}
		const ok = await this.checkCatalogNow(href);
		if (ok) {
			await setSetting(CATALOG_KEY, href);
			this.catalogUrl = href;
		}
	}

	/** Stops following the class catalog (its decks stay in the library). */
	async forgetCatalog(): Promise<void> {
		await setSetting(CATALOG_KEY, null);
		this.catalogUrl = '';
		this.catalogChecked = '';
	}

	/** Re-checks the followed catalog when online, so new weekly decks appear. */
	async recheckCatalog(): Promise<void> {
		if (this.catalogUrl && (typeof navigator === 'undefined' || navigator.onLine)) await this.checkCatalogNow(this.catalogUrl, true);
	}

	private async checkCatalogNow(url: string, keep = false): Promise<boolean> {
		let worked = false;
		await this.run(async (ok, bad) => {
			try {
				const r = await checkCatalog(url, new Date());
				for (const a of r.added) ok.push(describeImport(a));
				for (const u of r.updates) await this.take(u, ok);
				for (const e of r.errors) bad.push(e.message);
				this.catalogChecked = `Checked ${new Date().toLocaleString()}: ${r.added.length} new, ${r.updates.length} updated, ${r.errors.length} with problems.`;
				worked = true;
			} catch (e) {
				bad.push(messageOf(e, url));
			}
		}, keep);
		return worked;
	}
}
