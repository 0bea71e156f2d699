/** Decks as CSV/TSV (front, back, tags) for Anki, Quizlet and spreadsheets, and CSV/TSV exports read back as decks. */
import Papa from 'papaparse';
import type { Card, Deck } from '../deck/schema';
import { DeckError } from '../deck/errors';
import { toDeck } from '../deck/parse';
import { cardId, slugId } from '../deck/ids';
import { safeCell, unsafeCell } from './formula';
import { stripControls } from '../deck/controls';

/** Most rows read from one CSV/TSV file. */
export const MAX_CSV_ROWS = 20_000;

/** The three exported columns of one card. */
export interface FlatCard {
	front: string;
	back: string;
	tags: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Front, back and tags of a card: choices go on the front, a timeline's events are joined by arrows. */
export function flatten(card: Card): FlatCard {
	const timeline = Array.isArray(card.answer);
	const choices = card.choices && !timeline ? ` (${card.choices.join(' / ')})` : '';
	const events = timeline && card.choices ? ` Put in order: ${card.choices.join(' / ')}` : '';
	return {
		front: card.prompt + choices + events,
		back: Array.isArray(card.answer) ? card.answer.join(' → ') : card.answer,
		// Anki separates tags by spaces, so a tag keeps its words joined with "_".
		tags: (card.tags ?? []).map((t) => t.trim().replace(/\s+/g, '_')).join(' ')
	};
}

/** A spreadsheet CSV: RFC 4180 quoting, a header row, UTF-8 with BOM so Excel shows accents; no cell runs as a formula. */
export function toCsv(deck: Deck): string {
	const rows = deck.cards.map(flatten);
	return '\ufeff' + Papa.unparse({ fields: ['front', 'back', 'tags'], data: rows.map((r) => [r.front, r.back, r.tags].map(safeCell)) }, { newline: '\r\n' });
}

/** An Anki "Notes in plain text" file: header lines, then front, back, tags and a stable guid (re-import updates). */
export function toAnkiTsv(deck: Deck): string {
	const head = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		`#deck:${oneLine(deck.title)}`,
		'#columns:Front\tBack\tTags\tGUID',
		'#tags column:3',
		'#guid column:4'
	];
	const data = deck.cards.map((c) => {
		const f = flatten(c);
		return [f.front, f.back, f.tags, c.id].map(safeCell);
	});
	// A first field starting with "#" would read back as one more header line: quote it.
	return head.join('\n') + '\n' + Papa.unparse(data, { delimiter: '\t', newline: '\n', quotes: (v: unknown, col: number) => col === 0 && String(v).startsWith('#') }) + '\n';
}

/** Quizlet's paste format: `term<TAB>definition` per line, with tabs and newlines inside fields flattened. */
export function toQuizletTsv(deck: Deck): string {
	return deck.cards.map((c) => {
		const f = flatten(c);
		return `${safeCell(oneLine(f.front))}\t${safeCell(oneLine(f.back))}`;
	}).join('\n') + '\n';
}

/** Options of `parseCsvDeck`; `now` becomes the deck's createdAt. */
export interface CsvOptions {
	now: Date;
	language?: string;
}

interface Header {
	separator?: string;
	html: boolean;
	deck?: string;
	tagsColumn?: number;
	guidColumn?: number;
	/** Anki named the columns (`#columns:`) or gave a GUID column: its files have no header row. */
	noHeaderRow: boolean;
	/** Lines of Anki headers at the top of the file. */
	lines: number;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

/** Reads Anki's `#key:value` header lines (Anki ≥ 2.1.54). */
function readHeader(text: string): Header {
	const h: Header = { html: false, noHeaderRow: false, lines: 0 };
	const lines = text.split('\n');
	for (const raw of lines) {
		const m = /^#([a-z ]+):(.*)$/i.exec(raw.replace(/\r$/, ''));
		if (!m) break;
		h.lines++;
		const key = m[1].trim().toLowerCase();
		const val = m[2].trim();
		if (key === 'separator') h.separator = SEPARATORS[val.toLowerCase()] ?? val;
		else if (key === 'html') h.html = val.toLowerCase() === 'true';
		else if (key === 'deck') h.deck = val;
		else if (key === 'tags column') h.tagsColumn = Number(val) - 1;
		else if (key === 'guid column') h.guidColumn = Number(val) - 1;
		if (key === 'columns' || key === 'guid column') h.noHeaderRow = true;
	}
	return h;
}

/** Anki fields with `#html:true`: line breaks become spaces, tags go, common entities are decoded. */
export function stripHtml(s: string): string {
	return s
		.replace(/<br\s*\/?>|<\/(div|p|li)>/gi, ' ')
		.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

const FRONT = /^(front|term|question|prompt|word)$/i;
const BACK = /^(back|definition|answer|meaning)$/i;
const TAGS = /^tags?$/i;

/** Which columns hold front, back and tags; a header row is recognised by its names. */
function columns(first: string[], header: Header): { front: number; back: number; tags: number; guid: number; headerRow: boolean } {
	const names = first.map((c) => c.trim());
	const f = names.findIndex((n) => FRONT.test(n));
	const b = names.findIndex((n) => BACK.test(n));
	// A first card reading "front / back" in an Anki file is a card, not a header (found by fuzzing the round trip).
	if (f >= 0 && b >= 0 && !header.noHeaderRow) return { front: f, back: b, tags: names.findIndex((n) => TAGS.test(n)), guid: header.guidColumn ?? -1, headerRow: true };
	const tags = header.tagsColumn ?? (first.length >= 3 && !header.guidColumn ? 2 : -1);
	return { front: 0, back: 1, tags, guid: header.guidColumn ?? -1, headerRow: false };
}

/** A row's 1-based line number in the file, from Papa's cursor. */
function lineAt(text: string, offset: number, cache: { pos: number; line: number }): number {
	for (let i = cache.pos; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) cache.line++;
	cache.pos = Math.max(cache.pos, offset);
	return cache.line;
}

/** Refuses files that are clearly not text cards or decks (empty, HTML, binary), with a reason a teacher understands. */
export function sniff(text: string, file: string): void {
	const head = text.trimStart().slice(0, 200).toLowerCase();
	if (text.trim() === '') throw new DeckError(['file is empty'], file);
	if (head.startsWith('<!doctype') || head.startsWith('<html')) throw new DeckError(['this is a web page (HTML), not a deck or a CSV/TSV file'], file);
	if (text.includes('\u0000')) throw new DeckError(['this is a binary file, not text; export your cards as CSV or TSV (plain text)'], file);
}

/** Reads a CSV/TSV export of Anki or Quizlet (or our own) into a valid one-article deck; throws DeckError naming lines. */
export function parseCsvDeck(text: string, file: string, opts: CsvOptions): Deck {
	sniff(text, file);
	const body = text.replace(/^\ufeff/, '');
	const header = readHeader(body);
	const rest = body.split('\n').slice(header.lines).join('\n');
	const cache = { pos: 0, line: header.lines + 1 };
	const rows: { cells: string[]; line: number }[] = [];
	const problems: string[] = [];
	let start = 0;
	let tooMany = false;
	Papa.parse<string[]>(rest, {
		delimiter: header.separator ?? (/\.tsv$/i.test(file) ? '\t' : /\.csv$/i.test(file) ? ',' : ''),
		delimitersToGuess: ['\t', ',', ';', '|'],
		skipEmptyLines: 'greedy',
		step: (r, parser) => {
			const line = lineAt(rest, start, cache);
			start = r.meta.cursor;
			for (const e of r.errors) {
				// A one-column file: the column check below says so more clearly.
				if (e.code === 'UndetectableDelimiter') continue;
				problems.push(e.code === 'MissingQuotes' ? `line ${line}: a quoted field never ends (is the file cut short?)` : `line ${line}: ${e.message}`);
			}
			if (rows.length >= MAX_CSV_ROWS) {
				tooMany = true;
				parser.abort();
				return;
			}
			rows.push({ cells: r.data, line });
		}
	});
	if (tooMany) problems.push(`more than ${MAX_CSV_ROWS} rows; split the file`);
	if (problems.length) throw new DeckError(problems, file);
	if (!rows.length) throw new DeckError(['no rows with cards (only headers or blank lines)'], file);
	const col = columns(rows[0].cells, header);
	// Control characters go first, so a cell reads the same before and after a round trip through our exports.
	const clean = (s: string | undefined) => oneLine(unsafeCell(stripControls(header.html ? stripHtml(s ?? '') : (s ?? ''))));
	const cards: { front: string; back: string; tags: string[]; guid: string; line: number }[] = [];
	const guids = new Map<string, { front: string; back: string; line: number }>();
	for (const { cells, line } of col.headerRow ? rows.slice(1) : rows) {
		if (cells.length < 2) {
			problems.push(`line ${line}: expected 2 columns (front and back) separated by a tab, comma or semicolon; found 1`);
			continue;
		}
		const front = clean(cells[col.front]);
		const back = clean(cells[col.back]);
		if (!front) problems.push(`line ${line}: the front (column ${col.front + 1}) is empty`);
		if (!back) problems.push(`line ${line}: the back (column ${col.back + 1}) is empty`);
		const tags = col.tags >= 0 ? clean(cells[col.tags]).split(' ').filter(Boolean) : [];
		const guid = col.guid >= 0 ? unsafeCell((cells[col.guid] ?? '').trim()) : '';
		const first = guid ? guids.get(guid) : undefined;
		// The same note twice is imported once; two different notes with one GUID would lose one of them.
		if (first && (first.front !== front || first.back !== back)) problems.push(`line ${line}: GUID "${guid}" is already used on line ${first.line} by a different card`);
		if (guid && !first) guids.set(guid, { front, back, line });
		cards.push({ front, back, tags, guid, line });
	}
	if (problems.length) throw new DeckError(problems, file);
	return buildDeck(cards, file, header.deck, opts);
}

/** One article holding every row as "front — back"; each card's source sentence is its own row. */
function buildDeck(rows: { front: string; back: string; tags: string[]; guid: string; line: number }[], file: string, name: string | undefined, opts: CsvOptions): Deck {
	const title = oneLine(name ?? file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '')) || 'Imported cards';
	let text = '';
	const seen = new Set<string>();
	const cards: Card[] = [];
	for (const r of rows) {
		const id = r.guid && /^[\w.-]{1,64}$/.test(r.guid) ? r.guid : cardId('flip', r.guid || `${r.front}|${r.back}`);
		if (seen.has(id)) continue; // the same card twice: keep the first
		seen.add(id);
		const sentence = `${r.front} — ${r.back}`;
		const start = text.length;
		text += sentence + '\n';
		cards.push({
			id,
			type: 'flip',
			prompt: r.front,
			answer: r.back,
			...(r.tags.length ? { tags: r.tags } : {}),
			source: { articleId: 'cards', sentence, start, end: start + sentence.length },
			fact: { kind: 'quote', text: sentence }
		});
	}
	const raw = {
		format: 'newsdeck',
		version: 1,
		id: slugId(title),
		title,
		language: opts.language ?? 'en',
		createdAt: opts.now.toISOString(),
		articles: [{ id: 'cards', title, date: null, text: text.trimEnd() }],
		cards
	};
	return toDeck(raw, file);
}
