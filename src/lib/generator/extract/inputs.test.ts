// Hostile inputs finish: cost grows linearly with the input (vitest's timeout is the guard; `npm run bench` prints the times).
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../errors';
import { MAX_INPUT_CHARS } from '../limits';
import { MAX_LINE } from './01-read';
import { splitParagraphs } from './02-sentences';
import { findQuoteSpans } from './08-quotes';
import { extractFacts } from './extract';
import { quoteHeavy, unpunctuatedLine } from './fixtures/big-inputs';

describe('generator inputs', () => {
	it('finishes one 2 MB line with no punctuation, in sentences no longer than a line', { timeout: 60_000 }, () => {
		const f = extractFacts(unpunctuatedLine(2_000_000));
		const sentences = f.sentences ?? [];
		expect(sentences.length).toBeGreaterThan(2_000_000 / MAX_LINE - 1);
		expect(sentences.reduce((n, s) => Math.max(n, s.text.length), 0)).toBeLessThanOrEqual(MAX_LINE);
		expect(f.people.length + f.places.length + f.groups.length).toBeGreaterThan(0);
	});

	it('finishes 180 kB of short quotations and still finds the real ones', { timeout: 20_000 }, () => {
		const f = extractFacts(quoteHeavy(180_000));
		expect(f.quotes.map((q) => q.text)).toContain('We will win this vote,');
	});

	it('finishes 180 kB of single-quote openers that never close', { timeout: 15_000 }, () => {
		const f = extractFacts('Title\n\n' + "Ann said 'tis so ".repeat(10_000));
		expect(f.sentences ?? []).not.toHaveLength(0);
	});

	it('finds quotations in a paragraph holding more of them than a call stack can spread', { timeout: 60_000 }, () => {
		const t = '"a" '.repeat(300_000);
		expect(findQuoteSpans(splitParagraphs(t))).toHaveLength(300_000);
	});

	it('refuses an article over the limit at once, naming its size and the limit', () => {
		const big = 'x'.repeat(MAX_INPUT_CHARS + 1);
		expect(() => extractFacts(big)).toThrow(GeneratorError);
		expect(() => extractFacts(big)).toThrow(`article is 6,000,001 characters; the limit is 6,000,000`);
	});
});
