/** Step 15: find time expressions and resolve them to TIMEX3 values against the article date. */
import { addDays, addMonths, dayDiff, fmtDay, fmtMonth, isoWeek, parseYmd, weekday, type Ymd } from './13-calendar';
import { DAY_OFFSETS, HOLIDAYS, NAMED_DAY_BEFORE, MONTHS, MONTH_RE, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS } from '../model/calendar';
import { resolveAnaphora, resolveInQuotes } from './14-anchors';
import type { DateFact, Sentence, Span } from '../types';

type Tense = 'past' | 'future' | 'none';
/** A rule: a pattern and a resolver from the match to a value (null = unresolvable or not a date). */
interface Rule { re: RegExp; value: (m: RegExpExecArray, ref: Ymd | null, tense: Tense) => string | null | undefined }

const WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
const ORD = Object.keys(ORDINALS).join('|');
const month = (s: string) => MONTHS[s.toLowerCase().replace('.', '')];
const yearOf = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));
// Present-tense schedules ("holds its primary Tuesday", "meets on Friday") speak of the coming day too.
const FUTURE = /\b(?:will|'ll|’ll|shall|going to|is expected|are expected|expected to|plans? to|planned|set to|scheduled|due to|is to|are to|upcoming|next|would|to (?:begin|start|take effect|resume|open|end)|holds|hosts|faces|meets|begins|starts|opens|heads to|travels to|votes on|vote on|kicks off|is slated|are slated|is due|are due|takes? effect|comes? into force|heading into|heads into|head into|ahead of|celebrates|marks|observes|commemorates|run-up to|leading up to|on the eve of|in advance of)\b/i;

/**
 * Year for a month (and day) with no year, relative to the article's date. Said in the future (or with a schedule word),
 * a whole month is the coming one and a day is not more than a month behind; said in the past, a month is the most
 * recent one and a day not more than a month ahead; with no tense, the nearest occurrence.
 */
function yearFor(ref: Ymd, m: number, d: number, tense: Tense, monthOnly = false): number {
	if (monthOnly && tense === 'future') return m >= ref.m ? ref.y : ref.y + 1;
	if (monthOnly && tense === 'past') return m <= ref.m ? ref.y : ref.y - 1;
	const diff = dayDiff(ref, { y: ref.y, m, d });
	if (tense === 'past') return diff > 31 ? ref.y - 1 : ref.y;
	if (tense === 'future') return diff < -31 ? ref.y + 1 : ref.y;
	if (diff > 200) return ref.y - 1;
	if (diff < -200) return ref.y + 1;
	return ref.y;
}
/** Winter takes the year of its January; `k` = 0 this, -1 last, +1 next. */
function season(ref: Ymd, code: string, rel: string | undefined, tense: Tense): string {
	const k = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
	let y = ref.y;
	const bare = !rel?.match(/this|last|next/);
	if (code === 'WI') y = ref.m >= 7 || (bare && tense !== 'past' && ref.m >= 3) ? ref.y + 1 : ref.y;
	// "in the spring" said in December: the next one if future, the last one if past.
	const first = { SP: 3, SU: 6, FA: 9 }[code];
	if (first && bare && tense === 'future' && ref.m > first + 2) y++;
	if (first && bare && tense === 'past' && ref.m < first) y--;
	return `${y + k}-${code}`;
}
const rel = (s: string | undefined) => (s ? s.toLowerCase() : undefined);

const RULES: Rule[] = [
	{ re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, value: (m) => `${m[1]}-${m[2]}-${m[3]}` },
	{ re: new RegExp(`\\b(?:on\\s+)?(?:(?:${WD}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'),
		value: (m, ref, t) => { const mo = month(m[1]), d = +m[2]; if (d < 1 || d > 31) return undefined; const y = m[3] ? +m[3] : ref ? yearFor(ref, mo, d, t) : null; return y === null ? null : fmtDay({ y, m: mo, d }); } },
	{ re: new RegExp(`\\b(?:on\\s+)?(?:(?:${WD}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4}))?`, 'g'),
		value: (m, ref, t) => { const mo = month(m[2]), d = +m[1]; if (d < 1 || d > 31) return undefined; const y = m[3] ? +m[3] : ref ? yearFor(ref, mo, d, t) : null; return y === null ? null : fmtDay({ y, m: mo, d }); } },
	{ re: new RegExp(`\\b(?:on\\s+)?the\\s+(${ORD})\\s+of\\s+(${MONTH_RE})(?:,?\\s+(\\d{4}))?`, 'gi'),
		value: (m, ref, t) => { const mo = month(m[2]), d = ORDINALS[m[1].toLowerCase()]; const y = m[3] ? +m[3] : ref ? yearFor(ref, mo, d, t) : null; return y === null ? null : fmtDay({ y, m: mo, d }); } },
	{ re: new RegExp(`\\b(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of)[\\s-]+)?(${MONTH_RE})(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'g'), value: (m) => fmtMonth(+m[2], month(m[1])) },
	{ re: new RegExp(`\\b(?:(in|for|since|until|by|through|from|during|before|after|of|last|next|this|early|late|mid|earlier in|later in)[\\s-]+)(?:(?:early|late|mid)[\\s-]+)?(${MONTH_RE})\\b(?!\\s+\\d)`, 'gi'),
		value: (m, ref, t) => {
			if (!/^\p{Lu}/u.test(m[2])) return undefined;
			if (!ref) return null;
			const mo = month(m[2]), r = rel(m[1]);
			const y = r === 'last' ? (mo >= ref.m ? ref.y - 1 : ref.y) : r === 'next' ? (mo <= ref.m ? ref.y + 1 : ref.y) : yearFor(ref, mo, 15, t, true);
			return fmtMonth(y, mo);
		} },
	{ re: new RegExp(`\\b(?:(last|next|this|on|early|late)\\s+)?(${WD})${PART}\\b`, 'gi'),
		value: (m, ref, t) => {
			if (!/^\p{Lu}/u.test(m[2])) return undefined;
			if (!ref) return null;
			const wd = WEEKDAYS[m[2].toLowerCase()], cur = weekday(ref), r = rel(m[1]);
			let diff = wd - cur;
			// "this Friday" is the Friday of the article's own week.
			if (r === 'this') return fmtDay(addDays(ref, diff));
			if (r === 'next' || (r !== 'last' && t === 'future')) { if (diff < 0) diff += 7; if (r === 'next' && diff === 0) diff = 7; }
			else if (diff > 0) diff -= 7;
			if (r === 'last' && diff === 0) diff = -7;
			return fmtDay(addDays(ref, diff));
		} },
	{ re: /\b(yesterday|today|tomorrow|tonight|last night|this morning)\b/gi,
		// "HE SAID TODAY" is a heading; "the Today show", "CBS This Morning" (capital mid-sentence) are names.
		value: (m, ref) => (m[1] === m[1].toUpperCase() || (/^\p{Lu}/u.test(m[1]) && !/(?:^|[“"‘'(.!?]\s*)$/.test(m.input.slice(0, m.index))) ? undefined : ref && fmtDay(addDays(ref, DAY_OFFSETS[m[1].toLowerCase()]))) },
	{ re: /\b(?:(earlier|later)\s+)?(?<!\bthe\s)(this|last|next|past|the coming)\s+(week|weekend|month|year)\b/gi,
		value: (m, ref) => {
			if (!ref) return null;
			const r = m[2].toLowerCase(), unit = m[3].toLowerCase();
			if (r === 'past' && unit !== 'weekend') return undefined;
			const k = r === 'last' || r === 'past' ? -1 : r === 'next' || r === 'the coming' ? 1 : 0;
			if (unit === 'year') return String(ref.y + k);
			if (unit === 'month') return fmtMonth(...addMonths(ref.y, ref.m, k));
			const w = isoWeek(addDays(ref, 7 * k));
			return unit === 'weekend' ? `${w}-WE` : w;
		} },
	{ re: new RegExp(`\\b(${MONTH_RE})['’]s\\b`, 'g'), value: (m, ref, t) => (m[1] === 'May' ? undefined : ref && fmtMonth(yearFor(ref, month(m[1]), 15, t, true), month(m[1]))) },
	{ re: /\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+(month|year)\b/gi, value: (m, ref) => ref && (m[1].toLowerCase() === 'year' ? String(ref.y) : fmtMonth(ref.y, ref.m)) },
	{ re: /\b(?:over\s+)?the\s+weekend\b/gi, value: (_m, ref, t) => ref && `${isoWeek(addDays(ref, t === 'future' ? 0 : weekday(ref) >= 6 ? 0 : -7))}-WE` },
	{ re: /\b(?:(this|last|next|the|in|early|late)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(\d{4}))?\b/gi,
		value: (m, ref, t) => {
			const code = SEASONS[m[2].toLowerCase()];
			if (m[3]) return `${m[3]}-${code}`;
			if (!m[1] || m[1].toLowerCase() === 'fall' || m[2] === 'fall' && !m[1]) return undefined;
			return ref && season(ref, code, rel(m[1]), t);
		} },
	{ re: /\b(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Independence Day|Valentine['’]s Day|Halloween)\b/g,
		value: (m, ref) => { const h = HOLIDAYS[m[1].toLowerCase()]; return ref && fmtDay({ y: ref.m === 1 && h[0] === 12 ? ref.y - 1 : ref.y, m: h[0], d: h[1] }); } },
	{ re: /\bthe new year\b/gi, value: (_m, ref) => ref && String(ref.m >= 9 ? ref.y + 1 : ref.y) },
	{ re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/gi,
		value: (m, ref) => {
			if (!ref) return null;
			const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]), u = m[2].toLowerCase();
			if (u === 'year') return String(ref.y - n);
			if (u === 'month') return fmtMonth(...addMonths(ref.y, ref.m, -n));
			return u === 'week' ? isoWeek(addDays(ref, -7 * n)) : fmtDay(addDays(ref, -n));
		} },
	{ re: /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(1[89]\d0|20\d0)['’]?s\b/g, value: (m) => `${m[2].slice(0, 3)}X` },
	// "the ’90s": a two-digit decade is this century's only once it has begun.
	{ re: /\bthe\s+(?:(?:early|late|mid)[\s-]+)?['’‘](\d)0s\b/g, value: (m, ref) => { const c = ref && 2000 + 10 * +m[1] <= ref.y ? '20' : '19'; return `${c}${m[1]}X`; } },
	{ re: /\b(?:(?:early|late|mid|the end of|the start of)[\s-]+)?((?:19|20)\d{2})\b(?![-–]\d)(?!\s*(?:%|percent|per cent|troops|people|soldiers|votes|members|dollars|euros|pounds|km|miles|metres|meters|tons|tonnes)\b)/g,
		value: (m, _ref, _t) => String(yearOf(m[1])) }
];

const PAST = /\b\w+ed\b|\b(?:was|were|had|did|said|told|met|took|made|came|went|saw|gave|won|lost|held|began|spoke|wrote|led|left|fought|sent|struck|ran|rose|fell)\b/gi;

const SUBORDINATE = /\b(?:that|how|whether|about|why|what|who|which|when|because|after|before|but)\b|,\s*and\b/i;

/** Tense of the clause around a date: the marker (future or past) nearest to it, quoted words aside. */
function tenseAt(text: string, s: number, e: number, sent: Sentence | undefined, reach = 100): Tense {
	const from = sent ? Math.max(sent.start, s - reach) : Math.max(0, s - reach);
	const to = Math.min(sent ? sent.end : e + 40, e + 40);
	let around = text.slice(from, to);
	// A date outside quotation marks takes its tense from the reporting clause, not from the quoted words.
	const opens = (text.slice(sent ? sent.start : from, s).match(/[“”]/g) ?? []).filter((c) => c === '“').length;
	const closes = (text.slice(sent ? sent.start : from, s).match(/”/g) ?? []).length;
	if (opens <= closes) around = around.replace(/“[^”]*”/g, (q) => ' '.repeat(q.length));
	const at = s - from;
	const dist = (re: RegExp) => {
		let best = Infinity;
		const g = new RegExp(re.source, 'gi');
		// "to be made", "is expected": present or future passives, not past events.
		for (let m = g.exec(around); m; m = g.exec(around)) {
			if (re !== FUTURE && /\b(?:be|is|are|been|being)\s+$/i.test(around.slice(Math.max(0, m.index - 7), m.index))) continue;
			// "asked on Sunday how he would act": a verb in a clause after the date does not set its tense.
			if (m.index > at && SUBORDINATE.test(around.slice(at, m.index))) continue;
			// "The rules, announced on Monday, take effect in July": a clause set off by commas before the date is not its clause.
			if (m.index < at && re !== FUTURE && /,[^,]*$/.test(around.slice(0, m.index)) && around.slice(m.index, at).includes(',')) continue;
			best = Math.min(best, Math.abs(m.index - at));
		}
		return best;
	};
	const f = dist(FUTURE), p = dist(PAST);
	// "Trump will follow Clinton's Tuesday speech … with a speech of his own Wednesday morning": a long clause's verb
	// may sit further back than the window; look back over the whole sentence before calling it tenseless.
	if (f === Infinity && p === Infinity && sent && reach < s - sent.start) return tenseAt(text, s, e, sent, s - sent.start);
	return f === Infinity && p === Infinity ? 'none' : f <= p ? 'future' : 'past';
}

// A month's name or abbreviation anywhere in a date's words.
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_RE})`);

/** Whether a year match is really a name part ("Act 2017", "COP26", "Vision 2030") or a range. */
function yearIsName(text: string, s: number, e: number): boolean {
	const before = text.slice(Math.max(0, s - 12), s);
	return /(?:Act|Bill|Vision|Agenda|Euro|Expo|Law|No\.|[$€£#]|\d[.,]?|\d\s*[-–])\s*$/.test(before) || /^[-–]\d/.test(text.slice(e, e + 2)) || /^\s*[-–]\s*\d{2}/.test(text.slice(e, e + 4));
}

/** Every date expression in the sentences, resolved against `date` (YYYY-MM-DD or YYYY-MM, or null); day words in `quotes` from the speech day. */
export function findDates(text: string, sentences: Sentence[], date: string | null, quotes: Span[] = []): DateFact[] {
	const ref = date ? parseYmd(date) : null;
	const found: DateFact[] = [];
	for (const sent of sentences) {
		const taken: [number, number][] = [];
		for (const rule of RULES) {
			rule.re.lastIndex = 0;
			for (let m = rule.re.exec(sent.text); m; m = rule.re.exec(sent.text)) {
				const s = sent.start + m.index, e = s + m[0].length;
				if (taken.some(([a, b]) => s < b && e > a)) continue;
				if (rule === RULES[RULES.length - 1] && yearIsName(text, s, e)) continue;
				if (NAMED_DAY_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
				let v = rule.value(m, ref, tenseAt(text, s, e, sent));
				if (v === undefined) continue;
				// "In 2008, … on Jan. 18": a month and day in a sentence about one earlier year belong to that year.
				if (v && ref && /^\d{4}-\d{2}-\d{2}$/.test(v) && !/\b(?:19|20)\d{2}\b/.test(m[0]) && MONTH_WORD.test(m[0])) {
					const years = new Set([...sent.text.slice(0, m.index).matchAll(/\b(?:19|20)\d{2}\b/g)].map((y) => +y[0]));
					const only = years.size === 1 ? [...years][0] : 0;
					if (only && only < ref.y) v = `${only}${v.slice(4)}`;
				}
				// "in a referendum in December of that year": the year last named in the paragraph, or no value.
				if (v && /^\s+(?:of\s+)?that(?:\s+same)?\s+year\b/i.test(text.slice(e, e + 24)) && /^\d{4}-\d{2}/.test(v)) {
					const para = sentences.filter((x) => x.paragraph === sent.paragraph && x.start <= s).map((x) => text.slice(x.start, Math.min(x.end, s))).join(' ');
					const last = [...para.matchAll(/\b(?:19|20)\d{2}\b/g)].pop();
					v = last ? `${last[0]}${v.slice(4)}` : null;
				}
				taken.push([s, e]);
				found.push({ text: m[0], start: s, end: e, value: v });
			}
		}
	}
	const sorted = found.sort((a, b) => a.start - b.start);
	return resolveInQuotes(resolveAnaphora(text, sentences, sorted, ref), quotes, sentences, ref);
}
