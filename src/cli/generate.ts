/** `npm run generate -- FILES|DIR --out DIR [--date D] [--max-cards N] [--types a,b] [--one-deck]`: articles → deck files + index.json. */
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { generate } from '../lib/generator/index';
import { toDeck } from '../lib/deck/parse';
import { makeProgress } from './progress';
import { CARD_TYPES, type CardType, type Deck, type Catalog } from '../lib/deck/schema';

/** Parsed command-line options. */
export interface GenerateArgs {
	inputs: string[];
	out: string;
	date?: string;
	maxCards?: number;
	types?: CardType[];
	oneDeck: boolean;
}

/** Parses argv (without node and script); throws with a usage message on bad input. */
export function parseArgs(argv: string[]): GenerateArgs {
	const a: GenerateArgs = { inputs: [], out: 'static/decks', oneDeck: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const val = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		if (arg === '--out') a.out = val();
		else if (arg === '--date') a.date = val();
		else if (arg === '--max-cards') {
			a.maxCards = Number(val());
			if (!Number.isInteger(a.maxCards) || a.maxCards < 1) throw new Error(`--max-cards: expected a whole number ≥ 1`);
		} else if (arg === '--types') {
			const t = val().split(',').map((s) => s.trim()).filter(Boolean);
			const bad = t.filter((x) => !(CARD_TYPES as readonly string[]).includes(x));
			if (bad.length) throw new Error(`--types: unknown type ${bad.join(', ')} (known: ${CARD_TYPES.join(', ')})`);
			a.types = t as CardType[];
		} else if (arg === '--one-deck') a.oneDeck = true;
		else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
		else a.inputs.push(arg);
	}
	if (!a.inputs.length) throw new Error('no input files (give article .txt files or a folder)');
	return a;
}

/** Expands folders to their .txt files (sorted), keeping file arguments as given. */
export function expandInputs(inputs: string[]): string[] {
	const out: string[] = [];
	for (const p of inputs) {
		if (statSync(p).isDirectory()) out.push(...readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f)));
		else out.push(p);
	}
	return out;
}

/** Serialises a deck byte-identically for identical input. */
const json = (x: unknown) => JSON.stringify(x, null, '\t') + '\n';

/** createdAt from the article date, so output never depends on the clock. */
function createdAt(date: string | null | undefined): string {
	const d = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : date && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : '1970-01-01';
	return `${d}T00:00:00.000Z`;
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[]): number {
	let args: GenerateArgs;
	let files: string[];
	try {
		args = parseArgs(argv);
		files = expandInputs(args.inputs);
	} catch (e) {
		console.error(`generate: ${(e as Error).message}`);
		console.error('usage: npm run generate -- seeds/*.txt --out static/decks [--date YYYY-MM-DD] [--max-cards N] [--types who-said,when] [--one-deck]');
		return 2;
	}
	mkdirSync(args.out, { recursive: true });
	const skipped: string[] = [];
	const decks: { deck: Deck; file: string }[] = [];
	const progress = makeProgress(files.length);
	const opts = { maxCards: args.maxCards, types: args.types };
	const build = (list: { content: string; file: string }[], label: string) => {
		try {
			const inputs = list.map((x) => ({ content: x.content, file: x.file, date: args.date }));
			const deck = generate(inputs, { now: createdAt(null), ...opts });
			deck.createdAt = createdAt(deck.articles[0].date);
			decks.push({ deck: toDeck(JSON.parse(JSON.stringify(deck)), label), file: label });
		} catch (e) {
			skipped.push(`${label}: ${(e as Error).message.split('\n').join(' ')}`);
		}
	};
	const read: { content: string; file: string }[] = [];
	files.forEach((f, i) => {
		progress.tick(i + 1, basename(f));
		let content: string;
		try {
			content = readFileSync(f, 'utf8');
		} catch (e) {
			skipped.push(`${f}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
			return;
		}
		if (args.oneDeck) read.push({ content, file: f });
		else build([{ content, file: f }], f);
	});
	progress.end();
	if (args.oneDeck && read.length) build(read, read.map((r) => r.file).join(', '));
	const catalog: Catalog = { format: 'newsdeck-catalog', version: 1, decks: [] };
	for (const { deck, file } of decks) {
		writeFileSync(join(args.out, `${deck.id}.json`), json(deck));
		catalog.decks.push({ id: deck.id, title: deck.title, cards: deck.cards.length, date: deck.articles[0].date, file: `${deck.id}.json` });
		console.log(`${deck.id}.json: ${deck.cards.length} cards (${basename(file)})`);
	}
	catalog.decks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	if (decks.length) writeFileSync(join(args.out, 'index.json'), json(catalog));
	const cards = decks.reduce((a, d) => a + d.deck.cards.length, 0);
	console.error(`generate: wrote ${decks.length} deck(s) with ${cards} cards to ${args.out}${skipped.length ? `; skipped ${skipped.length} of ${files.length} file(s)` : ''}`);
	if (skipped.length) {
		console.error(`skipped ${skipped.length} of ${files.length} file(s):`);
		for (const s of skipped) console.error(`  ${s}`);
	}
	return decks.length ? 0 : 1;
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) process.exit(main(process.argv.slice(2)));
