/** Pure study statistics from the review log and card states; `now` is passed in, days are local days. */
import type { CardState, ReviewEntry } from './scheduler';

const DAY = 86_400_000;

/** Local calendar day key YYYY-MM-DD of an instant. */
export function dayKey(t: number): string {
	const d = new Date(t);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of the day `days` after the day of `t`. */
function dayStart(t: number, days = 0): number {
	const d = new Date(t);
	d.setHours(0, 0, 0, 0);
	d.setDate(d.getDate() + days);
	return d.getTime();
}

/** Reviews on one day, split by the card's state when answered. */
export interface DayReviews {
	day: string;
	learning: number;
	review: number;
	total: number;
}

/** Reviews per day for the last `days` days (oldest first, today last). */
export function reviewsPerDay(reviews: ReviewEntry[], now: Date, days = 30): DayReviews[] {
	const out: DayReviews[] = [];
	const index = new Map<string, DayReviews>();
	for (let i = days - 1; i >= 0; i--) {
		const row = { day: dayKey(dayStart(now.getTime(), -i)), learning: 0, review: 0, total: 0 };
		out.push(row);
		index.set(row.day, row);
	}
	for (const r of reviews) {
		const row = index.get(dayKey(r.review));
		if (!row) continue;
		if (r.state === 2) row.review++;
		else row.learning++;
		row.total++;
	}
	return out;
}

/** True retention: the share of answers to cards in review state (not learning) that were not "Again". */
export interface Retention {
	label: string;
	passed: number;
	total: number;
	/** passed / total, or null when there were no review answers. */
	rate: number | null;
}

/** True retention for today, the last 7 days, 30 days and 365 days. */
export function trueRetention(reviews: ReviewEntry[], now: Date): Retention[] {
	const spans: [string, number][] = [
		['Today', dayStart(now.getTime())],
		['Last 7 days', dayStart(now.getTime(), -6)],
		['Last 30 days', dayStart(now.getTime(), -29)],
		['Last year', dayStart(now.getTime(), -364)]
	];
	return spans.map(([label, from]) => {
		let passed = 0;
		let total = 0;
		for (const r of reviews) {
			if (r.state !== 2 || r.review < from || r.review > now.getTime()) continue;
			total++;
			if (r.rating > 1) passed++;
		}
		return { label, passed, total, rate: total ? passed / total : null };
	});
}

/** How many cards are in each state: new, learning, young (< 21 days), mature, suspended. */
export interface StateCounts {
	new: number;
	learning: number;
	young: number;
	mature: number;
	suspended: number;
}

/** Counts cards by state; `totalCards` includes cards never studied (which have no state row). */
export function cardsByState(states: CardState[], totalCards: number): StateCounts {
	const c: StateCounts = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0 };
	for (const s of states) {
		if (s.suspended) c.suspended++;
		else if (s.state === 0) c.new++;
		else if (s.state === 1 || s.state === 3) c.learning++;
		else if (s.scheduledDays >= 21) c.mature++;
		else c.young++;
	}
	c.new += Math.max(0, totalCards - states.length);
	return c;
}

/** Cards coming due on each of the next `days` days (day 0 = today, including overdue cards). */
export function dueForecast(states: CardState[], now: Date, days = 30): { day: string; due: number }[] {
	const out = Array.from({ length: days }, (_, i) => ({ day: dayKey(dayStart(now.getTime(), i)), due: 0 }));
	const today = dayStart(now.getTime());
	for (const s of states) {
		if (s.suspended || s.state === 0) continue;
		const i = s.due < today ? 0 : Math.round((dayStart(s.due) - today) / DAY);
		if (i < days) out[i].due++;
	}
	return out;
}

/** Consecutive days with at least one review, ending today (or yesterday, when today has none yet). */
export function streak(reviews: ReviewEntry[], now: Date): number {
	const days = new Set(reviews.map((r) => dayKey(r.review)));
	let offset = days.has(dayKey(now.getTime())) ? 0 : -1;
	let n = 0;
	while (days.has(dayKey(dayStart(now.getTime(), offset)))) {
		n++;
		offset--;
	}
	return n;
}

/** One day of the review heatmap; `total` is null for days after today (the grid's last week runs to its end). */
export interface HeatDay {
	day: string;
	total: number | null;
}

/**
 * Reviews per day for a calendar heatmap: `weeks` columns of seven days, Monday first, the last column holding
 * today. Each column is one week, oldest first.
 */
export function reviewHeatmap(reviews: ReviewEntry[], now: Date, weeks = 26): HeatDay[][] {
	const weekday = (new Date(now.getTime()).getDay() + 6) % 7; // Monday 0 … Sunday 6
	const first = dayStart(now.getTime(), -weekday - 7 * (weeks - 1));
	const counts = new Map<string, number>();
	for (const r of reviews) counts.set(dayKey(r.review), (counts.get(dayKey(r.review)) ?? 0) + 1);
	const today = dayKey(now.getTime());
	const out: HeatDay[][] = [];
	let future = false;
	for (let w = 0; w < weeks; w++) {
		const col: HeatDay[] = [];
		for (let d = 0; d < 7; d++) {
			const day = dayKey(dayStart(first, w * 7 + d));
			col.push({ day, total: future ? null : (counts.get(day) ?? 0) });
			if (day === today) future = true;
		}
		out.push(col);
	}
	return out;
}

/** Reviews since the start of `now`'s day. */
export function reviewsToday(reviews: ReviewEntry[], now: Date): number {
	const from = dayStart(now.getTime());
	return reviews.filter((r) => r.review >= from && r.review <= now.getTime()).length;
}
