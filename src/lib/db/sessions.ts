/** Unfinished study sessions, stored so a reload, a crash or an app update resumes where the learner was. */
import { db, type SessionRow } from './db';

/** Whether a saved session can still be resumed at `now`: only on the day it was saved (daily limits reset). */
export function resumable(row: SessionRow, now: Date): boolean {
	const day = (t: number) => new Date(t).toDateString();
	return day(row.updatedAt) === day(now.getTime()) && row.updatedAt <= now.getTime();
}

/** The saved session of a deck, if it can be resumed at `now`. */
export async function loadSession(deckId: string, now: Date): Promise<SessionRow | undefined> {
	const row = await db().sessions.get(deckId);
	return row && resumable(row, now) ? row : undefined;
}

/** Saves where the session is; a failure (e.g. a full disk) only costs the resume point, never an answer. */
export async function saveSession(row: SessionRow): Promise<void> {
	try {
		await db().sessions.put(row);
	} catch (e) {
		console.warn('could not save the session position', e);
	}
}

/** Forgets the saved session of a deck (it is finished). */
export async function clearSession(deckId: string): Promise<void> {
	await db().sessions.delete(deckId).catch(() => {});
}
