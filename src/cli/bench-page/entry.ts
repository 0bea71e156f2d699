/** Browser side of `npm run bench`: fills IndexedDB with a large deck and times the study queries and answers. */
import { NewsdeckDB, useDatabase, db } from '../../lib/db/db';
import { saveDeck } from '../../lib/db/repo';
import { studyQueue, deckCounts } from '../../lib/db/queue';
import { StudySession } from '../../lib/state/study.svelte';
import { newState, type ReviewEntry, type CardState } from '../../lib/srs/scheduler';
import type { Deck } from '../../lib/deck/schema';

const DECK = 'bench-deck';

function bigDeck(n: number): Deck {
	const text = 'The council met in Lakeside on Monday. "We will build the bridge," the mayor said.';
	const sentence = 'The council met in Lakeside on Monday.';
	return {
		format: 'newsdeck',
		version: 1,
		id: DECK,
		title: 'Bench deck',
		language: 'en',
		createdAt: '2026-01-01T00:00:00.000Z',
		articles: [{ id: 'a', title: 'Bench', date: '2026-01-01', text }],
		cards: Array.from({ length: n }, (_, i) => ({
			id: `c${i}`,
			type: 'where' as const,
			prompt: `Where did council number ${i} meet on Monday?`,
			answer: 'Lakeside',
			choices: ['Lakeside', 'Hillview', 'Riverton', 'Oakdale'],
			source: { articleId: 'a', sentence, start: 0, end: sentence.length },
			fact: { kind: 'place' as const, name: `Lakeside ${i}` }
		}))
	};
}

/** Creates `cards` cards, studies `studied` of them and writes `reviews` review-log rows. */
async function seed(cards: number, studied: number, reviews: number): Promise<number> {
	const t = performance.now();
	useDatabase(new NewsdeckDB('newsdeck-bench'));
	await db().delete();
	useDatabase(new NewsdeckDB('newsdeck-bench'));
	const now = new Date('2026-03-01T09:00:00Z');
	await saveDeck(bigDeck(cards), 'file', now);
	// Synthetic history: `studied` cards in review state, their answers spread over the last 120 days (none today).
	const states: CardState[] = [];
	const logs: ReviewEntry[] = [];
	const perCard = Math.ceil(reviews / studied);
	const base = newState(DECK, 'c0', now);
	for (let i = 0; i < studied; i++) {
		for (let k = 0; k < perCard && logs.length < reviews; k++) {
			const review = now.getTime() - (120 - k * 11) * 86_400_000 - (i % 1000) * 60_000;
			logs.push({ deckId: DECK, cardId: `c${i}`, rating: k % 7 === 3 ? 1 : 3, state: k ? 2 : 0, due: review, stability: 5, difficulty: 5, elapsedDays: 10, lastElapsedDays: 10, scheduledDays: 10, learningSteps: 0, review });
		}
		// About a tenth of studied cards are due now.
		states.push({ ...base, cardId: `c${i}`, state: 2, reps: perCard, stability: 20, difficulty: 5, scheduledDays: 20, lastReview: now.getTime() - 86_400_000, due: now.getTime() + ((i % 10) - 1) * 86_400_000 });
	}
	for (let i = 0; i < logs.length; i += 50_000) await db().reviews.bulkAdd(logs.slice(i, i + 50_000));
	await db().transaction('rw', db().states, db().cards, async () => {
		await db().states.bulkPut(states);
		await db().cards.where('[deckId+fresh+order]').between([DECK, 1, -Infinity], [DECK, 1, studied - 1]).modify({ fresh: 0 });
	});
	return performance.now() - t;
}

async function timeIt(fn: () => Promise<unknown>, runs: number): Promise<number> {
	await fn();
	const t = performance.now();
	for (let i = 0; i < runs; i++) await fn();
	return (performance.now() - t) / runs;
}

/** Times the due queue, the deck counts, and answer-to-next-card through the real StudySession. */
async function measure(answers: number) {
	const now = new Date('2026-03-01T09:00:00Z');
	const queueMs = await timeIt(() => studyQueue(DECK, now), 5);
	const countsMs = await timeIt(() => deckCounts(DECK, now), 5);
	let clock = now.getTime();
	const session = new StudySession(DECK, () => new Date(clock));
	const t0 = performance.now();
	await session.start();
	const openMs = performance.now() - t0;
	const per: number[] = [];
	for (let i = 0; i < answers && session.card; i++) {
		session.reveal();
		const t = performance.now();
		await session.grade(3);
		per.push(performance.now() - t);
		clock += 5000;
	}
	per.sort((a, b) => a - b);
	return {
		queueMs,
		countsMs,
		openMs,
		answerMedianMs: per[Math.floor(per.length / 2)],
		answerP95Ms: per[Math.floor(per.length * 0.95)],
		reviews: await db().reviews.count(),
		cards: await db().cards.count()
	};
}

(window as unknown as { bench: unknown }).bench = { seed, measure };
