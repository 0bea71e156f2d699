/** Messages between the page and the generator worker: one discriminated union each way. */
import type { Deck } from '../deck/schema';
import type { FitResult, LoggedAnswer } from '../srs/optimize';

/** One article to generate from: its text and an optional file name (for ids and titles). */
export interface ArticleInput {
	content: string;
	file?: string;
}

/** Page → worker (cancelling ends the worker, so it needs no message). */
export type ToWorker = { type: 'generate'; job: number; articles: ArticleInput[]; now: string; maxCards?: number };

/** Worker → page. */
export type FromWorker =
	| { type: 'progress'; job: number; done: number; total: number; stage: string }
	| { type: 'done'; job: number; deck: Deck }
	| { type: 'error'; job: number; message: string };

/** Page → optimizer worker: fit FSRS parameters to this review log. */
export type ToOptimizer = { type: 'fit'; log: LoggedAnswer[]; steps?: number };

/** Optimizer worker → page. */
export type FromOptimizer =
	| { type: 'progress'; step: number; steps: number; loss: number }
	| { type: 'done'; result: FitResult }
	| { type: 'error'; message: string };
