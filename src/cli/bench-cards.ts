/** Card-generation benchmark: cards per second and time from a 6 kB article's text to its finished deck. */
import { generate } from '../lib/generator/index';

const SENTENCES = [
	'Prime Minister Anna Berg met President Paolo Conti in Geneva on Monday to discuss the water treaty between Norway and Italy.',
	'"We have agreed on the main points of a new water treaty and we will sign it within weeks," Anna Berg said.',
	'"The talks in Geneva were long but useful for both of our countries and their farmers," Paolo Conti told reporters.',
	'The first water treaty between the two countries was signed in March 1998 after years of difficult talks.',
	'In 2015, the Alpine Water Council warned that the glaciers feeding both rivers were shrinking fast.',
	'Farmers from Norway and Italy protested in Oslo in January 2024 against the old quotas.',
	'The European Commission said it would support the agreement with funds from its climate budget.',
	'"Our farmers need the new rules before the summer harvest begins across the valleys," said Lena Vogt, who leads the farmers union.',
	'The United Nations welcomed the talks and offered to host the signing ceremony in New York on 14 June 2024.',
	'Critics in Rome said the treaty would favour large farms over small family holdings in the north.'
];

/** A ~6 kB article built from fixed sentences (paragraphs of two), dated. */
export function benchArticle(bytes = 6000): string {
	let out = ' date 2024-03-05 Ministers agree water treaty in Geneva\n\n';
	for (let i = 0; out.length < bytes; i++) out += SENTENCES[i % SENTENCES.length] + (i % 2 ? '\n\n' : ' ');
	return out;
}

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
