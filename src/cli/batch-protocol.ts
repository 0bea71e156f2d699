/** Typed messages between `npm run generate` and its worker threads (one file per job). */
import type { Deck } from '../lib/deck/schema';
import type { MakeOptions } from './make-deck';

/** What a worker is started with (its workerData). */
export type WorkerSetup = MakeOptions;

/** Main thread → worker: make the deck of one file. */
export type ToBatchWorker = { type: 'make'; job: number; file: string };

/** Worker → main thread: the deck of a file, or why it was skipped; notes (e.g. the encoding) either way. */
export type FromBatchWorker =
	| { type: 'made'; job: number; file: string; deck: Deck; notes: string[] }
	| { type: 'skipped'; job: number; file: string; reason: string; notes: string[] };
