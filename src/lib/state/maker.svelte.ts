/** "Make a deck" state: articles in (with date, outlet and link), generation in a worker (progress, cancel), card review and edits, validation, save. */
import type { Card, Deck } from '../deck/schema';
import { toDeck } from '../deck/parse';
import { DeckError } from '../deck/errors';
import { saveDeck } from '../db/repo';
import { describeSave } from './library.svelte';
import type { ArticleHead, ArticleInput, FromWorker, ToWorker } from '../workers/protocol';
import { blankCard, checkArticles, checkMetas, editCard, fieldErrors, leastSure, rankCards, sentencesOf, splitPasted, type ArticleMeta, type CardRank, type SourceOption } from '../exchange/edit';
import { deckFileName, downloadText } from '../exchange/download';
import { MAX_IMPORT_BYTES } from '../import/load';
import { decodeText, latin1Note } from '../import/decode';

/** The review screen's card ranks and article fields, re-exported so components need not reach into exchange/. */
export { leastSure, type ArticleMeta, type CardRank };

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
	/** The date, outlet and link of each article, in the order of `articles()`. */
	metas = $state<ArticleMeta[]>([]);
	/** Each generated card's rank in its article, by card id (cards added by hand have none). */
	ranks = $state.raw<Map<string, CardRank>>(new Map());
	private worker: Worker | null = null;
	private job = 0;
	private headsJob = 0;

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

	/** Asks the worker to read the articles' heads (title, date line, dateline) to prefill their fields. */
	readHeads(now: Date): void {
		const articles = this.articles();
		if (!articles.length) {
			this.metas = [];
			return;
		}
		this.worker ??= this.spawn();
		const msg: ToWorker = { type: 'heads', job: ++this.headsJob, articles, now: now.toISOString() };
		this.worker.postMessage(msg);
	}

	/** Prefills each article's fields from its head; fields the teacher edited stay as they are. */
	private prefill(heads: ArticleHead[]): void {
		this.metas = heads.map((h, i) => {
			const old = this.metas[i];
			const keep = (f: 'date' | 'outlet' | 'url', value: string) => (old?.edited[f] ? old[f] : value);
			return { title: h.title, date: keep('date', h.date?.length === 10 ? h.date : ''), outlet: keep('outlet', h.outlet ?? ''), url: keep('url', ''), edited: old?.edited ?? {} };
		});
	}

	/** Sets an article's date, outlet or link. */
	setMeta(i: number, field: 'date' | 'outlet' | 'url', value: string): void {
		const m = this.metas[i];
		if (!m) return;
		m[field] = value.trim();
		m.edited[field] = true;
	}

	/** The articles with the teacher's date, outlet and link. */
	private withMetas(articles: ArticleInput[]): ArticleInput[] {
		return articles.map((a, i) => {
			const m = this.metas[i];
			return { ...a, ...(m?.date ? { date: m.date } : {}), ...(m?.outlet ? { outlet: m.outlet } : {}), ...(m?.url ? { url: m.url } : {}) };
		});
	}

	/** Starts generating in the worker; the page stays responsive. */
	generate(now: Date): void {
		const articles = this.withMetas(this.articles());
		this.problems = [...checkArticles(articles), ...checkMetas(this.metas.slice(0, articles.length))];
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
		if (m.type === 'heads') {
			if (m.job === this.headsJob) this.prefill(m.heads);
			return;
		}
		if (m.job !== this.job) return; // an old or cancelled job
		switch (m.type) {
			case 'progress':
				this.progress = { done: m.done, total: m.total, stage: m.stage };
				break;
			case 'done': {
				this.draft = m.deck;
				this.errors = {};
				this.step = 'review';
				this.ranks = rankCards(m.deck.cards);
				const unsure = m.deck.cards.filter((c) => leastSure(this.ranks.get(c.id), c.fact.confidence)).length;
				const check = unsure ? ` ${unsure} marked “Check this one” are those the generator was least sure of.` : '';
				this.message = m.deck.cards.length ? `${m.deck.cards.length} cards. Check them, then save.${check}` : 'No cards could be made from these articles. Add cards by hand below, or try a longer article.';
				break;
			}
			case 'error':
				this.step = 'input';
				this.problems = [`Could not make cards: ${m.message}`];
				break;
		}
	}

	/** Edits one field of a card (the same rules as a saved card's editor: `editCard`). */
	edit(i: number, field: 'prompt' | 'answer' | 'choices' | 'explanation', value: string | string[]): void {
		const card = this.draft?.cards[i];
		if (!card) return;
		editCard(card, field, value);
		delete this.errors[`${i}.${field}`];
	}

	/** Deletes a card. */
	remove(i: number): void {
		this.draft?.cards.splice(i, 1);
		this.errors = {};
	}

	/** Cards open for editing, by id. */
	editing = $state<Record<string, boolean>>({});

	/** Adds a blank card on a source sentence, open for editing, and returns its index. */
	add(source: SourceOption): number {
		if (!this.draft) return -1;
		const card = blankCard(this.draft, source);
		this.editing[card.id] = true;
		this.draft.cards.push(card);
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

	/** Saves the valid deck to the library (one transaction); the file is downloaded only on request. */
	async save(now: Date): Promise<boolean> {
		const deck = this.validate();
		if (!deck) return false;
		const r = await saveDeck(deck, 'made', now);
		this.savedId = deck.id;
		this.message = describeSave(deck, r, 'Saved');
		return true;
	}

	/** Downloads the deck file (validated first), named by the deck's title. */
	download(deck: Deck | null = this.validate()): void {
		if (deck) downloadText(deckFileName(deck.title, 'json'), JSON.stringify(deck, null, '\t') + '\n', 'application/json');
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
