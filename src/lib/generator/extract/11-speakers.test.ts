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

describe('speakers: organisations, appositions and clause shapes', () => {
	it('reads "it added" and "the statement said" as the organisation that spoke last', () => {
		const t = 'The Harbour Authority said it “regretted the long delay at the gates” on Friday. “Our crews are working through the night on repairs,” it added.\n\nThe statement said the port “will reopen for ships next week.”';
		expect(speakers(t)).toEqual(['Harbour Authority', 'Harbour Authority', 'Harbour Authority']);
	});
	it('recognises a demonym army as a speaker', () => {
		expect(speakers('An Estonian army statement said that “the drill went exactly as it was planned.”')).toEqual(['Estonian army']);
	});
	it('joins an acronym to its long form', () => {
		const t = 'The Board of Rail Safety met on Monday.\n\nThe BRS said: “We will publish the full report in May.”';
		expect(speakers(t)).toEqual(['Board of Rail Safety']);
	});
	it('gives "a spokesman for X" to X and "the X spokesman" to the named spokesman', () => {
		expect(speakers('A spokeswoman for the Delta Bank said: “Rates will stay where they are for now.”')).toEqual(['Delta Bank']);
		const t = 'Harbour Authority spokesman Piet Dorn spoke first.\n\n“Nothing has changed for the ships at all,” the Harbour Authority spokesman said.';
		expect(speakers(t)).toEqual(['Piet Dorn']);
	});
	it('skips a relative clause between the name and the cue', () => {
		expect(speakers('Former mayor Ines Moll, who ran alongside Karl Brandt, tweeted, “It is not over until the count is over.”')).toEqual(['Ines Moll']);
	});
	it('treats "X\'s office said" as the office, not X', () => {
		const q = extractFacts('Headline\n\nPrime Minister Ola Berg\'s office said a “deal was now clearly within reach” after the call.').quotes;
		expect(q[0].speaker).toBe("Prime Minister Ola Berg's office");
	});
	it('takes the speaker after the cue when the words before it name nobody', () => {
		expect(speakers('The city is cautious — “a second vote would be useful for everyone” to settle it, said spokesman Ivo Lind.')).toEqual(['Ivo Lind']);
	});
	it('skips a scare quote inside the cue clause', () => {
		const t = 'The Rowing Council met.\n\nIt said the crews would be “sent home” for the season “instead of a ban from every race”.';
		expect(speakers(t)).toEqual(['Rowing Council']);
	});
	it('reads roles from an apposition', () => {
		const t = 'The Minister of Water, Odile Fenn, spoke before the vote.\n\n“The dam is safe and it will stay safe,” the minister warned.';
		expect(speakers(t)).toEqual(['Odile Fenn']);
	});
	it('only takes a pronoun that can be the subject of the cue', () => {
		const t = 'Mara Voss, 61, said it was too early to celebrate but added, “We know what the result will be tonight.”';
		expect(speakers(t)).toEqual(['Mara Voss']);
	});
	it('reads a colon after a name or after a subject clause', () => {
		expect(speakers('The result does not surprise analyst Rui Costa: “Small parties always do well in spring.”')).toEqual(['Rui Costa']);
		expect(speakers('Senator Alma Reyes gave a warning to Tom Hale: “Stop attacking the people you ran against.”')).toEqual(['Alma Reyes']);
		expect(speakers('Dana Kirk spoke next.\n\nShe went on: “It is like a leaking roof that nobody wants to fix.”')).toEqual(['Dana Kirk']);
	});
	it('hands the floor to "X, for his part" for a later role description', () => {
		const t = 'President Ilse Varga called Holm on Monday.\n\n“We are ready to help the region now,” the president stated.\n\nHolm, for his part, stated that his country agreed.\n\n“We believe the talks will go well this week,” the president continued.';
		expect(speakers(t)).toEqual(['Ilse Varga', 'Holm']);
	});
	it('reads a bare title or an appositive role back to the person introduced with it', () => {
		const quote = '\n\n“We will act again if prices keep rising,” the ';
		for (const [intro, cue] of [
			['Central Bank Governor Mira Lund held rates. Treasurer Olaf Brandt welcomed the move.', 'Central Bank Governor said.'],
			['Mira Lund, the bank governor, held rates. Olaf Brandt, the treasurer, agreed.', 'governor said.']
		]) expect(speakers(intro + quote + cue)).toEqual(['Mira Lund']);
		expect(extractFacts('Headline\n\nTreasurer Olaf Brandt spoke.').people.map((p) => p.name)).toEqual(['Olaf Brandt']);
	});
	it('keeps "Will" as a first name after a cue', () => {
		expect(speakers('“It is a very costly model,” said Will Dorn, a professor.')).toEqual(['Will Dorn']);
	});
});
