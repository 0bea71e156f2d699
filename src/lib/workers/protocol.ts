/** Messages between the page and the generator worker: one discriminated union each way. */
import type { Deck } from '../deck/schema';
import type { ArticleHead } from './heads';
import type { FitResult, LoggedAnswer } from '../srs/optimize';

export type { ArticleHead };

/** One article to generate from: its text, an optional file name (for ids and titles), and what the teacher said of it. */
export interface ArticleInput {
	content: string;
	file?: string;
	/** Publication date YYYY-MM-DD (overrides a ` date ` line); dates in the text are read relative to it. */
	date?: string;
	/** News outlet and web address of the article, kept with it in the deck. */
	outlet?: string;
	url?: string;
}

/** Page → worker: make cards, or read the articles' heads to prefill the date and outlet fields (cancelling ends the worker). */
export type ToWorker =
	| { type: 'generate'; job: number; articles: ArticleInput[]; now: string; maxCards?: number }
	| { type: 'heads'; job: number; articles: ArticleInput[]; now: string };

/** Worker → page. */
export type FromWorker =
	| { type: 'progress'; job: number; done: number; total: number; stage: string }
	| { type: 'done'; job: number; deck: Deck }
	| { type: 'heads'; job: number; heads: ArticleHead[] }
	| { type: 'error'; job: number; message: string };

/** Page → optimizer worker: fit FSRS parameters to this review log. */
export type ToOptimizer = { type: 'fit'; log: LoggedAnswer[]; steps?: number };

/** Optimizer worker → page. */
export type FromOptimizer =
	| { type: 'progress'; step: number; steps: number; loss: number }
	| { type: 'done'; result: FitResult }
	| { type: 'error'; message: string };
