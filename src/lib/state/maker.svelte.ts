/** "Make a deck" state: articles in, generation in a worker (progress, cancel), card edits, validation, save. */
import type { Card, Deck } from '../deck/schema';
import { toDeck } from '../deck/parse';
import { DeckError } from '../deck/errors';
import { saveDeck } from '../db/repo';
import type { ArticleInput, FromWorker, ToWorker } from '../workers/protocol';
import { blankCard, checkArticles, editCard, errorKey, fieldErrors, sentencesOf, splitPasted, type CardField, type SourceOption } from '../exchange/edit';
import { downloadText, fileName } from '../exchange/download';
import { MAX_IMPORT_BYTES } from '../import/load';
import { decodeText, latin1Note } from '../import/decode';

/** Most cards per article (the generator's default; not imported, so the generator stays out of the page bundle). */
export const CARDS_PER_ARTICLE = 12;

/** Where the page is: writing articles, generating, reviewing cards. */
export type MakerStep = 'input' | 'generating' | 'review';

/** Holds the make-a-deck page: pasted text, dropped files, the worker job and the draft deck. */
export class DeckMaker {
	step = $state<MakerStep>('input');
	pasted = $state('');
	files = $state<ArticleInput[]>([]);
	progress = $state({ done: 0, total: 1, stage: '' });
	draft = $state<Deck | null>(null);
	errors = $state<Record<string, string[]>>({});
	problems = $state<string[]>([]);
	message = $state('');
	savedId = $state('');
	private worker: Worker | null = null;
	private job = 0;

	/** Every sentence a card can point to (for added cards). */
	sources = $derived<SourceOption[]>(this.draft ? sentencesOf(this.draft) : []);

	/** The pasted articles and the dropped files, in that order. */
	articles(): ArticleInput[] {
		// Snapshots, not state proxies: proxies cannot be posted to a worker.
		return [...splitPasted(this.pasted), ...$state.snapshot(this.files)];
	}

	/** Reads dropped or chosen .txt / .md files as articles (other files are refused by name). */
	async addFiles(list: FileList | File[]): Promise<void> {
		const bad: string[] = [];
		const notes: string[] = [];
		for (const f of Array.from(list)) {
			if (!/\.(txt|md|markdown)$/i.test(f.name)) bad.push(`${f.name}: not a .txt or .md file.`);
			else if (f.size > MAX_IMPORT_BYTES) bad.push(`${f.name}: ${(f.size / 1048576).toFixed(1)} MB is too large.`);
			else {
				const decoded = decodeText(new Uint8Array(await f.arrayBuffer()));
				if (decoded.encoding !== 'utf-8') notes.push(`${latin1Note(f.name)}.`);
				this.files.push({ content: decoded.text, file: f.name });
			}
		}
		this.problems = bad;
		this.message = notes.join(' ');
	}

	/** Removes a dropped file. */
	removeFile(i: number): void {
		this.files.splice(i, 1);
	}

	/** Starts generating in the worker; the page stays responsive. */
	generate(now: Date): void {
		const articles = this.articles();
		this.problems = checkArticles(articles);
		this.message = '';
		if (this.problems.length) return;
		this.worker ??= this.spawn();
		this.job++;
		this.step = 'generating';
		this.progress = { done: 0, total: articles.length + 1, stage: 'Starting…' };
		const msg: ToWorker = { type: 'generate', job: this.job, articles, now: now.toISOString(), maxCards: CARDS_PER_ARTICLE * articles.length };
		this.worker.postMessage(msg);
	}

	/** Stops the current job at once (a worker busy in one long step never reads a message, so it is ended); the articles stay as they were. */
	cancel(): void {
		this.destroy();
		this.job++;
		this.step = 'input';
		this.message = 'Cancelled. Your articles are still here.';
	}

	private spawn(): Worker {
		const w = new Worker(new URL('../workers/generator.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
		w.onerror = (e) => {
			this.step = 'input';
			this.problems = [`The generator stopped: ${e.message}`];
		};
		return w;
	}

	private receive(m: FromWorker): void {
		if (m.job !== this.job) return; // an old or cancelled job
		switch (m.type) {
			case 'progress':
				this.progress = { done: m.done, total: m.total, stage: m.stage };
				break;
			case 'done':
				this.draft = m.deck;
				this.errors = {};
				this.step = 'review';
				this.message = m.deck.cards.length ? `${m.deck.cards.length} cards. Check them, then save.` : 'No cards could be made from these articles. Add cards by hand below, or try a longer article.';
				break;
			case 'error':
				this.step = 'input';
				this.problems = [`Could not make cards: ${m.message}`];
				break;
		}
	}

	/** Edits one field of a card (answer edits keep choices in step). */
	edit(i: number, field: CardField, value: string | string[]): void {
		const card = this.draft?.cards[i];
		if (!card) return;
		editCard(card, field, value);
		delete this.errors[errorKey(i, field)];
	}

	/** Deletes a card. */
	remove(i: number): void {
		this.draft?.cards.splice(i, 1);
		this.errors = {};
	}

	/** Adds a blank card on a source sentence and returns its index. */
	add(source: SourceOption): number {
		if (!this.draft) return -1;
		this.draft.cards.push(blankCard(this.draft, source));
		return this.draft.cards.length - 1;
	}

	/** Validates the draft with the deck schema; on problems, maps them to fields and returns null. */
	validate(): Deck | null {
		if (!this.draft) return null;
		try {
			const deck = toDeck($state.snapshot(this.draft), 'this deck');
			this.errors = {};
			return deck;
		} catch (e) {
			if (!(e instanceof DeckError)) throw e;
			this.errors = fieldErrors(e.problems);
			this.message = '';
			return null;
		}
	}

	/** Saves the valid deck to the library (one transaction) and downloads its file. */
	async save(now: Date): Promise<boolean> {
		const deck = this.validate();
		if (!deck) return false;
		const r = await saveDeck(deck, 'made', now);
		this.savedId = deck.id;
		this.message = r.created ? `Saved “${deck.title}” with ${deck.cards.length} cards.` : `Updated “${deck.title}”: ${r.added} new, ${r.updated} changed, ${r.retired} retired cards (progress kept).`;
		this.download(deck);
		return true;
	}

	/** Downloads the deck file (validated first). */
	download(deck: Deck | null = this.validate()): void {
		if (deck) downloadText(fileName(deck.id, 'json'), JSON.stringify(deck, null, '\t') + '\n', 'application/json');
	}

	/** The number of problems found at the last validation. */
	get errorCount(): number {
		return Object.values(this.errors).reduce((n, l) => n + l.length, 0);
	}

	/** Ends the worker when the page goes away. */
	destroy(): void {
		this.worker?.terminate();
		this.worker = null;
	}
}

/** A card's answer as editable text (a timeline's events one per line). */
export const answerText = (c: Card): string => (Array.isArray(c.answer) ? c.answer.join('\n') : c.answer);
