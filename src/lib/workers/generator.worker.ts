/// <reference lib="webworker" />
// Runs the generator off the main thread: extraction article by article (with progress), then cards.
// Cancel ends the whole worker (the page terminates it), so a long step needs no cancel checks.
import { generate } from '../generator/index';
import { extractFacts } from '../generator/extract/extract';
import type { Facts } from '../generator/types';
import { articleHead } from './heads';
import type { FromWorker, ToWorker } from './protocol';

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

async function run(m: Extract<ToWorker, { type: 'generate' }>): Promise<void> {
	const total = m.articles.length + 1;
	const facts: Facts[] = [];
	for (const [i, a] of m.articles.entries()) {
		post({ type: 'progress', job: m.job, done: i, total, stage: `Reading article ${i + 1} of ${m.articles.length}…` });
		facts.push(extractFacts(a.content, { date: a.date }));
	}
	post({ type: 'progress', job: m.job, done: m.articles.length, total, stage: `Writing cards from ${facts.reduce((n, f) => n + f.quotes.length + f.dates.length, 0)} quotes and dates…` });
	const deck = generate(
		m.articles.map((a, i) => ({ content: a.content, file: a.file, date: a.date, facts: facts[i] })),
		{ now: m.now, maxCards: m.maxCards }
	);
	// The deck keeps one article per input, in order: the teacher's outlet and link go with it.
	deck.articles = deck.articles.map((art, i) => {
		const { outlet, url } = m.articles[i] ?? {};
		return { ...art, ...(outlet ? { outlet } : {}), ...(url ? { url } : {}) };
	});
	post({ type: 'done', job: m.job, deck });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
	const m = e.data;
	switch (m.type) {
		case 'generate':
			run(m).catch((err: unknown) => post({ type: 'error', job: m.job, message: err instanceof Error ? err.message : String(err) }));
			break;
		case 'heads':
			post({ type: 'heads', job: m.job, heads: m.articles.map((a) => articleHead(a.content, new Date(m.now))) });
			break;
	}
};
