/** A worker thread of `npm run generate`: reads and generates one article file per message, posts the deck or the skip reason. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeDeck, readInput } from './make-deck';
import type { FromBatchWorker, ToBatchWorker, WorkerSetup } from './batch-protocol';

const setup = workerData as WorkerSetup;
const post = (m: FromBatchWorker) => parentPort!.postMessage(m);

parentPort!.on('message', (m: ToBatchWorker) => {
	switch (m.type) {
		case 'make': {
			const read = readInput(m.file);
			if ('skip' in read) return post({ type: 'skipped', job: m.job, file: m.file, reason: read.skip, notes: [] });
			const made = makeDeck([{ content: read.content, file: m.file }], m.file, setup);
			if ('skip' in made) return post({ type: 'skipped', job: m.job, file: m.file, reason: made.skip, notes: read.notes });
			return post({ type: 'made', job: m.job, file: m.file, deck: made.deck, notes: read.notes });
		}
	}
});
