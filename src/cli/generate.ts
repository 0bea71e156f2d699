/** `npm run generate -- FILES|DIR --out DIR [--date D] [--max-cards N] [--types a,b] [--one-deck]`: articles → deck files + index.json. */
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { decodeText, latin1Note } from '../lib/import/decode';
import { join, basename } from 'node:path';
import { generate } from '../lib/generator/index';
import { toDeck } from '../lib/deck/parse';
import { DeckError } from '../lib/deck/errors';
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

/** A `--date` value: a real calendar date YYYY-MM-DD, or an error naming it as the date. */
function checkDate(d: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
	const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
	if (!t || t.toISOString().slice(0, 10) !== d) throw new Error(`--date: "${d}" is not a date (expected YYYY-MM-DD, e.g. 2024-12-03)`);
	return d;
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
		else if (arg === '--date') a.date = checkDate(val());
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

/** Expands folders to their .txt files (sorted), keeping file arguments as given; names inputs that give no file. */
export function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
	const files: string[] = [];
	const missing: string[] = [];
	for (const p of inputs) {
		let folder: boolean;
		try {
			folder = statSync(p).isDirectory();
		} catch (e) {
			missing.push(`${p}: not found (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
			continue;
		}
		const txt = folder ? readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f)) : [p];
		if (!txt.length) missing.push(`${p}: this folder has no .txt files`);
		files.push(...txt);
	}
	return { files, missing };
}

/** Serialises a deck byte-identically for identical input. */
const json = (x: unknown) => JSON.stringify(x, null, '\t') + '\n';

/** createdAt from the article date, so output never depends on the clock. */
function createdAt(date: string | null | undefined): string {
	const d = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : date && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : '1970-01-01';
	return `${d}T00:00:00.000Z`;
}

// An article file that holds its ` date YYYY-MM-DD ` line and nothing else.
const ONLY_DATE_LINE = /^\uFEFF?\s*date\s+\d{4}-\d{2}(-\d{2})?\s*$/;

/** Exit codes: every input written, nothing usable (or bad arguments), or some inputs skipped. */
export const EXIT = { ok: 0, nothing: 1, skipped: 2 } as const;

/** Runs the CLI; returns the exit code (see EXIT). */
export function main(argv: string[]): number {
	let args: GenerateArgs;
	try {
		args = parseArgs(argv);
	} catch (e) {
		console.error(`generate: ${(e as Error).message}`);
		console.error('usage: npm run generate -- seeds/*.txt --out static/decks [--date YYYY-MM-DD] [--max-cards N] [--types who-said,when] [--one-deck]');
		return EXIT.nothing;
	}
	const { files, missing } = expandInputs(args.inputs);
	const skipped: string[] = [...missing];
	const decks: { deck: Deck; file: string }[] = [];
	const progress = makeProgress(files.length);
	const opts = { maxCards: args.maxCards, types: args.types };
	const build = (list: { content: string; file: string }[], label: string) => {
		try {
			const inputs = list.map((x) => ({ content: x.content, file: x.file, date: args.date }));
			const deck = generate(inputs, { now: createdAt(null), ...opts });
			deck.createdAt = createdAt(deck.articles[0].date);
			const valid = toDeck(JSON.parse(JSON.stringify(deck)), label);
			if (valid.cards.length) decks.push({ deck: valid, file: label });
			else skipped.push(`${label}: no cards could be made from this article`);
		} catch (e) {
			// A DeckError already names the file; its problems say what is wrong.
			const why = e instanceof DeckError ? `the deck made from it is not valid (${e.problems.join('; ')})` : (e as Error).message.split('\n').join(' ');
			skipped.push(`${label}: ${why}`);
		}
	};
	const read: { content: string; file: string }[] = [];
	files.forEach((f, i) => {
		progress.tick(i + 1, basename(f));
		let content: string;
		try {
			const decoded = decodeText(readFileSync(f));
			content = decoded.text;
			if (decoded.encoding !== 'utf-8') console.error(latin1Note(f));
		} catch (e) {
			skipped.push(`${f}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
			return;
		}
		if (ONLY_DATE_LINE.test(content)) {
			skipped.push(`${f}: the article has a date line but no title or text`);
			return;
		}
		if (args.oneDeck) read.push({ content, file: f });
		else build([{ content, file: f }], f);
	});
	progress.end();
	if (args.oneDeck && read.length) build(read, read.map((r) => r.file).join(', '));
	try {
		write(decks, args.out);
	} catch (e) {
		console.error(`generate: cannot write to --out ${args.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
		return EXIT.nothing;
	}
	const cards = decks.reduce((a, d) => a + d.deck.cards.length, 0);
	console.error(`generate: wrote ${decks.length} deck(s) with ${cards} cards to ${args.out}${skipped.length ? `; skipped ${skipped.length} of ${files.length} file(s)` : ''}`);
	if (skipped.length) {
		console.error(`skipped ${skipped.length} of ${files.length} file(s):`);
		for (const s of skipped) console.error(`  ${s}`);
	}
	return !decks.length ? EXIT.nothing : skipped.length ? EXIT.skipped : EXIT.ok;
}

/** Writes each deck and the catalog (index.json) into `out`, creating it. */
function write(decks: { deck: Deck; file: string }[], out: string): void {
	if (!decks.length) return;
	mkdirSync(out, { recursive: true });
	const catalog: Catalog = { format: 'newsdeck-catalog', version: 1, decks: [] };
	for (const { deck, file } of decks) {
		writeFileSync(join(out, `${deck.id}.json`), json(deck));
		catalog.decks.push({ id: deck.id, title: deck.title, cards: deck.cards.length, date: deck.articles[0].date, file: `${deck.id}.json` });
		console.log(`${deck.id}.json: ${deck.cards.length} cards (${basename(file)})`);
	}
	catalog.decks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	writeFileSync(join(out, 'index.json'), json(catalog));
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) process.exit(main(process.argv.slice(2)));
