/** Step 8: find direct quotations (double, curly, guillemets, single) paragraph by paragraph. */
import type { Span } from '../types';

/** A quoted segment: `text` is the inside of the marks; `open`/`close` are the mark offsets. */
export interface QuoteSpan extends Span {
	open: number;
	/** Offset of the closing mark, or -1 when the paragraph ends with the quote still open. */
	close: number;
	paragraph: number;
	/** True when the paragraph begins with this quote's opening mark. */
	opensParagraph: boolean;
	/** True for ‘single’-quoted quotations. */
	single: boolean;
}

const OPENERS = '“«„';
const CLOSERS = '”»';
const LINE_END = /[.!?…]["”’]?\s*$/;

/** Counts whitespace-separated tokens, as the gold does. */
export function wordCount(s: string): number {
	const m = s.trim().match(/\S+/g);
	return m ? m.length : 0;
}

/** Decides whether a straight double quote at `i` opens (true) or closes (false). */
function straightOpens(t: string, i: number, isOpen: boolean): boolean {
	const prev = i > 0 ? t[i - 1] : ' ';
	const next = i + 1 < t.length ? t[i + 1] : ' ';
	if (/[\s(\[{—–-]/.test(prev) || prev === ':' ) return !/\s/.test(next) || !isOpen;
	if (/[\s.,;:!?)\]]/.test(next)) return false;
	return !isOpen;
}

/** Double-quoted segments of one paragraph; an unclosed one runs to the paragraph (or line) end. */
function doubleSegments(t: string, base: number, pi: number, out: QuoteSpan[]): void {
	let open = -1;
	for (let i = 0; i < t.length; i++) {
		const c = t[i];
		let isOpener: boolean;
		if (c === '\n' && open >= 0 && LINE_END.test(t.slice(Math.max(open, i - 3), i)) && /^\s*[\p{Lu}“«"]/u.test(t.slice(i + 1, i + 4))) {
			// A single line break after a finished sentence ends the paragraph of an unclosed quote.
			push(out, t, base, open, -1, pi, false, i);
			open = -1;
			continue;
		}
		// A curly mark typed the wrong way round (‘here,“ said Lee’, ‘said ”We’) takes the direction its neighbours show.
		if (c === '“' && open >= 0 && /[,.!?…]/.test(t[i - 1] ?? '') && /^(?:\s+\p{Ll}|\s*$)/u.test(t.slice(i + 1, i + 4))) isOpener = false;
		else if (c === '”' && open < 0 && /[\s(:]/.test(t[i - 1] ?? ' ') && /^[\p{Lu}\d]/u.test(t[i + 1] ?? '')) isOpener = true;
		else if (OPENERS.includes(c)) isOpener = true;
		else if (CLOSERS.includes(c)) isOpener = false;
		else if (c === '"') isOpener = straightOpens(t, i, open >= 0);
		else continue;
		if (isOpener && open < 0) open = i;
		else if (!isOpener && open >= 0) {
			push(out, t, base, open, i, pi, false);
			open = -1;
		} else if (isOpener && open >= 0 && c === '"') {
			push(out, t, base, open, i, pi, false);
			open = -1;
		} else if (isOpener && open >= 0 && endsSentence(t, open, i)) {
			// “First sentence. “Second sentence: each reopening mark starts a new quote by the same speaker.
			push(out, t, base, open, -1, pi, false, i);
			open = i;
		}
	}
	if (open >= 0) push(out, t, base, open, -1, pi, false);
}

/** True when a sentence's end and spaces come right before `i` (looking back no further than `from`), as /[.!?…]\s+$/ would say of t.slice(from, i). */
function endsSentence(t: string, from: number, i: number): boolean {
	let k = i;
	while (k > from && /\s/.test(t[k - 1])) k--;
	return k < i && k > from && /[.!?…]/.test(t[k - 1]);
}

/** Single-quoted segments outside double quotes: ‘ or ' after a space, closed by ’ or ' before a non-letter. */
function singleSegments(t: string, base: number, pi: number, taken: QuoteSpan[], out: QuoteSpan[]): void {
	// "in '08", "the ‘90s": an apostrophe before a two-digit year opens nothing.
	const re = /(?:^|(?<=[\s(\[:—–-]))['‘](?=[\p{L}\d])(?!\d\ds?\b)/gu;
	const closers = singleClosers(t);
	let ti = 0;
	let ci = 0;
	for (let m = re.exec(t); m; m = re.exec(t)) {
		const o = m.index;
		while (ti < taken.length && taken[ti].close >= 0 && taken[ti].close < base + o) ti++;
		const q = taken[ti];
		if (q && base + o >= q.open && (q.close < 0 || base + o <= q.close)) continue;
		while (ci < closers.length && closers[ci] <= o) ci++;
		if (ci === closers.length) break;
		push(out, t, base, o, closers[ci], pi, true);
		re.lastIndex = closers[ci] + 1;
	}
}

/** Offsets of the marks that can close a single quote (found once per paragraph, so many openers stay linear). */
function singleClosers(t: string): number[] {
	const out: number[] = [];
	const closeRe = /['’](?=[\s.,;:!?)\]—–-]|$)/gu;
	for (let c = closeRe.exec(t); c; c = closeRe.exec(t)) {
		// "the players' union": a plural possessive before a lower-case word closes nothing.
		if (/s/i.test(t[c.index - 1] ?? '') && /^\s+\p{Ll}/u.test(t.slice(c.index + 1, c.index + 4))) continue;
		out.push(c.index);
	}
	return out;
}

/** Adds a segment, trimming spaces inside the marks. */
function push(out: QuoteSpan[], t: string, base: number, open: number, close: number, pi: number, single: boolean, until = t.length): void {
	let s = open + 1;
	let e = close < 0 ? until : close;
	while (s < e && /\s/.test(t[s])) s++;
	while (e > s && /\s/.test(t[e - 1])) e--;
	if (e <= s) return;
	out.push({
		text: t.slice(s, e), start: base + s, end: base + e, open: base + open,
		close: close < 0 ? -1 : base + close, paragraph: pi, opensParagraph: open === 0 || t[open - 1] === '\n', single
	});
}

/** Every quoted segment of the paragraphs, in text order (not yet filtered by length). */
export function findQuoteSpans(paragraphs: Span[]): QuoteSpan[] {
	const all: QuoteSpan[] = [];
	paragraphs.forEach((p, pi) => {
		const doubles: QuoteSpan[] = [];
		doubleSegments(p.text, p.start, pi, doubles);
		const singles: QuoteSpan[] = [];
		singleSegments(p.text, p.start, pi, doubles, singles);
		// A loop, not push(...spans): spreading a huge list overflows the call stack.
		for (const q of doubles) all.push(q);
		for (const q of singles) if (wordCount(q.text) >= 4) all.push(q);
	});
	return all.sort((a, b) => a.start - b.start);
}

/** Quotations worth reporting: 4+ words and not a Title Case work title (unless a colon introduces it, "Lee: “We Will Win”"). */
export function isQuotation(q: QuoteSpan, before = ''): boolean {
	if (wordCount(q.text) < 4) return false;
	const words = q.text.match(/[\p{L}']+/gu) ?? [];
	const content = words.filter((w) => w.length > 3);
	const titleCase = content.length >= 3 && content.every((w) => /^\p{Lu}/u.test(w)) && !/[.,!?]$/.test(q.text);
	return !titleCase || /\p{L}\s*:\s*$/u.test(before);
}
