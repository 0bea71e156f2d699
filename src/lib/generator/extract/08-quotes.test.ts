import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './02-sentences';
import { findQuoteSpans, isQuotation } from './08-quotes';
import { extractFacts } from './extract';

const quotes = (t: string) =>
	findQuoteSpans(splitParagraphs(t))
		.filter((q) => isQuotation(q))
		.map((q) => q.text);

describe('quotes', () => {
	it('finds curly, straight and guillemet quotes', () => {
		expect(quotes('“We will build the road,” she said.')).toEqual(['We will build the road,']);
		expect(quotes('He said: "This is a very good day."')).toEqual(['This is a very good day.']);
		expect(quotes('«Nous sommes tous très fiers» dit-il.')).toEqual(['Nous sommes tous très fiers']);
	});
	it('drops scare quotes of 1-3 words', () => {
		expect(quotes('He called it a “witch hunt” again and the “so called plan” too.')).toEqual([]);
	});
	it('splits a quote interrupted by a cue into two pieces', () => {
		expect(quotes('“We tried our best,” he said, “and we will try again tomorrow.”')).toEqual([
			'We tried our best,',
			'and we will try again tomorrow.'
		]);
	});
	it('reopens a multi-paragraph quote in each paragraph', () => {
		const t = '“The first part goes on here.\n\n“The second part ends here,” she said.';
		expect(quotes(t)).toEqual(['The first part goes on here.', 'The second part ends here,']);
	});
	it('finds single-quoted quotes but not apostrophes', () => {
		expect(quotes("‘We will not back down now,’ she said of the workers’ strike.")).toEqual(['We will not back down now,']);
		expect(quotes("The countries’ leaders didn’t agree on the farmers’ plan today.")).toEqual([]);
	});
	it('offsets point at the quoted text', () => {
		const t = 'Intro.\n\nShe said: “Our team will keep working hard.”';
		const q = findQuoteSpans(splitParagraphs(t))[0];
		expect(t.slice(q.start, q.end)).toBe(q.text);
	});
});

describe('quotes: reopened sentences and line breaks', () => {
	it('starts a new quote at each reopening mark after a sentence end', () => {
		expect(quotes('“We have done the work on this. “The next part of it will be harder.')).toEqual(['We have done the work on this.', 'The next part of it will be harder.']);
	});
	it('ends an unclosed quote at a line break after a finished sentence', () => {
		const t = '“We will lift the order once the council meets.\nLater, the leader spoke “with a firm wish to calm the country”, aides said.';
		expect(quotes(t)).toEqual(['We will lift the order once the council meets.', 'with a firm wish to calm the country']);
	});
	it('keeps a Title Case quote introduced by a colon, drops a bare title', () => {
		const t = 'Mayor Lee: “We Will Rebuild This Town Together”\n\nShe read “Songs About Rivers And Mountains” aloud.';
		const spans = findQuoteSpans(splitParagraphs(t));
		expect(spans.filter((q) => isQuotation(q, t.slice(Math.max(0, q.open - 4), q.open))).map((q) => q.text)).toEqual(['We Will Rebuild This Town Together']);
	});
	it('reads a curly mark typed the wrong way round by its neighbours', () => {
		expect(quotes('“The road will be built by spring,“ said Ada Lee. “We are quite sure now.”')).toEqual(['The road will be built by spring,', 'We are quite sure now.']);
		expect(quotes('She said: ”We will build the road soon.”')).toEqual(['We will build the road soon.']);
	});
});

describe('years written short', () => {
	it('reads an apostrophe before a two-digit year as no quotation', () => {
		const t = "Headline\n\nJohnson said in '08 that the early willingness of black voters to back Obama mattered. He backed him in the '90s too, and said 'we will win this time' on Monday.";
		expect(extractFacts(t).quotes.map((q) => q.text)).toEqual(['we will win this time']);
	});
});
