import { describe, expect, it } from 'vitest';
import { stripControls } from './controls';
import { toDeck, parseCatalog } from './parse';
import { sampleDeck } from './fixtures/sample-deck';

const RLO = '\u202e';

describe('control characters', () => {
	it('strips bidi overrides, isolates and C0/C1 controls, keeping newlines and tabs', () => {
		expect(stripControls(`a${RLO}b\u202a\u2066c\u2069\u0000\u0007\r\u0085d\n\te`)).toBe('abcd\n\te');
	});

	it('are stripped from every deck text at parse, and source offsets still point at the sentence', () => {
		const deck = sampleDeck();
		deck.title = `${RLO}Lakeside bridge opens`;
		deck.cards[0].prompt = `Who said${RLO} this?`;
		deck.cards[0].choices = deck.cards[0].choices!.map((c) => `\u2067${c}\u2069`);
		deck.cards[0].answer = `\u2067Ana Ruiz\u2069`;
		const a = deck.articles[0];
		// Controls before and inside a source sentence: its offsets must move with the text.
		const bent = (t: string) => t.replace('Ruiz said.', `Ruiz${RLO} said.`);
		a.text = bent(a.text).replace('Monday. ', `Monday.${RLO}\r\n`);
		for (const c of deck.cards) {
			const sentence = bent(c.source.sentence);
			const start = a.text.indexOf(sentence);
			c.source = { ...c.source, sentence, start, end: start + sentence.length };
		}
		const out = toDeck(deck, 'x.json');
		expect(out.title).toBe('Lakeside bridge opens');
		expect(out.cards[0].prompt).toBe('Who said this?');
		expect(out.cards[0].answer).toBe('Ana Ruiz');
		expect(out.articles[0].text).toContain('on Monday.\n"This bridge');
		for (const c of out.cards) expect(out.articles[0].text.slice(c.source.start, c.source.end)).toContain(c.source.sentence);
		expect(JSON.stringify(out)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\r]/);
	});

	it('are stripped from catalogs', () => {
		const cat = parseCatalog(JSON.stringify({ format: 'newsdeck-catalog', version: 1, decks: [{ id: 'd', title: `${RLO}Week 1`, cards: 1, date: null, file: 'd.json' }] }));
		expect(cat.decks[0].title).toBe('Week 1');
	});
});
