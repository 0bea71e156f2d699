/** The backup file format (`newsdeck-backup`, version 1): schema and parsing, with errors naming each path. */
import * as v from 'valibot';
import { ArticleSchema, CardSchema, WebUrlSchema } from '../deck/schema';
import { issuePath, parseJsonText } from '../deck/parse';
import { DeckError } from '../deck/errors';
import type { CardRow, DeckRow, SettingRow } from './db';
import { crossCheck } from './backup-check';
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
const count = v.pipe(int, v.minValue(0, 'expected a number ≥ 0'));
const nonNegative = v.pipe(num, v.minValue(0, 'expected a number ≥ 0'));
// Epoch milliseconds of a real date: `due: -1e308` would put a card first in every queue for ever.
const TIME = 'expected a time in milliseconds since 1970, before the year 10000';
const time = v.pipe(num, v.minValue(0, TIME), v.maxValue(253_402_300_799_999, TIME));

// Loose objects: fields added by later app versions survive a round trip through this one.
const DeckRowSchema = v.looseObject({
	id: str,
	title: str,
	description: v.optional(v.string()),
	language: str,
	createdAt: v.string(),
	url: v.optional(WebUrlSchema),
	articles: v.array(ArticleSchema),
	origin: v.picklist(['seed', 'file', 'url', 'catalog', 'made', 'link'], 'expected seed, file, url, catalog, made or link'),
	addedAt: time,
	updatedAt: time,
	cardCount: count,
	contentHash: v.string()
});

const CardRowSchema = v.looseObject({ deckId: str, id: str, card: CardSchema, order: int, retired: flag, editedAt: v.optional(time) });

const StateSchema = v.looseObject({
	deckId: str,
	cardId: str,
	due: time,
	stability: nonNegative,
	difficulty: nonNegative,
	elapsedDays: nonNegative,
	scheduledDays: nonNegative,
	learningSteps: nonNegative,
	reps: count,
	lapses: count,
	state: learningState,
	lastReview: v.nullable(time),
	suspended: flag,
	buriedUntil: time
});

// Fields in the order the app stores them (the auto-increment id last), so a round trip is byte-identical.
const ReviewSchema = v.looseObject({
	deckId: str,
	cardId: str,
	rating: v.picklist([1, 2, 3, 4], 'expected a rating 1–4'),
	state: learningState,
	due: time,
	stability: nonNegative,
	difficulty: nonNegative,
	elapsedDays: nonNegative,
	lastElapsedDays: nonNegative,
	scheduledDays: nonNegative,
	learningSteps: nonNegative,
	review: time,
	durationMs: v.optional(nonNegative),
	uid: v.optional(str),
	synced: v.optional(v.picklist([0, 1], 'expected 0 or 1')),
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

/** Validates backup JSON text; returns the typed backup or throws BackupError naming every problem. */
export function parseBackup(text: string, file?: string): Backup {
	if (text.length > MAX_BACKUP_CHARS) throw new BackupError([`file is ${(text.length / 1048576).toFixed(0)} MB; the limit is 200 MB`], file);
	let raw: unknown;
	try {
		// The deck reader's JSON step: a syntax error is named by its line and column.
		raw = parseJsonText(text, file, MAX_BACKUP_CHARS);
	} catch (e) {
		throw e instanceof DeckError ? new BackupError(e.problems, file) : e;
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
