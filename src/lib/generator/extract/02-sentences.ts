/** Step 2: split the body into paragraphs and sentences with offsets into the content. */
import { ABBREVIATIONS } from '../model/abbreviations';
import type { Sentence, Span } from '../types';

/** Longest paragraph kept whole; a longer one is split at line breaks, so work per paragraph (quotes, speakers) stays bounded. */
export const MAX_PARAGRAPH = 8000;

/** Paragraphs: blocks separated by blank lines (a lone line break inside a block is kept, unless the block is over MAX_PARAGRAPH). */
export function splitParagraphs(text: string, from = 0): Span[] {
	const out: Span[] = [];
	const re = /\n[ \t\r\f\u00a0]*\n/g;
	re.lastIndex = from;
	let start = from;
	const push = (s: number, e: number) => {
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		for (let cut = lineBreakNear(text, s, e); cut > 0; cut = lineBreakNear(text, s, e)) {
			push(s, cut);
			s = cut + 1;
		}
		if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
	};
	for (let m = re.exec(text); m; m = re.exec(text)) {
		push(start, m.index);
		start = m.index + m[0].length;
		re.lastIndex = start;
	}
	push(start, text.length);
	return out;
}

/** A line break to split an over-long paragraph at: the last one within MAX_PARAGRAPH, else the next one (-1: none or no need). */
function lineBreakNear(text: string, s: number, e: number): number {
	if (e - s <= MAX_PARAGRAPH) return -1;
	const back = text.lastIndexOf('\n', s + MAX_PARAGRAPH);
	if (back > s) return back;
	const next = text.indexOf('\n', s + MAX_PARAGRAPH);
	return next > 0 && next < e ? next : -1;
}

const BOUNDARY = /[.!?]+['"’”»)\]]*(?=\s+['"‘“«(\[]?[\p{Lu}\d])|\n(?=\s*\S)/gu;

/** True when the period at `i` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, i: number): boolean {
	if (text[i] !== '.') return false;
	let s = i;
	while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
	const word = text.slice(s, i);
	if (/^\p{Lu}$/u.test(word)) return true;
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentences of every paragraph, numbered in order, each knowing its paragraph index. */
export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
	const out: Sentence[] = [];
	paragraphs.forEach((p, pi) => {
		let start = p.start;
		const re = new RegExp(BOUNDARY.source, 'gu');
		for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
			const end = p.start + m.index + m[0].length;
			if (m[0] !== '\n' && isAbbreviation(text, p.start + m.index) && m[0].length === 1) continue;
			addSentence(out, text, start, end, pi);
			start = end;
		}
		addSentence(out, text, start, p.end, pi);
	});
	return out;
}

/** Trims and appends one sentence when it is not empty. */
function addSentence(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, index: out.length, paragraph });
}

/**
 * A row of results or a dateline ("66 Paul Goydos, Billy Mayfair", "Lincoln 2 Plymouth 1", "Karol Kucera (Slovakia) vs. Jonas
 * Bjorkman (Sweden)", "Scorers: Drazen Beser (63rd)", "CARLSBAD, California 1996-08-21"): its capitals are names, not a headline's Title Case.
 */
export function tableRow(t: string): boolean {
	return (t.match(/(?:^|\s)\d{1,3}(?=[\s,]|$)/g) ?? []).length >= 2 || /^\d{1,3}\.?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(t) ||
		/^Scorers?:/.test(t) || /\(\d{1,3}(?:st|nd|rd|th)\b/.test(t) || (/\bvs?\.\s/.test(t) && /\(\p{Lu}/u.test(t)) || /\s(?:beat|bt)\s/.test(t) && /\(\p{Lu}/u.test(t) ||
		/^\p{Lu}[\p{Lu} .'-]+,(?:\s+\p{Lu}[\p{L}.]*){1,3}\s+\d{4}-\d{2}-\d{2}$/u.test(t);
}
