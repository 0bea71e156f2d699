/** The backup file format (`newsdeck-backup`, version 1): schema and parsing, with errors naming each path. */
import * as v from 'valibot';
import { ArticleSchema, CardSchema } from '../deck/schema';
import { issuePath } from '../deck/parse';
import { reviewKey, type CardRow, type DeckRow, type SettingRow } from './db';
import type { CardState, ReviewEntry } from '../srs/scheduler';

/** Current backup format version. */
export const BACKUP_VERSION = 1;

/** Largest backup file read, in characters (years of daily study fit easily). */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

/** Everything the learner has: decks, cards, card states, the review log and settings. */
export interface Backup {
	format: 'newsdeck-backup';
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	decks: DeckRow[];
	cards: CardRow[];
	states: CardState[];
	reviews: ReviewEntry[];
	settings: SettingRow[];
}

/** A backup file that cannot be restored; `problems` lists each as `path: message`. */
export class BackupError extends Error {
	constructor(
		readonly problems: string[],
		readonly file?: string
	) {
		const shown = problems.slice(0, 12).join('\n  ');
		const more = problems.length > 12 ? `\n  …and ${problems.length - 12} more` : '';
		super(`${file ? `${file}: ` : ''}not a Newsdeck backup that can be restored:\n  ${shown}${more}`);
		this.name = 'BackupError';
	}
}

const str = v.pipe(v.string(), v.nonEmpty('expected a non-empty string'));
const num = v.number('expected a number');
const int = v.pipe(num, v.integer('expected a whole number'));
const flag = v.picklist([0, 1], 'expected 0 or 1');
const learningState = v.picklist([0, 1, 2, 3], 'expected a state 0–3');

// Loose objects: fields added by later app versions survive a round trip through this one.
const DeckRowSchema = v.looseObject({
	id: str,
	title: str,
	description: v.optional(v.string()),
	language: str,
	createdAt: v.string(),
	url: v.optional(v.string()),
	articles: v.array(ArticleSchema),
	origin: v.picklist(['seed', 'file', 'url', 'catalog', 'made'], 'expected seed, file, url, catalog or made'),
	addedAt: num,
	updatedAt: num,
	cardCount: int,
	contentHash: v.string()
});

const CardRowSchema = v.looseObject({ deckId: str, id: str, card: CardSchema, order: int, retired: flag });

const StateSchema = v.looseObject({
	deckId: str,
	cardId: str,
	due: num,
	stability: num,
	difficulty: num,
	elapsedDays: num,
	scheduledDays: num,
	learningSteps: num,
	reps: int,
	lapses: int,
	state: learningState,
	lastReview: v.nullable(num),
	suspended: flag,
	buriedUntil: num
});

// Fields in the order the app stores them (the auto-increment id last), so a round trip is byte-identical.
const ReviewSchema = v.looseObject({
	deckId: str,
	cardId: str,
	rating: v.picklist([1, 2, 3, 4], 'expected a rating 1–4'),
	state: learningState,
	due: num,
	stability: num,
	difficulty: num,
	elapsedDays: num,
	lastElapsedDays: num,
	scheduledDays: num,
	learningSteps: num,
	review: num,
	durationMs: v.optional(num),
	id: v.optional(v.pipe(int, v.minValue(1)))
});

/** The whole backup file. */
export const BackupSchema = v.object({
	format: v.literal('newsdeck-backup', 'expected "newsdeck-backup"'),
	version: v.literal(BACKUP_VERSION, `expected ${BACKUP_VERSION}`),
	exportedAt: v.pipe(v.string(), v.isoTimestamp('expected an ISO timestamp')),
	decks: v.array(DeckRowSchema),
	cards: v.array(CardRowSchema),
	states: v.array(StateSchema),
	reviews: v.array(ReviewSchema),
	settings: v.array(v.object({ key: str, value: v.unknown() }))
});

/** Rules a schema cannot express: unique keys, and every row belonging to a deck of the file. */
function crossCheck(b: Backup): string[] {
	const problems: string[] = [];
	const decks = new Set<string>();
	b.decks.forEach((d, i) => {
		if (decks.has(d.id)) problems.push(`decks[${i}].id: "${d.id}" is used twice`);
		decks.add(d.id);
	});
	const unique = (name: 'cards' | 'states' | 'reviews', rows: { deckId: string }[], key: (r: never) => string) => {
		const seen = new Set<string>();
		rows.forEach((r, i) => {
			if (!decks.has(r.deckId)) problems.push(`${name}[${i}].deckId: no deck "${r.deckId}" in this backup`);
			const k = key(r as never);
			if (seen.has(k)) problems.push(`${name}[${i}]: the same ${name === 'reviews' ? 'review' : 'row'} appears twice`);
			seen.add(k);
		});
	};
	unique('cards', b.cards, (c: CardRow) => `${c.deckId}\u0000${c.id}`);
	unique('states', b.states, (s: CardState) => `${s.deckId}\u0000${s.cardId}`);
	unique('reviews', b.reviews, (r: ReviewEntry) => reviewKey(r));
	return problems;
}

/** Validates backup JSON text; returns the typed backup or throws BackupError naming every problem. */
export function parseBackup(text: string, file?: string): Backup {
	if (text.length > MAX_BACKUP_CHARS) throw new BackupError([`file is ${(text.length / 1048576).toFixed(0)} MB; the limit is 200 MB`], file);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		throw new BackupError([`not valid JSON (${e instanceof Error ? e.message : String(e)})`], file);
	}
	const format = (raw as { format?: unknown } | null)?.format;
	if (format !== 'newsdeck-backup') {
		const hint = format === 'newsdeck' ? ' — this is a deck; import it from the library' : ' — is this a Newsdeck backup?';
		throw new BackupError([`format: expected "newsdeck-backup"${hint}`], file);
	}
	const version = (raw as { version?: unknown }).version;
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		throw new BackupError([`version: this backup uses version ${version}, but this app reads up to ${BACKUP_VERSION}; update the app to restore it`], file);
	}
	const result = v.safeParse(BackupSchema, raw);
	if (!result.success) throw new BackupError(result.issues.map((i) => `${issuePath(i)}: ${i.message}`), file);
	const backup = result.output as unknown as Backup;
	const problems = crossCheck(backup);
	if (problems.length) throw new BackupError(problems, file);
	return backup;
}
