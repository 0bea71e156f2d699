/** The study queue and deck counts, from indexes only (fast at 100,000 cards), and the learner's study settings. */
import { db, syncEvent } from './db';
import { DEFAULT_SCHEDULER_SETTINGS, LEARN_AHEAD_MS, type SchedulerSettings } from '../srs/scheduler';

/** Card counts shown on a deck page. */
export interface DeckCounts {
	total: number;
	new: number;
	learning: number;
	due: number;
}

/** Limits for a study session. */
export interface StudySettings extends SchedulerSettings {
	newPerDay: number;
	/** Most review cards shown in one day's queue (the most overdue first). */
	maxReviewsPerDay: number;
}

/** Defaults until the learner changes them. */
export const DEFAULT_STUDY_SETTINGS: StudySettings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 20, maxReviewsPerDay: 200 };

/** Local midnight of `now`'s day (epoch ms). */
export function startOfDay(now: Date): number {
	const d = new Date(now.getTime());
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/** How many new cards of a deck were first answered since the start of `now`'s day. */
async function newIntroducedToday(deckId: string, now: Date): Promise<number> {
	const rows = await db().reviews.where('[deckId+review]').between([deckId, startOfDay(now)], [deckId, Infinity]).toArray();
	return new Set(rows.filter((r) => r.state === 0).map((r) => r.cardId)).size;
}

/** Card ids that must not be shown now: suspended, buried, or retired by a deck update (small sets, by index). */
async function hiddenIds(deckId: string, now: number): Promise<Set<string>> {
	const d = db();
	const [suspended, buried, retired] = await Promise.all([
		d.states.where('[deckId+suspended]').equals([deckId, 1]).primaryKeys(),
		d.states.where('[deckId+buriedUntil]').between([deckId, now], [deckId, Infinity], false, true).primaryKeys(),
		d.cards.where('[deckId+retired]').equals([deckId, 1]).primaryKeys()
	]);
	return new Set([...suspended, ...buried, ...retired].map((k) => k[1]));
}

/** States of a deck in `state` (0–3) due at or before `until`, soonest first. */
function dueIn(deckId: string, state: number, until: number) {
	return db().states.where('[deckId+state+due]').between([deckId, state, -Infinity], [deckId, state, until], true, true);
}

/**
 * The one definition of what is studyable at `now`: new = never graded (and visible); learning = in learning or
 * relearning steps and due within the learn-ahead limit; due = reviews due by `now`. Library, deck page and Study use it.
 */
export async function deckCounts(deckId: string, now: Date): Promise<DeckCounts> {
	const d = db();
	const t = now.getTime();
	const hidden = await hiddenIds(deckId, t);
	// Index counts; only when some cards are hidden must their keys be read to leave those out.
	const countVisible = async (range: { count(): Promise<number>; primaryKeys(): Promise<[string, string][]> }) =>
		hidden.size ? (await range.primaryKeys()).filter((k) => !hidden.has(k[1])).length : range.count();
	// New = never touched (fresh) plus new cards that were buried or suspended once and are visible again.
	const [total, fresh, touchedNew, learning1, learning3, due] = await Promise.all([
		d.cards.where('[deckId+retired]').equals([deckId, 0]).count(),
		d.cards.where('[deckId+fresh+order]').between([deckId, 1, -Infinity], [deckId, 1, Infinity]).count(),
		countVisible(dueIn(deckId, 0, Infinity)),
		countVisible(dueIn(deckId, 1, t + LEARN_AHEAD_MS)),
		countVisible(dueIn(deckId, 3, t + LEARN_AHEAD_MS)),
		countVisible(dueIn(deckId, 2, t))
	]);
	return { total, new: fresh + touchedNew, learning: learning1 + learning3, due };
}

/** Spreads `extra` evenly through `base` (new cards among reviews, as Anki interleaves them). */
export function interleave<T>(base: T[], extra: T[]): T[] {
	if (!base.length || !extra.length) return [...base, ...extra];
	const out: T[] = [];
	const step = (base.length + extra.length) / extra.length;
	let next = step / 2;
	let b = 0;
	let e = 0;
	for (let i = 0; i < base.length + extra.length; i++) {
		if (e < extra.length && (i >= next - 0.5 || b >= base.length)) {
			out.push(extra[e++]);
			next += step;
		} else out.push(base[b++]);
	}
	return out;
}

/**
 * Card ids to study now (the cards `deckCounts` counts, within the daily limits): due learning cards first, then due
 * reviews (most overdue first) with new cards interleaved, then learning cards due within the learn-ahead limit.
 */
export async function studyQueue(deckId: string, now: Date, settings: StudySettings = DEFAULT_STUDY_SETTINGS): Promise<string[]> {
	const d = db();
	const t = now.getTime();
	const hidden = await hiddenIds(deckId, t);
	const visible = (keys: [string, string][]) => keys.map((k) => k[1]).filter((id) => !hidden.has(id));
	const reviewRoom = settings.maxReviewsPerDay + hidden.size;
	const [l1, l3, reviews, touchedNew] = await Promise.all([
		dueIn(deckId, 1, t + LEARN_AHEAD_MS).toArray(),
		dueIn(deckId, 3, t + LEARN_AHEAD_MS).toArray(),
		dueIn(deckId, 2, t).limit(reviewRoom).primaryKeys(),
		dueIn(deckId, 0, Infinity).limit(settings.newPerDay + hidden.size).primaryKeys()
	]);
	const byDue = [...l1, ...l3].filter((r) => !hidden.has(r.cardId)).sort((a, b) => a.due - b.due);
	const learning = byDue.filter((r) => r.due <= t).map((r) => r.cardId);
	const ahead = byDue.filter((r) => r.due > t).map((r) => r.cardId);
	const room = Math.max(0, settings.newPerDay - (await newIntroducedToday(deckId, now)));
	const unhidden = visible(touchedNew).slice(0, room);
	const fresh =
		room > unhidden.length
			? (await d.cards.where('[deckId+fresh+order]').between([deckId, 1, -Infinity], [deckId, 1, Infinity]).limit(room - unhidden.length).primaryKeys()).map((k) => k[1])
			: [];
	return [...learning, ...interleave(visible(reviews).slice(0, settings.maxReviewsPerDay), [...unhidden, ...fresh]), ...ahead];
}

/** When the deck's next learning or review card is due after a session (epoch ms), or null if none is scheduled. */
export async function nextDueAt(deckId: string, now: Date): Promise<number | null> {
	const hidden = await hiddenIds(deckId, now.getTime());
	const firsts = await Promise.all([1, 2, 3].map((s) => dueIn(deckId, s, Infinity).filter((r) => !hidden.has(r.cardId)).first()));
	const dues = firsts.filter((r) => r !== undefined).map((r) => r.due);
	return dues.length ? Math.min(...dues) : null;
}

/** The learner's study settings (defaults until changed). */
export async function getStudySettings(): Promise<StudySettings> {
	const [row, fitted] = await Promise.all([db().settings.get('study'), db().settings.get(FSRS_PARAMS_KEY)]);
	const w = fitted?.value as number[] | undefined;
	return { ...DEFAULT_STUDY_SETTINGS, ...((row?.value as Partial<StudySettings>) ?? {}), ...(w ? { w } : {}) };
}

/** Settings key of the learner's fitted FSRS parameters (absent: ts-fsrs's defaults). */
export const FSRS_PARAMS_KEY = 'fsrsParams';

/** Saves the learner's study settings (the fitted parameters have their own key), and records the change for sync: the latest change wins on every device. */
export async function saveStudySettings(s: StudySettings, now = new Date()): Promise<void> {
	const { w: _w, ...rest } = s;
	const d = db();
	await d.transaction('rw', d.settings, d.syncDocs, async () => {
		await d.settings.put({ key: 'study', value: { ...rest } });
		await d.syncDocs.put(syncEvent(d, { type: 'setting', key: 'study', value: { ...rest }, at: now.getTime() }, now.getTime()));
	});
}
