import { describe, expect, it } from 'vitest';
import { clozeCards, parseChoices, toCloze } from './fields';

describe('Anki fields', () => {
	it('turns a prompt with one blank into cloze text, and nothing else', () => {
		expect(toCloze('On ____, Vucic repeated his claim.', '3 March 2025')).toBe('On {{c1::3 March 2025}}, Vucic repeated his claim.');
		expect(toCloze('Who said it?', 'Ana Ruiz')).toBeNull();
		expect(toCloze('From ____ to ____', '2014')).toBeNull();
		expect(toCloze('The ____ summit', 'a::b')).toBeNull();
		expect(toCloze('A <b> ____ & co', 'x')).toBe('A &lt;b&gt; {{c1::x}} &amp; co');
	});

	it('gives one card per cloze number, with hints dropped and the other deletions shown', () => {
		expect(clozeCards('{{c1::Lima}} is the capital of {{c2::Peru::a country}}; {{c1::Lima}} is big.')).toEqual([
			{ n: 1, prompt: '____ is the capital of Peru; ____ is big.', answer: 'Lima … Lima' },
			{ n: 2, prompt: 'Lima is the capital of ____; Lima is big.', answer: 'Peru' }
		]);
		expect(clozeCards('no deletions')).toEqual([]);
	});

	it('reads choices from a list or from lines', () => {
		expect(parseChoices('<ol><li>Ana &amp; Tom</li><li>Lea</li></ol>')).toEqual(['Ana & Tom', 'Lea']);
		expect(parseChoices('Ana<br>Lea<br/> <br>Omar')).toEqual(['Ana', 'Lea', 'Omar']);
		expect(parseChoices('')).toEqual([]);
	});
});
