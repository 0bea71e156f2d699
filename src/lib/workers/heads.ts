/** What /make prefills for an article, read with the generator's own rules: the ` date ` line, and a dateline's month, day and outlet. */
import { readArticle } from '../generator/extract/01-read';
import { DATELINE } from '../generator/cards/01-context';
import { MONTHS } from '../generator/model/calendar';

/** An article's title, date (YYYY-MM-DD or YYYY-MM) and outlet as far as its text says; null when it does not. */
export interface ArticleHead {
	title: string;
	date: string | null;
	outlet: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The dateline opening one of the first paragraphs after the headline ("PRETORIA, Aug 25 (Reuters) - "), if any. */
function datelineOf(text: string): string | null {
	const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).slice(0, 4);
	for (const p of paragraphs) {
		const m = DATELINE.exec(p);
		if (m) return m[0];
	}
	return null;
}

/** A dateline's "Aug 25" as a date: in `now`'s year, or the year before when that day is still to come. */
function datelineDate(line: string, now: Date): string | null {
	const m = /,\s*(\p{Lu}\p{Ll}{2})\.?\s+(\d{1,2})\b/u.exec(line);
	const month = m ? MONTHS[m[1].toLowerCase()] : undefined;
	if (!m || !month) return null;
	const day = Number(m[2]);
	if (day < 1 || day > 31) return null;
	let year = now.getUTCFullYear();
	if (Date.UTC(year, month - 1, day) > now.getTime()) year--;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** Reads an article's head; text the generator cannot read (empty, binary) gives an empty head. */
export function articleHead(content: string, now: Date): ArticleHead {
	let read;
	try {
		read = readArticle(content);
	} catch {
		return { title: '', date: null, outlet: null };
	}
	const line = datelineOf(read.text.slice(read.bodyStart));
	const outlet = line ? (/\(([^)]+)\)/.exec(line)?.[1].trim() ?? null) : null;
	return { title: read.title, date: read.date ?? (line ? datelineDate(line, now) : null), outlet };
}
