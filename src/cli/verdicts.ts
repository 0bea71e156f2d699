/** `npm run verdicts -- DECKDIR VERDICTS.md ROUND`: add a blind-reader round to the card-quality training data (features and labels only, no text). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardFeatures } from './card-features';
import type { Deck } from '../lib/deck/schema';

/** Where the judged cards are kept: one JSON line per card — round, card id, accepted, features. */
export const VERDICTS = 'src/cli/data/card-verdicts.jsonl';
/** One judged card. */
export interface Verdict { round: string; id: string; ok: boolean; verdict: string; feats: string[] }

const LINE = /^(?:[-*]\s+)?(\S+\.json) \| card \d+ \(([^)]+)\) \| [\w-]+ \| (ok|wrong|unclear|unfair|trivial) \|/;

/** Reads a round's verdict lines and turns each judged card of its decks into a training row. */
export function readRound(deckDir: string, verdictsFile: string, round: string): Verdict[] {
	const decks = new Map<string, Deck>();
	const out: Verdict[] = [];
	for (const line of readFileSync(verdictsFile, 'utf8').split('\n')) {
		const m = LINE.exec(line.trim());
		if (!m) continue;
		const [, file, id, verdict] = m;
		if (!decks.has(file)) decks.set(file, JSON.parse(readFileSync(join(deckDir, file), 'utf8')) as Deck);
		const deck = decks.get(file)!;
		const card = deck.cards.find((c) => c.id === id);
		if (!card) throw new Error(`${verdictsFile}: card ${id} is not in ${file}`);
		const article = deck.articles.find((a) => a.id === card.source.articleId)!;
		out.push({ round, id, ok: verdict === 'ok', verdict, feats: cardFeatures(card, article.text) });
	}
	return out;
}

/** Reads every stored verdict. */
export function loadVerdicts(path = VERDICTS): Verdict[] {
	return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Verdict) : [];
}

/** Adds (or replaces) one round in the stored verdicts. */
function main(argv: string[]): void {
	const [deckDir, verdictsFile, round] = argv;
	if (!deckDir || !verdictsFile || !round) { console.error('usage: npm run verdicts -- DECKDIR VERDICTS.md ROUND'); process.exit(1); }
	const rows = readRound(deckDir, verdictsFile, round);
	const kept = loadVerdicts().filter((v) => v.round !== round);
	writeFileSync(VERDICTS, [...kept, ...rows].map((v) => JSON.stringify(v)).join('\n') + '\n');
	console.log(`round ${round}: ${rows.length} cards, ${rows.filter((r) => r.ok).length} ok; ${kept.length + rows.length} cards stored`);
}

if (process.argv[1]?.endsWith('verdicts.ts')) main(process.argv.slice(2));
