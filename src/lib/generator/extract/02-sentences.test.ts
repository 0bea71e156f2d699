import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './02-sentences';

describe('sentences', () => {
	it('splits paragraphs on blank lines, also with CRLF', () => {
		const t = 'One.\r\n\r\nTwo two.\n\nThree.';
		const p = splitParagraphs(t);
		expect(p.map((x) => x.text)).toEqual(['One.', 'Two two.', 'Three.']);
		for (const x of p) expect(t.slice(x.start, x.end)).toBe(x.text);
	});
	it('does not split after titles, initials or U.S.', () => {
		const t = 'Sen. Ann Lee met Dr. Bo Chan in the U.S. capital. Then J. Smith left.';
		const s = splitSentences(t, splitParagraphs(t));
		expect(s.map((x) => x.text)).toEqual(['Sen. Ann Lee met Dr. Bo Chan in the U.S. capital.', 'Then J. Smith left.']);
	});
	it('splits after a closing quote and keeps “…,” he said together', () => {
		const t = '“We will win,” he said. “Nobody doubts it.” She agreed.';
		const s = splitSentences(t, splitParagraphs(t));
		expect(s.map((x) => x.text)).toEqual(['“We will win,” he said.', '“Nobody doubts it.”', 'She agreed.']);
	});
});

describe('case names', () => {
	it('reads "v." in a case name as no sentence end', () => {
		const t = 'After the Smith v. Jones decision in June, Olsen spoke. He left.';
		expect(splitSentences(t, splitParagraphs(t)).map((s) => s.text)).toEqual(['After the Smith v. Jones decision in June, Olsen spoke.', 'He left.']);
	});
});
