/// <reference lib="webworker" />
// Fits FSRS parameters to the learner's review log off the main thread (loaded only when Settings asks for a fit).
import { fitParameters, histories } from '../srs/optimize';
import type { FromOptimizer, ToOptimizer } from './protocol';

const post = (m: FromOptimizer) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ToOptimizer>) => {
	const m = e.data;
	switch (m.type) {
		case 'fit':
			try {
				const result = fitParameters(histories(m.log), { steps: m.steps, onstep: (step, steps, loss) => post({ type: 'progress', step, steps, loss }) });
				post({ type: 'done', result });
			} catch (err) {
				post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
			}
			break;
	}
};
