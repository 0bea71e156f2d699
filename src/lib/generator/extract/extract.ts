/** The extraction engine's one entry: article text -> people, places, groups, quotes, dates. */
import { readArticle } from './01-read';
import { splitParagraphs, splitSentences } from './02-sentences';
import { findChunks } from './03-chunks';
import { buildEntities, canonicalName, type Ent } from './06-entities';
import { findQuoteSpans, isQuotation } from './07-quotes';
import { SpeakerResolver } from './10-speakers';
import { findDates } from './14-dates';
import type { Entity, Facts, Quote, Span } from '../types';

/** Finds quotations and their speakers, in text order. */
function attributeQuotes(text: string, paragraphs: Span[], ents: Ent[]): Quote[] {
	const spans = findQuoteSpans(paragraphs);
	const real = spans.filter((q) => isQuotation(q, text.slice(Math.max(0, q.open - 4), q.open)));
	const paraOf = (pos: number) => {
		let lo = 0, hi = paragraphs.length - 1;
		while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (paragraphs[mid].start <= pos) lo = mid; else hi = mid - 1; }
		return lo;
	};
	const names = new Map(ents.map((e) => [e, canonicalName(e)]));
	const resolver = new SpeakerResolver(text, ents, spans, paraOf);
	const out: Quote[] = [];
	// Scare quotes (under four words) are plain text here: they neither bound nor hold cue clauses.
	real.forEach((q, i) => {
		const p = paragraphs[q.paragraph];
		const next = real[i + 1]?.paragraph === q.paragraph ? real[i + 1].open : p.end;
		const prev = real[i - 1]?.paragraph === q.paragraph ? real[i - 1].close : -1;
		const a = resolver.attribute(q, p.start, p.end, next, prev, paragraphs[q.paragraph - 1]);
		out.push({ text: q.text, start: q.start, end: q.end, speaker: a.speaker ? names.get(a.speaker)! : null, via: a.via });
	});
	return out;
}

/** Converts a working entity to the public shape. */
function toEntity(e: Ent): Entity {
	const out: Entity = { name: canonicalName(e), mentions: e.mentions.map(({ text, start, end }) => ({ text, start, end })) };
	const role = [...e.roles][0];
	if (role) out.role = role;
	if (e.gender) out.gender = e.gender;
	return out;
}

const BYLINE = /^By\s|\b(?:Staff Writer|Correspondent|Reporter|Editor)$/;

/** True for a Title Case headline line, whose capitals say nothing about names. */
function isHeadline(s: string): boolean {
	const words = s.split(/\s+/).filter((w) => w.length > 3);
	return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Extracts facts from raw file content (optional ` date YYYY-MM-DD ` first line). */
export function extractFacts(content: string, opts: { date?: string } = {}): Facts {
	const article = readArticle(content, opts);
	const paragraphs = splitParagraphs(article.text, article.bodyStart);
	const sentences = splitSentences(article.text, paragraphs);
	// Title-Case lines without end punctuation (headline, standfirst, kicker) say nothing about names by their capitals.
	const headlines = new Set(sentences.filter((s, i) => (i === 0 || !/[.!?”"]$/.test(s.text.trim())) && s.text.length < 200 && !BYLINE.test(s.text.trim()) && isHeadline(s.text)).map((s) => s.index));
	const ents = buildEntities(findChunks(article.text, sentences), article.text, (c) => headlines.has(c.sentence));
	const quotes = attributeQuotes(article.text, paragraphs, ents);
	const of = (k: Ent['kind']) => ents.filter((e) => e.kind === k).map(toEntity);
	return { date: article.date, people: of('people'), places: of('places'), groups: of('groups'), quotes, dates: findDates(article.text, sentences, article.date, quotes) };
}
