/** `npm run generate -- FILES|DIR --out DIR [--jobs N] [--date D] [--max-cards N] [--types a,b] [--one-deck]`: articles → deck files + index.json, written as each deck is made. */
import { statSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_FILE_BYTES } from '../lib/generator/limits';
import { makeProgress } from './progress';
import { DeckWriter } from './deck-writer';
import { makeDeck, readInput, refuse, type MakeOptions } from './make-deck';
import type { FromBatchWorker, ToBatchWorker, WorkerSetup } from './batch-protocol';
import { CARD_TYPES, type CardType, type Deck } from '../lib/deck/schema';

/** Parsed command-line options. */
export interface GenerateArgs {
	inputs: string[];
	out: string;
	date?: string;
	maxCards?: number;
	types?: CardType[];
	oneDeck: boolean;
	/** Worker threads generating at once (default: the machine's available cores). */
	jobs: number;
}

/** A `--date` value: a real calendar date YYYY-MM-DD, or an error naming it as the date. */
function checkDate(d: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
	const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
	if (!t || t.toISOString().slice(0, 10) !== d) throw new Error(`--date: "${d}" is not a date (expected YYYY-MM-DD, e.g. 2024-12-03)`);
	return d;
}

/** A whole number ≥ 1 for `option`, or an error naming it. */
function count(option: string, s: string): number {
	const n = Number(s);
	if (!Number.isInteger(n) || n < 1) throw new Error(`${option}: expected a whole number ≥ 1`);
	return n;
}

/** Parses argv (without node and script); throws with a usage message on bad input. */
export function parseArgs(argv: string[]): GenerateArgs {
	const a: GenerateArgs = { inputs: [], out: 'static/decks', oneDeck: false, jobs: availableParallelism() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const val = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		if (arg === '--out') a.out = val();
		else if (arg === '--date') a.date = checkDate(val());
		else if (arg === '--max-cards') a.maxCards = count(arg, val());
		else if (arg === '--jobs') a.jobs = count(arg, val());
		else if (arg === '--types') {
			const t = val().split(',').map((s) => s.trim()).filter(Boolean);
			const bad = t.filter((x) => !(CARD_TYPES as readonly string[]).includes(x));
			if (bad.length) throw new Error(`--types: unknown type ${bad.join(', ')} (known: ${CARD_TYPES.join(', ')})`);
			a.types = t as CardType[];
		} else if (arg === '--one-deck') a.oneDeck = true;
		else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
		else a.inputs.push(arg);
	}
	if (!a.inputs.length) throw new Error('no input files (give article .txt or .html files, or a folder)');
	return a;
}

/** Article files in a folder: text and saved web pages. */
const ARTICLE_FILE = /\.(?:txt|html?)$/i;

/** Expands folders to their .txt/.html/.htm files (sorted), keeping file arguments as given; names inputs that give no file. */
export function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
	const files: string[] = [];
	const missing: string[] = [];
	for (const p of inputs) {
		let folder: boolean;
		try {
			folder = statSync(p).isDirectory();
		} catch (e) {
			missing.push(`${p}: not found (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
			continue;
		}
		const found = folder ? readdirSync(p).filter((f) => ARTICLE_FILE.test(f)).sort().map((f) => join(p, f)) : [p];
		if (!found.length) missing.push(`${p}: this folder has no .txt or .html files`);
		files.push(...found);
	}
	return { files, missing };
}

/** Exit codes: every input written, nothing usable (or bad arguments), or some inputs skipped. */
export const EXIT = { ok: 0, nothing: 1, skipped: 2 } as const;

/** What the caller (tests, the bench) may set besides argv. */
export interface MainOptions {
	/** Largest article file read (bytes); see MAX_FILE_BYTES. */
	maxFileBytes?: number;
}

/** Runs the CLI; resolves to the exit code (see EXIT). */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
	let args: GenerateArgs;
	try {
		args = parseArgs(argv);
	} catch (e) {
		console.error(`generate: ${(e as Error).message}`);
		console.error('usage: npm run generate -- seeds/ --out static/decks [--jobs N] [--date YYYY-MM-DD] [--max-cards N] [--types who-said,when] [--one-deck]');
		return EXIT.nothing;
	}
	const { files, missing } = expandInputs(args.inputs);
	const skipped: string[] = [...missing];
	let writer: DeckWriter | null = null;
	if (files.length) {
		try {
			writer = new DeckWriter(args.out);
		} catch (e) {
			console.error(`generate: cannot write to --out ${args.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
			return EXIT.nothing;
		}
	}
	const progress = makeProgress(files.length);
	let done = 0;
	const skip = (file: string, reason: string) => skipped.push(`${file}: ${reason}`);
	const finish = (file: string) => progress.tick(++done, basename(file));
	const write = (deck: Deck, label: string) => console.log(`${writer!.add(deck)}: ${deck.cards.length} cards (${label})`);
	// Oversized files and folders are refused at once, before any file is read, so none of them holds up the batch.
	const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
	const todo: string[] = [];
	for (const f of files) {
		const why = refuse(f, maxBytes);
		if (why) {
			if (/ limit /.test(why)) console.error(`generate: refusing ${f}: ${why}`);
			skip(f, why);
			finish(f);
		} else todo.push(f);
	}
	const opts: MakeOptions = { date: args.date, maxCards: args.maxCards, types: args.types };
	try {
		if (args.oneDeck) oneDeck(todo, opts, { skip, finish, write });
		else await inWorkers(todo, Math.min(args.jobs, todo.length), opts, { skip, finish, write });
	} catch (e) {
		progress.end();
		console.error(`generate: cannot write to --out ${args.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
		return EXIT.nothing;
	}
	progress.end();
	const decks = writer?.count ?? 0;
	console.error(`generate: wrote ${decks} deck(s) with ${writer?.cards ?? 0} cards to ${args.out}${skipped.length ? `; skipped ${skipped.length} of ${files.length} file(s)` : ''}`);
	if (skipped.length) {
		console.error(`skipped ${skipped.length} of ${files.length} file(s):`);
		for (const s of skipped) console.error(`  ${s}`);
	}
	return !decks ? EXIT.nothing : skipped.length ? EXIT.skipped : EXIT.ok;
}

/** What the batch reports to `main`: a skipped file, a finished file, a deck to write. */
interface Sink {
	skip(file: string, reason: string): void;
	finish(file: string): void;
	write(deck: Deck, label: string): void;
}

/** `--one-deck`: every readable file into one deck, made in this thread. */
function oneDeck(files: string[], opts: MakeOptions, sink: Sink): void {
	const read: { content: string; file: string }[] = [];
	for (const f of files) {
		const r = readInput(f);
		if ('skip' in r) sink.skip(f, r.skip);
		else {
			r.notes.forEach((n) => console.error(n));
			read.push({ content: r.content, file: f });
		}
		sink.finish(f);
	}
	if (!read.length) return;
	const label = read.map((r) => r.file).join(', ');
	const made = makeDeck(read, label, opts);
	if ('skip' in made) sink.skip(label, made.skip);
	else sink.write(made.deck, basename(read[0].file));
}

const WORKER = new URL('./generate-worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');

/** Starts a batch worker; it registers tsx's loader itself first (Node 20 does not pass loader hooks on to worker threads). */
function spawnWorker(opts: MakeOptions): Worker {
	const boot = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;
	return new Worker(boot, { eval: true, workerData: opts satisfies WorkerSetup });
}

/** Generates each file in one of `jobs` worker threads; each deck is written as soon as it arrives. */
function inWorkers(files: string[], jobs: number, opts: MakeOptions, sink: Sink): Promise<void> {
	if (!files.length) return Promise.resolve();
	const queue = files.map((file, job) => ({ file, job }));
	let running = 0;
	return new Promise((resolve, reject) => {
		const start = () => {
			const w = spawnWorker(opts);
			let current: { file: string; job: number } | undefined;
			const next = () => {
				current = queue.shift();
				if (current) w.postMessage({ type: 'make', ...current } satisfies ToBatchWorker);
				else void w.terminate();
			};
			running++;
			w.on('message', (m: FromBatchWorker) => {
				m.notes.forEach((n) => console.error(n));
				try {
					if (m.type === 'made') sink.write(m.deck, basename(m.file));
					else sink.skip(m.file, m.reason);
				} catch (e) {
					queue.length = 0;
					void w.terminate();
					return reject(e);
				}
				sink.finish(m.file);
				next();
			});
			// A worker that dies (out of memory, a crash) loses only its file: it is named, and a fresh worker goes on.
			w.on('error', (e) => {
				if (current) {
					sink.skip(current.file, `the generator stopped on this file (${e.message})`);
					sink.finish(current.file);
					current = undefined;
				}
				if (queue.length) start();
			});
			w.on('exit', () => {
				if (--running === 0) resolve();
			});
			next();
		};
		for (let i = 0; i < jobs; i++) start();
	});
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
