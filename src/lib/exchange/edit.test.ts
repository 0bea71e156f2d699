import { describe, expect, it } from 'vitest';
import { blankCard, checkArticles, checkEditedCard, checkMetas, editCard, fieldErrors, leastSure, rankCards, sentencesOf, setAnswer, splitPasted } from './edit';
import type { Card } from '../deck/schema';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { toDeck } from '../deck/parse';
import { DeckError } from '../deck/errors';

describe('editor helpers', () => {
	it('splits pasted text into articles at --- lines', () => {
		expect(splitPasted('One article.\n---\nTwo article.\n  ----  \n\n').map((a) => a.content)).toEqual(['One article.', 'Two article.']);
	});

	it('refuses empty, short, binary and huge articles by name', () => {
		expect(checkArticles([])).toEqual(['Paste an article (or drop .txt / .md files) first.']);
		expect(checkArticles([{ content: 'too short', file: 'a.txt' }])).toEqual(['a.txt: too short to make cards from (fewer than 8 words).']);
		expect(checkArticles([{ content: 'x\u0000'.repeat(20), file: 'b.txt' }])[0]).toMatch(/^b\.txt: this is a binary file/);
		expect(checkArticles([{ content: 'word '.repeat(50_000), file: 'c.md' }])[0]).toMatch(/^c\.md: 250,000 characters/);
	});

	it('lists sentences with offsets that slice back to them', () => {
		const deck = sampleDeck();
		const s = sentencesOf(deck);
		expect(s.map((x) => x.sentence)).toContain('The river council approved the plan in March 2023.');
		for (const x of s) expect(deck.articles[0].text.slice(x.start, x.end)).toBe(x.sentence);
	});

	it('a blank card gets a fresh id and, once filled, the deck is valid', () => {
		const deck = sampleDeck();
		const card = blankCard(deck, sentencesOf(deck)[2]);
		expect(deck.cards.map((c) => c.id)).not.toContain(card.id);
		deck.cards.push(card);
		expect(() => toDeck(deck)).toThrow(DeckError);
		card.prompt = 'Who opposed the plan?';
		card.answer = 'The Green League';
		expect(toDeck(deck).cards).toHaveLength(4);
	});

	it('changing the answer of a choice card changes the matching choice', () => {
		const card = sampleDeck().cards[0];
		setAnswer(card, 'Ana R. Ruiz');
		expect(card.choices).toEqual(['Ana R. Ruiz', 'Tom Berg', 'Lea Voss', 'Omar Hale']);
	});

	it('maps DeckError problems to card fields', () => {
		expect(
			fieldErrors(['cards[3].choices: answer "x" is not among the choices', 'cards[0].prompt: expected a non-empty string', 'title: expected a non-empty string', 'articles[0].id: bad'])
		).toEqual({
			'3.choices': ['answer "x" is not among the choices'],
			'0.prompt': ['expected a non-empty string'],
			title: ['title: expected a non-empty string'],
			deck: ['articles[0].id: bad']
		});
	});
});

describe('article fields and card ranks', () => {
	const meta = (date: string, url: string, title = 'Vote') => ({ title, date, outlet: '', url, edited: {} });

	it('accepts an empty or real date and an http(s) link; names the article otherwise', () => {
		expect(checkMetas([meta('', ''), meta('2025-03-14', 'https://news.example/a')])).toEqual([]);
		expect(checkMetas([meta('2025-3-14', ''), meta('', 'javascript:alert(1)', 'Bridge'), meta('', 'news.example')])).toEqual([
			'Article 1 (“Vote”): the date must be a day, YYYY-MM-DD.',
			'Article 2 (“Bridge”): the link must be a web address starting with https://',
			'Article 3 (“Vote”): the link must be a web address starting with https://'
		]);
	});

	it('ranks cards within their article in the generator order, and marks the last third as least sure', () => {
		const card = (id: string, articleId: string) => ({ id, source: { articleId } }) as unknown as Card;
		const ranks = rankCards(['a1', 'b1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b2'].map((id) => card(id, id[0])));
		expect(ranks.get('a2')).toEqual({ pos: 1, of: 6 });
		expect(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].filter((id) => leastSure(ranks.get(id)))).toEqual(['a5', 'a6']);
		// Too few cards to call any of them the weakest; and a card added by hand has no rank.
		expect(['b1', 'b2'].filter((id) => leastSure(ranks.get(id)))).toEqual([]);
		expect(leastSure(undefined)).toBe(false);
		// An answer the generator gave a low confidence is flagged wherever it ranks; a sure one only by rank.
		expect(leastSure(ranks.get('a1'), 0.86)).toBe(true);
		expect(leastSure(ranks.get('a1'), 0.97)).toBe(false);
		expect(leastSure(ranks.get('a6'), 0.97)).toBe(true);
	});
});

describe('editing a saved card', () => {
	const deck = sampleDeck();
	const info = { id: deck.id, title: deck.title, language: deck.language, createdAt: deck.createdAt, articles: deck.articles };

	it('checks the edited card with the deck schema and names the path of each problem', () => {
		const card = structuredClone(deck.cards[0]);
		editCard(card, 'choices', ['Ana Ruiz']);
		editCard(card, 'prompt', '   ');
		const r = checkEditedCard(info, card);
		expect('problems' in r && r.problems).toEqual(expect.arrayContaining(['cards[0].prompt: expected a non-empty string', 'cards[0].choices: expected at least 2 choices']));
		const fields = fieldErrors('problems' in r ? r.problems : []);
		expect(Object.keys(fields).sort()).toEqual(['0.choices', '0.prompt']);
	});

	it('renames a who-said card’s speaker with its answer, and its answer with its speaker', () => {
		const card = structuredClone(deck.cards.find((c) => c.type === 'who-said')!);
		editCard(card, 'answer', 'Ana M. Ruiz');
		expect(card.fact.name).toBe('Ana M. Ruiz');
		editCard(card, 'speaker', 'Ana Maria Ruiz');
		expect(card.answer).toBe('Ana Maria Ruiz');
	});

	it('keeps choices in step with the answer and accepts a valid edit', () => {
		const card = structuredClone(deck.cards[0]);
		const old = card.answer as string;
		editCard(card, 'answer', 'Ana M. Ruiz');
		editCard(card, 'accept', ['Ruiz', 'Mayor Ruiz']);
		expect(card.choices).toContain('Ana M. Ruiz');
		expect(card.choices).not.toContain(old);
		const r = checkEditedCard(info, card);
		expect('card' in r && r.card).toMatchObject({ id: deck.cards[0].id, answer: 'Ana M. Ruiz', accept: ['Ruiz', 'Mayor Ruiz'] });
		editCard(card, 'accept', []);
		expect(card.accept).toBeUndefined();
	});
});
