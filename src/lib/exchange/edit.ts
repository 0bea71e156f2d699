/** Pure helpers of the card editor: split pasted articles, list source sentences, edit cards, map errors to fields. */
import type { Card, Deck, DeckArticle } from '../deck/schema';
import { cardId } from '../deck/ids';
import { toDeck } from '../deck/parse';
import { DeckError } from '../deck/errors';
import type { ArticleInput } from '../workers/protocol';

/** Most articles generated at once, and most characters in one. */
export const MAX_ARTICLES = 50;
export const MAX_ARTICLE_CHARS = 200_000;

/** Splits pasted text into articles at lines of three or more dashes (`---`); names them "pasted-N". */
export function splitPasted(text: string): ArticleInput[] {
	return text
		.split(/^\s*-{3,}\s*$/m)
		.map((t) => t.trim())
		.filter(Boolean)
		.map((content, i) => ({ content, file: `pasted-${i + 1}` }));
}

/** Problems with the articles before generating (empty, too long, markup or binary), naming each article. */
export function checkArticles(articles: ArticleInput[]): string[] {
	if (!articles.length) return ['Paste an article (or drop .txt / .md files) first.'];
	if (articles.length > MAX_ARTICLES) return [`${articles.length} articles: at most ${MAX_ARTICLES} at once.`];
	const out: string[] = [];
	for (const a of articles) {
		const name = a.file ?? 'article';
		if (a.content.includes('\u0000')) out.push(`${name}: this is a binary file, not text.`);
		else if (a.content.length > MAX_ARTICLE_CHARS) out.push(`${name}: ${a.content.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`);
		else if (a.content.split(/\s+/).filter(Boolean).length < 8) out.push(`${name}: too short to make cards from (fewer than 8 words).`);
	}
	return out;
}

/** A sentence of an article, with offsets into its text. */
export interface SourceOption {
	articleId: string;
	sentence: string;
	start: number;
	end: number;
}

/** The sentences of every article (a simple split; the generator's cards carry their own exact sentences). */
export function sentencesOf(deck: Pick<Deck, 'articles'>): SourceOption[] {
	const out: SourceOption[] = [];
	for (const a of deck.articles) {
		const re = /[^.!?\n]+(?:[.!?]+["”’)]*|$)/g;
		for (const m of a.text.matchAll(re)) {
			const lead = m[0].length - m[0].trimStart().length;
			const sentence = m[0].trim();
			if (sentence.length < 3) continue;
			const start = (m.index ?? 0) + lead;
			out.push({ articleId: a.id, sentence, start, end: start + sentence.length });
		}
	}
	return out;
}

/** A blank question-and-answer card on a source sentence, with an id no other card of the deck has. */
export function blankCard(deck: Pick<Deck, 'cards'>, source: SourceOption): Card {
	const taken = new Set(deck.cards.map((c) => c.id));
	let n = deck.cards.length;
	let id = cardId('flip', source.sentence, String(n));
	while (taken.has(id)) id = cardId('flip', source.sentence, String(++n));
	return { id, type: 'flip', prompt: '', answer: '', source: { ...source }, fact: { kind: 'quote', text: source.sentence } };
}

/** Sets a card's answer; the old answer among the choices is replaced too, so a choice card stays valid. */
export function setAnswer(card: Card, value: string | string[]): void {
	if (typeof card.answer === 'string' && typeof value === 'string' && card.choices) {
		const i = card.choices.indexOf(card.answer);
		if (i >= 0) card.choices[i] = value;
	}
	card.answer = value;
}

/** The fields the card editor changes. */
export type CardField = 'prompt' | 'answer' | 'choices' | 'accept' | 'speaker' | 'explanation';

/**
 * Edits one field of a card in place: answer edits keep choices in step; a who-said card's answer is its speaker, so
 * renaming either renames both (one name to edit, never two that disagree).
 */
export function editCard(card: Card, field: CardField, value: string | string[]): void {
	if (field === 'answer') {
		if (card.type === 'who-said' && typeof value === 'string' && card.fact.name === card.answer) card.fact.name = value;
		setAnswer(card, value);
	}
	else if (field === 'choices') card.choices = (value as string[]).length ? (value as string[]) : undefined;
	else if (field === 'accept') card.accept = (value as string[]).length ? (value as string[]) : undefined;
	else if (field === 'speaker') {
		if (card.type === 'who-said' && card.answer === card.fact.name) setAnswer(card, value as string);
		card.fact.name = value as string;
	} else card[field] = value as string;
}

/** The key of a field's errors for card `i` (a speaker's problems are the fact's). */
export const errorKey = (i: number, field: CardField): string => `${i}.${field === 'speaker' ? 'fact' : field}`;

/** What a deck needs around one card to be checked with the deck schema (its row in the library). */
export interface DeckInfo {
	id: string;
	title: string;
	language: string;
	createdAt: string;
	articles: DeckArticle[];
}

/**
 * Checks one edited card with the one deck schema, as the only card of its deck with its own article; returns the
 * checked card, or the problems named by path (`cards[0].choices: …`, which `fieldErrors` puts beside the field).
 */
export function checkEditedCard(deck: DeckInfo, card: Card): { card: Card } | { problems: string[] } {
	const articles = deck.articles.filter((a) => a.id === card.source.articleId);
	const raw = { format: 'newsdeck', version: 1, id: deck.id, title: deck.title, language: deck.language, createdAt: deck.createdAt, articles, cards: [card] };
	try {
		return { card: toDeck(raw, 'this card').cards[0] };
	} catch (e) {
		if (!(e instanceof DeckError)) throw e;
		return { problems: e.problems };
	}
}

/** Text of a list field in a textarea: one item per line. */
export const linesOf = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** Maps DeckError problems to fields: `cards[3].choices: …` → key "3.choices"; others go under "deck". */
export function fieldErrors(problems: string[]): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const p of problems) {
		const m = /^cards\[(\d+)\]\.?([a-z]+)?[^:]*:\s*(.*)$/i.exec(p);
		const key = m ? `${m[1]}.${m[2] ?? 'card'}` : /^(title|description)\b/.test(p) ? p.split(/[.:[]/)[0] : 'deck';
		(out[key] ??= []).push(m ? m[3] : p);
	}
	return out;
}

/** What the teacher says of one article: its date (YYYY-MM-DD), outlet and link; prefilled from the text until edited. */
export interface ArticleMeta {
	title: string;
	date: string;
	outlet: string;
	url: string;
	/** Fields the teacher changed, which a new prefill leaves alone. */
	edited: Partial<Record<'date' | 'outlet' | 'url', true>>;
}

/** A generated card's place among its article's cards (the generator lists each article's cards best first). */
export interface CardRank {
	pos: number;
	of: number;
}

/** Below this answer confidence (the speaker ranker's or entity typer's probability) a generated card asks for a check. */
export const SURE = 0.9;

/**
 * True for the cards the generator was least sure of: an answer extraction gave a confidence under SURE, or else the
 * last third of an article's ranked cards (articles of 3 or more). A card added by hand has neither.
 */
export const leastSure = (r: CardRank | undefined, confidence?: number): boolean =>
	(confidence !== undefined && confidence < SURE) || (!!r && r.of >= 3 && r.pos >= r.of - Math.floor(r.of / 3));

/** Problems with the teacher's article fields, naming the article (the date must be a real day, the link a web address). */
export function checkMetas(metas: ArticleMeta[]): string[] {
	const out: string[] = [];
	metas.forEach((m, i) => {
		const name = `Article ${i + 1}${m.title ? ` (“${m.title.slice(0, 60)}”)` : ''}`;
		if (m.date && (!/^\d{4}-\d{2}-\d{2}$/.test(m.date) || Number.isNaN(Date.parse(m.date)))) out.push(`${name}: the date must be a day, YYYY-MM-DD.`);
		if (m.url) {
			let ok = false;
			try {
				ok = /^https?:$/.test(new URL(m.url).protocol);
			} catch {
				ok = false;
			}
			if (!ok) out.push(`${name}: the link must be a web address starting with https://`);
		}
	});
	return out;
}

/** Each card's place among its article's cards, in the order the generator listed them (best first). */
export function rankCards(cards: Card[]): Map<string, CardRank> {
	const byArticle = new Map<string, string[]>();
	for (const c of cards) byArticle.set(c.source.articleId, [...(byArticle.get(c.source.articleId) ?? []), c.id]);
	const out = new Map<string, CardRank>();
	for (const ids of byArticle.values()) ids.forEach((id, pos) => out.set(id, { pos, of: ids.length }));
	return out;
}
