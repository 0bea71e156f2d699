/** Step 1: read raw file content into an Article (date line, title, markup blanked, over-long lines broken). */
import { GeneratorError } from '../errors';
import { MAX_INPUT_CHARS } from '../limits';
import type { Article } from '../types';
import { MONTHS, MONTH_RE } from '../model/calendar';

const DATE_PREFIX = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/;
const HTML_HINT = /<(?:p|div|br|html|body|span|a|h[1-6]|article|section|li)\b[^<>]{0,500}>/i;

/** An article plus `text`: the content with markup blanked to spaces and over-long lines broken (same length, same offsets). */
export interface ReadArticle extends Article {
	text: string;
}

/** Rejects content that is clearly not text (NUL bytes or many control characters). */
function assertText(content: string): void {
	const sample = content.slice(0, 4096);
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c === 0) throw new GeneratorError('input looks binary: it contains NUL bytes');
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
	}
	if (bad > 8 && bad / Math.max(1, sample.length) > 0.02) {
		throw new GeneratorError(`input looks binary: ${bad} control characters in the first ${sample.length}`);
	}
}

/** Replaces every char of `m` with a space, keeping newlines so paragraphs survive. */
function blank(m: string): string {
	return m.replace(/[^\n]/g, ' ');
}

/** Blanks HTML tags, scripts and styles with spaces so offsets stay valid; block tags become breaks. */
export function blankMarkup(content: string): string {
	if (!HTML_HINT.test(content)) return content;
	let t = content.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank);
	t = t.replace(/<!--[\s\S]*?-->/g, blank);
	t = t.replace(/<\/?(?:p|div|br|h[1-6]|li|article|section|tr|blockquote)\b[^<>]*>/gi, (m) =>
		m.length >= 2 ? '\n\n' + ' '.repeat(m.length - 2) : '\n'.repeat(m.length)
	);
	t = t.replace(/<\/?[a-zA-Z][^<>]{0,1000}>/g, blank);
	return t.replace(/&(?:nbsp|amp|quot|#\d{1,5}|[a-z]{2,6});/gi, (m) => (m === '&amp;' ? '&    ' : blank(m)));
}

/** Longest line the later steps see: per-sentence and per-line work stays bounded, so cost grows linearly with the input. */
export const MAX_LINE = 2000;

/** Breaks lines over MAX_LINE characters at a space (after a sentence's end when one is near), same length and offsets. */
export function breakLongLines(text: string): string {
	const parts: string[] = [];
	let from = 0;
	for (let start = 0; start < text.length; ) {
		const nl = text.indexOf('\n', start);
		const end = nl < 0 ? text.length : nl;
		let pos = start;
		while (end - pos > MAX_LINE) {
			const cut = breakAt(text, pos, end);
			if (cut < 0) break;
			parts.push(text.slice(from, cut), '\n');
			from = pos = cut + 1;
		}
		start = end + 1;
	}
	if (!parts.length) return text;
	parts.push(text.slice(from));
	return parts.join('');
}

/** Where to break the line running from `pos` to `end`: the last space in the window after a sentence's end, else any last space, else the next space (-1: none). */
function breakAt(text: string, pos: number, end: number): number {
	let space = -1;
	for (let k = pos + MAX_LINE; k > pos + MAX_LINE / 2; k--) {
		if (text[k] !== ' ' && text[k] !== '\t') continue;
		if (/[.!?…]['"’”)\]]*$/.test(text.slice(k - 3, k))) return k;
		if (space < 0) space = k;
	}
	if (space >= 0) return space;
	for (let k = pos + MAX_LINE / 2; k < end; k++) if (text[k] === ' ' || text[k] === '\t') return k;
	return -1;
}

/**
 * The article's date line and where its body starts: ` date YYYY-MM-DD ` before the title (on its line or a line of
 * its own), then any blank space. The CLI, the browser's worker and every other reader call this one function, so a
 * deck's article text (which the deck schema trims) and its cards' offsets agree however the date is written.
 */
export function dateLine(content: string): { date: string | null; bodyStart: number } {
	const m = DATE_PREFIX.exec(content);
	const space = /\s*/y;
	space.lastIndex = m ? m[0].length : 0;
	space.exec(content);
	return { date: m ? m[1] : null, bodyStart: space.lastIndex };
}

/**
 * The article's date from its first lines when no date line gives it: a dateline with an ISO date ("BONN
 * 1996-08-22") or a written one ("Published: March 3, 2016", "WASHINGTON, Aug. 22, 2016 (Reuters) -").
 */
export function datelineDate(head: string): string | null {
	for (const line of head.split('\n').slice(0, 5)) {
		const iso = /^(?:\p{Lu}[\p{L}.' -]*,?\s+)?((?:19|20)\d{2}-\d{2}-\d{2})\s*(?:$|[-–—(])/u.exec(line.trim());
		if (iso) return iso[1];
		const w = new RegExp(`^(?:(?:Published|Updated|Posted|Date)d?:?\\s*)?(?:\\p{Lu}[\\p{Lu} .'-]+,\\s*)?(${MONTH_RE})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'u').exec(line.trim());
		if (w) {
			const m = MONTHS[w[1].replace('.', '').toLowerCase()] ?? MONTHS[w[1].replace('.', '').slice(0, 3).toLowerCase()];
			if (m) return `${w[3]}-${String(m).padStart(2, '0')}-${w[2].padStart(2, '0')}`;
		}
	}
	return null;
}

/** Parses an article: optional ` date YYYY-MM-DD ` prefix on the first line, title, body start. */
export function readArticle(content: string, opts: { date?: string } = {}): ReadArticle {
	if (typeof content !== 'string') throw new GeneratorError(`expected text, got ${typeof content}`);
	if (content.length > MAX_INPUT_CHARS) throw new GeneratorError(`article is ${content.length.toLocaleString('en')} characters; the limit is ${MAX_INPUT_CHARS.toLocaleString('en')}`);
	assertText(content);
	if (content.trim() === '') throw new GeneratorError('article is empty');
	const text = breakLongLines(blankMarkup(content));
	const line = dateLine(text);
	const bodyStart = line.bodyStart;
	let date = line.date ?? datelineDate(text.slice(bodyStart, bodyStart + 600));
	if (opts.date !== undefined) {
		if (!/^\d{4}-\d{2}(-\d{2})?$/.test(opts.date)) throw new GeneratorError(`bad date "${opts.date}": expected YYYY-MM-DD`);
		date = opts.date;
	}
	const firstLine = text.slice(bodyStart, bodyStart + 2000).split('\n').find((l) => l.trim() !== '') ?? '';
	const title = firstLine.trim().slice(0, 300);
	return { content, text, bodyStart, date, title };
}
