/** Step 13: calendar arithmetic on plain Y-M-D numbers (no Date.now; UTC only). */

/** A calendar day. */
export interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Parses YYYY-MM-DD or YYYY-MM (day 15 assumed) into numbers. */
export function parseYmd(s: string): Ymd {
	const [y, m, d] = s.split('-').map(Number);
	return { y, m, d: d || 15 };
}
/** Formats a day as YYYY-MM-DD. */
export const fmtDay = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
/** Formats a month as YYYY-MM. */
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

/** Adds days (may be negative). */
export function addDays(t: Ymd, n: number): Ymd {
	const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
	return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(t: Ymd): number {
	return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() || 7;
}
/** ISO week value YYYY-Www of a day. */
export function isoWeek(t: Ymd): string {
	const thursday = addDays(t, 4 - weekday(t));
	const jan1 = Date.UTC(thursday.y, 0, 1);
	const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86400000 / 7) + 1;
	return `${thursday.y}-W${pad(week)}`;
}
/** Adds months to a (year, month) pair. */
export function addMonths(y: number, m: number, n: number): [number, number] {
	const k = y * 12 + (m - 1) + n;
	return [Math.floor(k / 12), (k % 12) + 1];
}
/** Signed difference in days between two dates (b - a). */
export function dayDiff(a: Ymd, b: Ymd): number {
	return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000;
}
