import { describe, expect, it } from 'vitest';
import { deckFileName } from './download';

describe('deckFileName', () => {
	it('names files by the deck title', () => {
		expect(deckFileName('Lakeside bridge opens', 'json')).toBe('lakeside-bridge-opens.json');
		expect(deckFileName('Peña’s “reform”: week 3/4', 'txt', '-anki')).toBe('penas-reform-week-3-4-anki.txt');
		expect(deckFileName('انتخابات 2024', 'json')).toBe('انتخابات-2024.json');
		expect(deckFileName('***', 'csv')).toBe('deck.csv');
		expect(deckFileName('a'.repeat(100), 'json')).toBe('a'.repeat(60) + '.json');
		expect(deckFileName('Pezeshkian and Putin discussed the latest developments in Syria on the phone', 'json')).toBe(
			'pezeshkian-and-putin-discussed-the-latest-developments-in.json'
		);
	});
});
