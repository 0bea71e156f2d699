/** Settings → Your memory model: fit FSRS parameters to the review log in a worker, use them, or go back to the defaults. */
import { answersForFit } from '../db/repo';
import { getSetting, setSetting } from '../db/teacher';
import { FSRS_PARAMS_KEY } from '../db/queue';
import { DEFAULT_PARAMS, MIN_FIT_REVIEWS, histories, scoredReviews, type FitResult } from '../srs/optimize';
import type { FromOptimizer, ToOptimizer } from '../workers/protocol';

/** The memory-model section: how many reviews there are, a running fit, its result, and the parameters in use. */
export class MemoryModel {
	/** Reviews a fit can learn from (a day or more after the card's previous answer); null while counting. */
	reviews = $state<number | null>(null);
	/** The fitted parameters in use, or null for ts-fsrs's defaults. */
	inUse = $state<number[] | null>(null);
	progress = $state<{ step: number; steps: number; loss: number } | null>(null);
	result = $state<FitResult | null>(null);
	error = $state('');
	message = $state('');
	private worker: Worker | null = null;

	constructor(readonly minReviews = MIN_FIT_REVIEWS) {}

	/** The defaults, for the table beside the fitted values. */
	readonly defaults = DEFAULT_PARAMS;

	/** Whether there are enough reviews to offer a fit. */
	get enough(): boolean {
		return (this.reviews ?? 0) >= this.minReviews;
	}

	/** Counts the reviews and reads the parameters in use. */
	async load(): Promise<void> {
		const [log, inUse] = await Promise.all([answersForFit(), getSetting<number[] | null>(FSRS_PARAMS_KEY, null)]);
		this.reviews = scoredReviews(histories(log));
		this.inUse = inUse;
	}

	/** Fits the parameters in a Web Worker (the optimizer's code loads only now), reporting each step. */
	async fit(): Promise<void> {
		if (this.worker) return;
		this.error = '';
		this.message = '';
		this.result = null;
		const log = await answersForFit();
		const w = new Worker(new URL('../workers/optimizer.worker.ts', import.meta.url), { type: 'module' });
		this.worker = w;
		this.progress = { step: 0, steps: 1, loss: NaN };
		w.onmessage = (e: MessageEvent<FromOptimizer>) => {
			const m = e.data;
			switch (m.type) {
				case 'progress':
					this.progress = m;
					break;
				case 'done':
					this.result = m.result;
					this.stop();
					break;
				case 'error':
					this.error = `The fit failed (${m.message}). Your parameters were not changed.`;
					this.stop();
					break;
			}
		};
		w.onerror = (e) => {
			this.error = `The fit failed (${e.message}). Your parameters were not changed.`;
			this.stop();
		};
		w.postMessage({ type: 'fit', log } satisfies ToOptimizer);
	}

	/** Stops a running fit (or tidies up after one). */
	stop(): void {
		this.worker?.terminate();
		this.worker = null;
		this.progress = null;
	}

	/** Schedules with the fitted parameters from now on. */
	async use(): Promise<void> {
		if (!this.result) return;
		await setSetting(FSRS_PARAMS_KEY, [...this.result.params]);
		this.inUse = [...this.result.params];
		this.message = 'Your fitted parameters are in use: the next answers are scheduled with them.';
	}

	/** Goes back to ts-fsrs's default parameters. */
	async reset(): Promise<void> {
		await setSetting(FSRS_PARAMS_KEY, null);
		this.inUse = null;
		this.message = 'Back to the default parameters.';
	}
}
