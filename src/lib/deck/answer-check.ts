/** Typed-answer checking for study: ignores case, diacritics and punctuation, accepts aliases, small typos and any common date format. */
import type { Card } from './schema';

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
const DROP = /^(the|a|an|mr|mrs|ms|dr|president|prime minister|pm|gen|general|sen|senator|sheikh|ayatollah|king|queen|prince)\s+/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Folds a typed or expected answer to comparable words: lower case, no accents or punctuation, no leading article or title. */
export function foldAnswer(s: string): string {
	let t = s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøłđıþ]/g, (c) => FOLD[c])
		.replace(/&/g, ' and ')
		.replace(/['’‘`.]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	for (let prev = ''; prev !== t; ) {
		prev = t;
		t = t.replace(DROP, '');
	}
	return t;
}

/** Optimal-string-alignment edit distance (a transposition costs 1). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** Longest typed answer checked: typed cards ask for names, places, dates and numbers (the study field has this maxlength). */
export const MAX_TYPED_CHARS = 500;

// Longer words are compared exactly: the edit distance costs length × length.
const MAX_FUZZY_WORD = 40;

/** Typos allowed in one word: none up to 3 letters, 1 up to 7, 2 beyond; never in numbers or very long words. */
function allowed(word: string): number {
	if (/\d/.test(word) || word.length > MAX_FUZZY_WORD) return 0;
	return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
}

/** True when the typed words match the expected words one by one within the typo allowance. */
function closeEnough(input: string, expected: string): boolean {
	if (input === expected) return true;
	const a = input.split(' ');
	const b = expected.split(' ');
	if (a.length !== b.length) return false;
	return b.every((w, i) => {
		const k = allowed(w);
		// The distance is at least the difference in length, so most pairs need no table.
		return k === 0 ? a[i] === w : Math.abs(a[i].length - w.length) <= k && editDistance(a[i], w) <= k;
	});
}

/** A calendar date at day, month or year precision. */
interface Ymd {
	y?: number;
	m?: number;
	d?: number;
}

/** Reads a date in any common format: ISO, "5 March 2024", "March 5, 2024", "5th Mar", "03/2024", "5/3/2024". */
export function parseDateAnswer(s: string): Ymd | null {
	const t = s.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/[,.]/g, ' ').replace(/\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/g, ' ').replace(/\s+/g, ' ').trim();
	let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
	if (m) return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
	m = /^(\d{1,2})[/-](\d{4})$/.exec(t);
	if (m) return { y: +m[2], m: +m[1] };
	m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
	if (m) return { y: +m[3], m: +m[2], d: +m[1] };
	const month = (w: string) => MONTHS.findIndex((n) => w.length >= 3 && n.startsWith(w)) + 1;
	m = /^(?:(\d{1,2}) )?(?:of )?([a-z]+)(?: (\d{1,2}))?(?: (\d{4}))?$/.exec(t);
	if (m && month(m[2]) && !(m[1] && m[3])) {
		const d = m[1] ?? m[3];
		return { y: m[4] ? +m[4] : undefined, m: month(m[2]), d: d ? +d : undefined };
	}
	return null;
}

/** True when a typed date matches the key at the key's precision (a missing year is taken as the key's). */
function sameDate(input: Ymd, key: Ymd, dmyAmbiguous: boolean): boolean {
	const y = input.y ?? (input.m ? key.y : undefined);
	if (y !== key.y || input.m !== key.m) {
		// "3/5/2024" read month-first.
		if (dmyAmbiguous && input.d && input.m && input.d <= 12) return sameDate({ y: input.y, m: input.d, d: input.m }, key, false);
		return false;
	}
	return input.d === key.d;
}

/** Names one letter apart that are different places: never forgiven as typos. */
const CONFUSABLE = new Set(['iran', 'iraq', 'austria', 'australia', 'niger', 'nigeria', 'slovakia', 'slovenia', 'gambia', 'zambia', 'dominica', 'mali', 'malta', 'bali']);

/** True when `input` is an acceptable typed answer for `card` (answer or any `accept` form); another choice typed exactly, or an input over MAX_TYPED_CHARS, is wrong. */
export function checkTyped(card: Pick<Card, 'answer' | 'accept'> & { choices?: string[] }, input: string): boolean {
	if (Array.isArray(card.answer) || input.length > MAX_TYPED_CHARS) return false;
	const forms = [card.answer, ...(card.accept ?? [])];
	// A number (or a bare year) is compared by value: "4.35%", "1572", "1,572 cases" all read as numbers.
	if (/^\d[\d,]*(\.\d+)?$/.test(card.answer)) {
		const got = /\d[\d,]*(\.\d+)?/.exec(input);
		return !!got && Number(got[0].replace(/,/g, '')) === Number(card.answer.replace(/,/g, ''));
	}
	const key = parseDateAnswer(card.answer);
	if (key && key.y) {
		const got = parseDateAnswer(input);
		return !!got && sameDate(got, key, /^\d{1,2}[/-]\d{1,2}[/-]\d{4}$/.test(input.trim()));
	}
	const typed = foldAnswer(input);
	if (!typed) return false;
	const exact = forms.some((f) => foldAnswer(f) === typed);
	if (exact) return true;
	if (CONFUSABLE.has(typed) || (card.choices ?? []).some((c) => foldAnswer(c) === typed)) return false;
	return forms.some((f) => closeEnough(typed, foldAnswer(f)));
}
