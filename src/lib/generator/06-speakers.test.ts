import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract';

const speakers = (t: string) => extractFacts('Headline\n\n' + t).quotes.map((q) => q.speaker);

describe('speakers', () => {
	it('reads "said X" and an appositive after the name', () => {
		expect(speakers('“The market will recover next spring,” said Dr. Lena Ortiz, an economist at the Delta Bank.')).toEqual(['Lena Ortiz']);
		expect(speakers('Lena Ortiz, an economist at the Delta Bank, said: “The market will recover next spring.”')).toEqual(['Lena Ortiz']);
	});
	it('resolves pronouns by gender and recency', () => {
		const t = 'Anna Pike met Tom Hale on Monday. She said she was pleased.\n\n“We have a plan for the harbour now,” she said.\n\nHale was less sure. “The plan is far too expensive,” he said.';
		expect(speakers(t)).toEqual(['Anna Pike', 'Tom Hale']);
	});
	it('carries the speaker across an interrupted quote and a continuation paragraph', () => {
		const t = '“We tried our very best,” Tom Hale said, adding: “We will try again next year.”\n\n“Nobody should give up on this.';
		expect(speakers(t)).toEqual(['Tom Hale', 'Tom Hale', 'Tom Hale']);
	});
	it('resolves organisation descriptions and "according to"', () => {
		const t = 'The Ministry of Health issued new rules.\n\nThe ministry said the rules were “needed to protect every patient.”\n\n“Hospitals are already full,” according to the Nurses Union.';
		expect(speakers(t)).toEqual(['Ministry of Health', 'Nurses Union']);
	});
	it('returns null when the text does not say', () => {
		expect(speakers('A banner over the road read “welcome home to all of you” in red letters.')).toEqual([null]);
	});
});
