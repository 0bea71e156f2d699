/** The documents a learner database holds, one valibot schema each; every incoming document is parsed here (untrusted). */
import * as v from 'valibot';
import { issuePath } from '../deck/parse';
import { StudySettingsSchema } from '../db/settings';
import { toDeck } from '../deck/parse';
import { DeckError } from '../deck/errors';
import type { Deck } from '../deck/schema';

const id = (prefix: string) => v.pipe(v.string(), v.startsWith(`${prefix}:`, `expected an id starting with "${prefix}:"`), v.maxLength(300, 'expected at most 300 characters'));
const name = v.pipe(v.string('expected a text'), v.minLength(1, 'expected a non-empty text'), v.maxLength(300, 'expected at most 300 characters'));
const ms = v.pipe(v.number('expected a number'), v.integer('expected a whole number of milliseconds'), v.minValue(0, 'expected a time (ms) from 1970 on'), v.maxValue(8.64e15, 'expected a time (ms) before the year 275760'));
const real = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const whole = (max: number) => v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more'), v.maxValue(max, `expected at most ${max}`));
const base = { _id: v.string(), _rev: v.optional(v.string()), owner: name };

/** One answer; immutable once written. Its fields are those of the local review log. */
export const ReviewDocSchema = v.object({
	...base,
	_id: id('review'),
	type: v.literal('review'),
	uid: name,
	deckId: name,
	cardId: name,
	rating: v.picklist([1, 2, 3, 4], 'expected a rating 1 to 4'),
	review: ms,
	state: v.picklist([0, 1, 2, 3], 'expected a state 0 to 3'),
	due: ms,
	stability: real,
	difficulty: real,
	elapsedDays: real,
	lastElapsedDays: real,
	scheduledDays: real,
	learningSteps: whole(1000),
	durationMs: v.optional(whole(86_400_000))
});

/** Takes back one review (an undo after it was synced); immutable. */
export const UndoDocSchema = v.object({ ...base, _id: id('undo'), type: v.literal('undo'), uid: name, at: ms });

/** A card suspended or unsuspended at `at`; the latest per card wins. */
export const SuspensionDocSchema = v.object({ ...base, _id: id('suspension'), type: v.literal('suspension'), deckId: name, cardId: name, suspended: v.boolean('expected true or false'), at: ms });

/** A setting written at `at`; the latest per key wins. Only the study settings sync, checked by their own schema. */
export const SettingDocSchema = v.object({ ...base, _id: id('setting'), type: v.literal('setting'), key: v.literal('study', 'expected the key "study"'), value: StudySettingsSchema, at: ms });

/** One version of a deck (id `deck:<deck id>:<content hash>`); the deck itself is checked by the deck schema. */
export const DeckDocSchema = v.object({
	...base,
	_id: id('deck'),
	type: v.literal('deck'),
	deckId: name,
	hash: name,
	origin: v.picklist(['file', 'url', 'catalog', 'made', 'link'], 'expected file, url, catalog, made or link'),
	updatedAt: ms,
	deck: v.unknown()
});

/** A class's description in its database (`class:info`, written by sync-setup): who teaches it and who is in it. */
export const ClassDocSchema = v.object({
	_id: v.literal('class:info', 'expected "class:info"'),
	_rev: v.optional(v.string()),
	type: v.literal('class'),
	name,
	teacher: name,
	students: v.pipe(v.array(name, 'expected a list of names'), v.maxLength(1000, 'expected at most 1000 students'))
});

/** Any document of a learner or class database. */
export const SyncDocSchema = v.variant('type', [ReviewDocSchema, UndoDocSchema, SuspensionDocSchema, SettingDocSchema, DeckDocSchema, ClassDocSchema], 'expected a type: review, undo, suspension, setting, deck or class');

export type ReviewDoc = v.InferOutput<typeof ReviewDocSchema>;
export type UndoDoc = v.InferOutput<typeof UndoDocSchema>;
export type SuspensionDoc = v.InferOutput<typeof SuspensionDocSchema>;
export type SettingDoc = v.InferOutput<typeof SettingDocSchema>;
/** A deck document whose deck passed the deck schema. */
export type DeckDoc = Omit<v.InferOutput<typeof DeckDocSchema>, 'deck'> & { deck: Deck };
export type ClassDoc = v.InferOutput<typeof ClassDocSchema>;
export type SyncDoc = Exclude<v.InferOutput<typeof SyncDocSchema>, { type: 'deck' }> | DeckDoc;

/** Why a document from the server was refused: its id (as text) and the first problems, each naming its path. */
export interface Rejection {
	id: string;
	problems: string[];
}

/** Parses one incoming document; a bad one comes back as a Rejection, never as data. */
export function parseSyncDoc(raw: unknown): { doc: SyncDoc } | { rejected: Rejection } {
	const r = v.safeParse(SyncDocSchema, raw);
	const rawId = (raw as { _id?: unknown } | null)?._id;
	const docId = typeof rawId === 'string' ? rawId.slice(0, 120) : '(no id)';
	if (r.success) {
		const out = r.output;
		if (out.type !== 'deck') return { doc: out };
		try {
			const deck = toDeck(out.deck);
			if (deck.id !== out.deckId) return { rejected: { id: docId, problems: [`deck.id: expected ${JSON.stringify(out.deckId)}`] } };
			return { doc: { ...out, deck } };
		} catch (e) {
			if (!(e instanceof DeckError)) throw e;
			return { rejected: { id: docId, problems: e.problems.slice(0, 3).map((p) => `deck.${p}`) } };
		}
	}
	return { rejected: { id: docId, problems: r.issues.slice(0, 3).map((i) => `${issuePath(i)}: ${(i.type as string) === 'object' && i.input === undefined ? 'missing' : i.message}`) } };
}
