/** Reads TIMEX3 values (2024-12-02, 2024-12, 2024, 2024-W49, 2024-W49-WE, 2024-SU, 199X) for display and ordering. */
import { MONTH_NAMES } from '../generator/model/calendar';

const SEASONS: Record<string, [string, number]> = { SP: ['spring', 4], SU: ['summer', 7], FA: ['autumn', 10], WI: ['winter', 1] };

/** A human form of a TIMEX3 value: "2 December 2024", "March 2011", "week 49 of 2024", "summer 2024", "the 1990s". */
export function formatTimex(value: string): string {
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (m) return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
	m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
	if (m) return `${m[3] ? 'the weekend of week' : 'week'} ${Number(m[2])} of ${m[1]}`;
	m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
	if (m) return `${SEASONS[m[2]][0]} ${m[1]}`;
	m = /^(\d{3})X$/.exec(value);
	if (m) return `the ${m[1]}0s`;
	m = /^(\d{2})XX$/.exec(value);
	if (m) return `the ${Number(m[1]) + 1}th century`;
	return value;
}

/** A sortable key (YYYY-MM-DD-ish) for a TIMEX3 value: its earliest day, or null when unreadable. */
export function timexSortKey(value: string): string | null {
	let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (m) return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}`;
	m = /^(\d{4})-W(\d{2})/.exec(value);
	if (m) {
		// ISO week 1 holds 4 January; the Monday of week n is 7(n-1) days after that week's Monday.
		const jan4 = Date.UTC(Number(m[1]), 0, 4);
		const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000;
		return new Date(monday).toISOString().slice(0, 10);
	}
	m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
	if (m) return `${m[1]}-${String(SEASONS[m[2]][1]).padStart(2, '0')}-00`;
	m = /^(\d{3})X$/.exec(value);
	if (m) return `${m[1]}0-00-00`;
	return null;
}
