/** The extraction engine's one entry: article text -> people, places, groups, quotes, dates. */
import { readArticle } from './01-read';
import { splitParagraphs, splitSentences, tableRow } from './02-sentences';
import { findChunks } from './03-chunks';
import { buildEntities, canonicalName, typeOf, type Ent } from './07-entities';
import { findQuoteSpans, isQuotation } from './08-quotes';
import { SpeakerResolver } from './11-speakers';
import { candidates, pick, type Candidate, type Weights } from './12-ranker';
import { SPEAKER_WEIGHTS } from '../model/speaker-weights';
import { TYPER_WEIGHTS } from '../model/typer-weights';
import { chunkFeatures, type Typer } from './05-typer';

/** The shipped typer: it overrules the rules only when this sure (chosen by `npm run train`'s cross-validation). */
const TYPER: Typer = { weights: TYPER_WEIGHTS, overrule: 0.7 };
import { findDates } from './15-dates';
import type { Entity, Facts, Quote, Sentence, Span } from '../types';

/** One quotation with its speaker candidates and the ranker's choice (what `npm run train` learns from). */
export interface QuoteTrace { quote: Quote; cands: Candidate[]; chosen: number }
/** Picks the candidate to continue from when training (teacher forcing): the gold one, or -1 when unknown. */
export type Teacher = (quote: Quote, cands: Candidate[]) => number;

/** Finds quotations, scores every speaker candidate with the learned ranker, in text order. */
function traceQuotes(text: string, paragraphs: Span[], ents: Ent[], weights: Weights, teacher?: Teacher): QuoteTrace[] {
	const spans = findQuoteSpans(paragraphs);
	const real = spans.filter((q) => isQuotation(q, text.slice(Math.max(0, q.open - 4), q.open)));
	const paraOf = (pos: number) => {
		let lo = 0, hi = paragraphs.length - 1;
		while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (paragraphs[mid].start <= pos) lo = mid; else hi = mid - 1; }
		return lo;
	};
	const names = new Map(ents.map((e) => [e, canonicalName(e)]));
	const resolver = new SpeakerResolver(text, ents, spans, paraOf);
	const counts = new Map(ents.map((e) => [e, e.mentions.length]));
	const top = ents.filter((e) => e.kind === 'people').sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
	const out: QuoteTrace[] = [];
	let prev: { e: Ent | null; paragraph: number } | null = null;
	// Scare quotes (under four words) are plain text here: they neither bound nor hold cue clauses.
	real.forEach((q, i) => {
		const p = paragraphs[q.paragraph];
		const next = real[i + 1]?.paragraph === q.paragraph ? real[i + 1].open : p.end;
		const prevClose = real[i - 1]?.paragraph === q.paragraph ? real[i - 1].close : -1;
		const rule = resolver.attribute(q, p.start, p.end, next, prevClose, paragraphs[q.paragraph - 1]);
		const cands = candidates({ text, m: resolver.m, q, paraStart: p.start, paraEnd: p.end, prevPara: paragraphs[q.paragraph - 1], nextOpen: next, rule, prev, counts, top });
		const best = pick(cands, weights);
		const e = best.e;
		const via = !e ? 'none' : e === rule.speaker ? rule.via : e.kind === 'groups' ? 'organisation' : 'ranked';
		const quote: Quote = { text: q.text, start: q.start, end: q.end, speaker: e ? names.get(e)! : null, via, confidence: Math.round(best.confidence * 1000) / 1000 };
		const g = teacher ? teacher(quote, cands) : -1;
		prev = { e: g >= 0 ? cands[g].e : e, paragraph: q.paragraph };
		out.push({ quote, cands, chosen: best.index });
	});
	return out;
}

/** Converts a working entity to the public shape. */
function toEntity(e: Ent): Entity {
	const out: Entity = { name: canonicalName(e), mentions: e.mentions.map(({ text, start, end }) => ({ text, start, end })) };
	const role = [...e.roles][0];
	if (role) out.role = role;
	if (e.gender) out.gender = e.gender;
	out.confidence = Math.round((e.confidence ?? 1) * 1000) / 1000;
	return out;
}

const BYLINE = /^By\s|\b(?:Staff Writer|Correspondent|Reporter|Editor)$/;

/** True for a Title Case headline line, whose capitals say nothing about names. */
function isHeadline(s: string): boolean {
	const words = s.split(/\s+/).filter((w) => w.length > 3);
	return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Title-Case lines without end punctuation (headline, standfirst, kicker) say nothing about names by their capitals. */
function headlineSentences(sentences: Sentence[]): Set<number> {
	return new Set(sentences.filter((s, i) => (i === 0 || !/[.!?”"]$/.test(s.text.trim())) && s.text.length < 200 && !BYLINE.test(s.text.trim()) && !tableRow(s.text.trim()) && isHeadline(s.text)).map((s) => s.index));
}


/** Options of `extractFacts`: a date override, and typer weights (null: the rules alone; for training and comparison). */
export interface ExtractOptions { date?: string; typer?: Typer | null }

/** Extracts facts from raw file content (optional ` date YYYY-MM-DD ` first line). */
export function extractFacts(content: string, opts: ExtractOptions = {}): Facts {
	const article = readArticle(content, opts);
	const paragraphs = splitParagraphs(article.text, article.bodyStart);
	const sentences = splitSentences(article.text, paragraphs);
	const headlines = headlineSentences(sentences);
	const ents = buildEntities(findChunks(article.text, sentences), article.text, (c) => headlines.has(c.sentence), opts.typer === null ? undefined : (opts.typer ?? TYPER));
	const quotes = traceQuotes(article.text, paragraphs, ents, SPEAKER_WEIGHTS).map((t) => t.quote);
	const of = (k: Ent['kind']) => ents.filter((e) => e.kind === k).map(toEntity);
	return { date: article.date, people: of('people'), places: of('places'), groups: of('groups'), quotes, dates: findDates(article.text, sentences, article.date, quotes), sentences };
}

/** The speaker decisions of one article with every candidate's features (training and analysis). */
export function traceSpeakers(content: string, weights: Weights, teacher?: Teacher): QuoteTrace[] {
	const article = readArticle(content, {});
	const paragraphs = splitParagraphs(article.text, article.bodyStart);
	const sentences = splitSentences(article.text, paragraphs);
	const headlines = headlineSentences(sentences);
	const ents = buildEntities(findChunks(article.text, sentences), article.text, (c) => headlines.has(c.sentence), TYPER);
	return traceQuotes(article.text, paragraphs, ents, weights, teacher);
}

/** Every chunk of one article with its text and typer features (training the typer). */
export function chunkTrace(content: string): { text: string; feats: string[] }[] {
	const article = readArticle(content, {});
	const paragraphs = splitParagraphs(article.text, article.bodyStart);
	const sentences = splitSentences(article.text, paragraphs);
	return findChunks(article.text, sentences).map((c) => ({ text: c.text, feats: chunkFeatures(c, article.text, typeOf(c, article.text)?.kind ?? null) }));
}
