/** `npm run bench [-- --quick]`: prints speed, memory and size numbers (no assertions; machines are noisy). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../lib/generator/index';
import { routeJsGzipBytes } from './bundle-size';
import { benchFit } from './bench-fit';
import { benchFacts } from './bench-facts';
import { benchCards } from './bench-cards';
import { benchBrowser } from './bench-browser';
import { extractFacts } from '../lib/generator/extract/extract';
import { quoteHeavy, unpunctuatedLine } from '../lib/generator/extract/fixtures/big-inputs';
import { benchBigDeck } from './bench-big-deck';
import { batchArticlesPerSecond, generateSecondsPerMB } from './bench-batch';
import { benchSync } from './bench-sync';

const quick = process.argv.includes('--quick');

function seedInputs() {
	return readdirSync('seeds')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => ({ content: readFileSync(join('seeds', f), 'utf8'), file: f }));
}

/** Articles per second of the whole generator (text -> deck) over the seed articles. */
function generatorSpeed(): number {
	const inputs = seedInputs();
	const run = () => inputs.forEach((inp) => generate([inp], { now: '2026-01-01T00:00:00.000Z' }));
	for (let i = 0; i < 5; i++) run();
	const t = performance.now();
	let n = 0;
	while (performance.now() - t < 2000) {
		run();
		n += inputs.length;
	}
	return n / ((performance.now() - t) / 1000);
}

const print = (k: string, v: string) => console.log(`${k.padEnd(58)} ${v}`);

print('generator: articles/second (seeds, text -> deck)', generatorSpeed().toFixed(1));
for (const jobs of [1, 2]) print(`batch: articles/second (300 articles, --jobs ${jobs})`, (await batchArticlesPerSecond(300, jobs)).toFixed(1));
for (const [label, chars] of [['60 kB', 60_000], ['1 MB', 1_000_000], ['6 MB', 6_000_000]] as const) {
	print(`generate: seconds per MB (one ${label} article)`, generateSecondsPerMB(chars).toFixed(2));
}
const facts = await benchFacts();
print('facts: articles/second (6 kB article, one core)', facts.articlesPerSecond.toFixed(1));
print('facts: peak JS heap of the process (MB)', facts.peakMemoryMB.toFixed(1));
print('facts: heap growth while extracting (MB)', facts.heapGrowthMB.toFixed(1));
/** Seconds to extract facts from one hostile article (item 8 of issue 20: the cost should grow linearly). */
const extractSeconds = (text: string) => {
	const t = performance.now();
	extractFacts(text);
	return ((performance.now() - t) / 1000).toFixed(2);
};
print('facts: seconds for one 2 MB line with no punctuation', extractSeconds(unpunctuatedLine(2_000_000)));
print('facts: seconds for 180 kB of short quotations', extractSeconds(quoteHeavy(180_000)));
const cards = await benchCards();
print('cards: cards/second', cards.cardsPerSecond.toFixed(1));
print('cards: ms from 6 kB article text to finished deck', cards.msPer6kBArticle.toFixed(1));
try {
	print('study page JS (gzip, kB; target <= 80)', (routeJsGzipBytes('deck/[id]/study/+page.svelte') / 1024).toFixed(1));
} catch (e) {
	print('study page JS (gzip, kB; target <= 80)', `n/a (${(e as Error).message})`);
}
const fit = benchFit(quick ? 500 : 2000, 6);
print(`memory model: seconds to fit FSRS to ${fit.reviews.toLocaleString('en')} reviews (60 steps, in Node)`, fit.seconds.toFixed(1));
const [nCards, nReviews] = quick ? [10_000, 50_000] : [100_000, 500_000];
try {
	const b = await benchBrowser(nCards, nReviews);
	const label = `${b.cards.toLocaleString('en')} cards, ${b.reviews.toLocaleString('en')} reviews`;
	print(`IndexedDB (${label}): fill time (s)`, (b.seedMs / 1000).toFixed(1));
	print('IndexedDB: due-queue query (ms)', b.queueMs.toFixed(1));
	print('IndexedDB: deck counts (ms)', b.countsMs.toFixed(1));
	print('IndexedDB: open a study session (ms)', b.openMs.toFixed(1));
	print('IndexedDB: answer -> next card, median (ms; target < 16)', b.answerMedianMs.toFixed(1));
	print('IndexedDB: answer -> next card, p95 (ms)', b.answerP95Ms.toFixed(1));
} catch (e) {
	print('IndexedDB bench in Chromium', `n/a (${(e as Error).message.split('\n')[0]})`);
}
const bigCards = quick ? 10_000 : 100_000;
try {
	const b = await benchBigDeck(bigCards);
	print(`big deck (${b.cards.toLocaleString('en')} cards, ${b.megabytes.toFixed(1)} MB): import time (s)`, (b.importMs / 1000).toFixed(1));
	print('big deck: import, longest main-thread block (ms)', b.importLongestBlockMs.toFixed(0));
	print('big deck: Cards page, first rows on screen (ms)', b.cardsPageMs.toFixed(0));
	print('big deck: Cards page, longest main-thread block (ms)', b.cardsPageLongestBlockMs.toFixed(0));
	print('big deck: Cards page, rows in the page', String(b.cardsPageRows));
} catch (e) {
	print('big deck bench in Chromium', `n/a (${(e as Error).message.split('\n')[0]})`);
}
const [syncReviews, syncLearners, syncPer] = quick ? [2000, 10, 200] : [10_000, 50, 1000];
try {
	const s = await benchSync(syncReviews, syncLearners, syncPer);
	print(`sync: ${s.reviews.toLocaleString('en')} reviews, device A -> server (s)`, (s.pushMs / 1000).toFixed(1));
	print(`sync: ${s.reviews.toLocaleString('en')} reviews, server -> device B (s)`, (s.pullMs / 1000).toFixed(1));
	print(`sync load (${s.learners} learners x ${s.perLearner.toLocaleString('en')}): reviews/second in`, s.loadPushPerSecond.toFixed(0));
	print('sync load: time until every second device holds all (s)', (s.convergeMs / 1000).toFixed(1));
} catch (e) {
	print('sync bench (pouchdb-server on loopback)', `n/a (${(e as Error).message.split('\n')[0]})`);
}
