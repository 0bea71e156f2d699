/** The library's motivation and first-run state: today's reviews, the streak, the heatmap, and the welcome note. */
import { getSetting, setSetting } from '../db/teacher';
import { live } from '../db/live';
import { reviewsSince } from '../db/repo';
import { reviewHeatmap, reviewsToday, streak, type HeatDay } from '../srs/stats';

/** Settings key: the learner dismissed the first-run explanation. */
export const WELCOME_KEY = 'welcomeDismissed';
/** Weeks the heatmap shows (about six months). */
export const HEAT_WEEKS = 26;

/** What the library shows about the learner's habit. */
export interface Habit {
	today: number;
	streak: number;
	heat: HeatDay[][];
}

/** Today's reviews, the streak and the heatmap over every deck, as a live store (null while loading). */
export function liveHabit(now: () => Date = () => new Date()) {
	return live(async (): Promise<Habit> => {
		const t = now();
		const day = 86_400_000;
		let since = t.getTime() - (HEAT_WEEKS + 1) * 7 * day;
		const reviews = await reviewsSince(since);
		// A streak as long as the heatmap's window may go further back: widen the read a year at a time until it ends.
		let days = streak(reviews, t);
		while (since > 0 && days >= Math.floor((t.getTime() - since) / day) - 1) {
			since = Math.max(0, since - 365 * day);
			days = streak(await reviewsSince(since), t);
		}
		return { today: reviewsToday(reviews, t), streak: days, heat: reviewHeatmap(reviews, t, HEAT_WEEKS) };
	}, null);
}

/** The first-run explanation: shown until dismissed, remembered in settings. */
export class Welcome {
	/** null while the setting is read, so the note never flashes for a returning learner. */
	show = $state<boolean | null>(null);

	async load(): Promise<void> {
		this.show = !(await getSetting(WELCOME_KEY, false));
	}

	async dismiss(): Promise<void> {
		this.show = false;
		await setSetting(WELCOME_KEY, true);
	}
}
