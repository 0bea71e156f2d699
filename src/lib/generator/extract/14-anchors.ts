/** Step 14: dates resolved from other dates — anaphora ("the 24th", "the next day") and the speech day of quotes. */
import { addDays, dayDiff, fmtDay, parseYmd, type Ymd } from './13-calendar';
import { DAY_OFFSETS } from '../model/calendar';
import type { DateFact, Sentence, Span } from '../types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Words that may follow "the 24th" when it names a day ("closer to the 24th you will see"); a noun ("the 24th time") may not.
const AFTER_ORDINAL = /^(?:\s*(?:[,.;:!?)”"’]|$)|\s+(?:and|or|but|when|you|we|they|he|she|it|i|to|at|in|on|for|with|will|would|is|was|as|if|then)\b)/i;
const ANAPHORA = /\bthe\s+(?:(\d{1,2})(?:st|nd|rd|th)\b|(next|following|previous)\s+(day|year)\b|(day|year)\s+(before|after)(?=\s*[,.;:!?)]))/gi;

/** An anaphoric expression waiting for the dates before it. */
interface Pending { fact: DateFact; day?: number; unit?: 'day' | 'year'; step?: number }

/** Finds anaphoric expressions not already taken by another rule (`found` sorted by start). */
function findAnaphora(text: string, sentences: Sentence[], found: DateFact[]): Pending[] {
	const out: Pending[] = [];
	for (const sent of sentences) {
		ANAPHORA.lastIndex = 0;
		for (let m = ANAPHORA.exec(sent.text); m; m = ANAPHORA.exec(sent.text)) {
			const start = sent.start + m.index, end = start + m[0].length;
			const k = lastAt(found, end - 1, (f) => f.start);
			if (k >= 0 && found[k].end > start) continue;
			const fact: DateFact = { text: m[0], start, end, value: null };
			if (m[1]) {
				const d = Number(m[1]);
				// "the bottom of the 10th", "the end of the 3rd": an inning or a round, not a day of the month.
				const part = /\b(?:bottom|top|end|middle|start|half|part)\s+of\s*$/i.test(text.slice(Math.max(0, start - 12), start));
				if (d >= 1 && d <= 31 && !part && AFTER_ORDINAL.test(text.slice(end, end + 12))) out.push({ fact, day: d });
			} else {
				const unit = (m[3] ?? m[4]).toLowerCase() as 'day' | 'year', rel = (m[2] ?? m[5]).toLowerCase();
				out.push({ fact, unit, step: rel === 'previous' || rel === 'before' ? -1 : 1 });
			}
		}
	}
	return out;
}

/** Adds "the 24th", "the next day", "the previous year", resolved from the last day, month or year mentioned before them. */
export function resolveAnaphora(text: string, sentences: Sentence[], found: DateFact[], ref: Ymd | null): DateFact[] {
	const pending = findAnaphora(text, sentences, found);
	if (!pending.length) return found;
	const all = [...found, ...pending.map((p) => p.fact)].sort((a, b) => a.start - b.start);
	const byFact = new Map(pending.map((p) => [p.fact, p]));
	let day: string | null = null, month: string | null = null, year: number | null = null;
	const keep: DateFact[] = [];
	for (const f of all) {
		const p = byFact.get(f);
		if (!p) {
			if (f.value && /^\d{4}-\d{2}/.test(f.value)) month = f.value.slice(0, 7);
			if (f.value && DAY.test(f.value)) day = f.value;
			if (f.value && /\b\d{4}\b/.test(f.text)) year = Number(f.value.slice(0, 4));
			keep.push(f);
			continue;
		}
		if (p.day !== undefined) { if (month) keep.push({ ...f, value: `${month}-${String(p.day).padStart(2, '0')}` }); continue; }
		if (p.unit === 'day') { if (day) keep.push({ ...f, value: fmtDay(addDays(parseYmd(day), p.step!)) }); continue; }
		const y = year ?? ref?.y;
		if (y !== undefined) keep.push({ ...f, value: String(y + p.step!) });
	}
	return keep;
}

/** Index of the last item whose `key` is <= x in a list sorted by it (-1 if none). */
function lastAt<T>(a: T[], x: number, key: (t: T) => number): number {
	let lo = 0, hi = a.length - 1, r = -1;
	while (lo <= hi) { const mid = (lo + hi) >> 1; if (key(a[mid]) <= x) { r = mid; lo = mid + 1; } else hi = mid - 1; }
	return r;
}

/** Re-resolves "today", "tomorrow" etc. inside a quotation from the day its speaker said it (the cue clause's day, else the last past day mentioned). */
export function resolveInQuotes(found: DateFact[], quotes: Span[], sentences: Sentence[], ref: Ymd | null): DateFact[] {
	if (!ref || !quotes.length) return found;
	const qs = [...quotes].sort((a, b) => a.start - b.start);
	const inQuote = (f: Span) => { const q = qs[lastAt(qs, f.start, (x) => x.start)]; return q && f.end <= q.end ? q : undefined; };
	const said = found.filter((f) => f.value && DAY.test(f.value) && !inQuote(f) && dayDiff(ref, parseYmd(f.value)) <= 0);
	return found.map((f) => {
		const off = DAY_OFFSETS[f.text.toLowerCase()];
		const q = off !== undefined && inQuote(f);
		if (!q) return f;
		const sent = sentences[lastAt(sentences, q.end - 1, (x) => x.start)];
		const before = lastAt(said, q.start, (d) => d.end);
		const next = said[lastAt(said, q.end - 1, (d) => d.start) + 1];
		const cue = next && sent && next.end <= sent.end ? next : said[before];
		return cue ? { ...f, value: fmtDay(addDays(parseYmd(cue.value!), off)) } : f;
	});
}
