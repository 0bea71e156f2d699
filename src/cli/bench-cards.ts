/** Card-generation benchmark: cards per second and time from a 6 kB article's text to its finished deck. */
import { generate } from '../lib/generator/index';
import { benchArticle } from './bench-facts';

/** Runs the generator on the 6 kB article several times; returns cards/s and ms per article. */
export async function benchCards(runs = 20): Promise<{ cardsPerSecond: number; msPer6kBArticle: number }> {
	const content = benchArticle();
	generate([{ content, file: 'bench.txt' }], { now: '2024-03-05T00:00:00.000Z' });
	let cards = 0;
	const t0 = performance.now();
	for (let i = 0; i < runs; i++) cards += generate([{ content, file: 'bench.txt' }], { now: '2024-03-05T00:00:00.000Z' }).cards.length;
	const ms = (performance.now() - t0) / runs;
	return { cardsPerSecond: Math.round((cards / runs / ms) * 1000), msPer6kBArticle: Math.round(ms * 10) / 10 };
}

if (process.argv[1] && /bench-cards\.ts$/.test(process.argv[1])) benchCards().then((r) => console.log(JSON.stringify(r)));
