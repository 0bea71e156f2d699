import { describe, expect, it } from 'vitest';
import { generate } from '../index';
import { occasion } from './07-attribution';
import { recalledInside } from './08-quotes';
import { namesSomeone } from './14-worth';
import type { Ent } from './02-entities';

const olsen: Ent = { kind: 'person', name: 'Peter Olsen', forms: ['Peter Olsen', 'Olsen'], giveaways: [], mentions: [], level: 'person', first: 0, quotes: 1, human: true, described: false, gender: 'm', confidence: 1 };

describe('where and when the quoted words were said', () => {
	it('reads the setting from the reporter’s words, never the quote’s, and not one that points at the speaker', () => {
		expect(occasion('“We will build it,” Olsen said in an interview with Elm Radio on Friday.', olsen)).toBe('in an interview with Elm Radio');
		expect(occasion('Speaking at a rally in Northfield, Olsen said: “The bridge is open.”', olsen)).toBe('at a rally in Northfield');
		expect(occasion('“It is open,” Olsen told reporters in Northfield.', olsen)).toBe('to reporters in Northfield');
		expect(occasion('“It is open,” Olsen said during Thursday’s debate.', olsen)).toBe('during Thursday’s debate');
		expect(occasion('“It is open,” Olsen said on CNN’s State of the Union.', olsen)).toBe('on CNN’s State of the Union');
		expect(occasion('“It is open,” Olsen said in his speech.', olsen)).toBe('in a speech');
		// The quote's own words are no setting; an interview with Olsen names the speaker; "told him" points back.
		expect(occasion('“I said in an interview with Elm Radio that it is open,” Olsen said.', olsen)).toBe('');
		expect(occasion('“It is open,” the mayor said in an interview with Peter Olsen’s radio show.', olsen)).toBe('');
		expect(occasion('“It is open,” Olsen told him.', olsen)).toBe('');
		// A setting in another clause ("he described a rally") is not where the words were said.
		expect(occasion('Olsen described what he saw at a rally in Northfield last year. “It is open,” Olsen said.', olsen)).toBe('');
	});

	it('asks who said a quote with its month and setting, and only the month when the text gives no setting', () => {
		const text = ` date 2025-03-14 Elm bridge opens after four years of work\n\nMayor Peter Olsen opened the new bridge over the Elm river on Friday.\n\n“Every town on the Elm river deserves a bridge that stays open in winter,” Olsen said at a ceremony in Northfield on Friday.\n\nGovernor Lena Vogt paid for half of the Elm bridge.\n\n“The state will pay for two more bridges on the Elm river by 2030,” Vogt said on Friday.\n\nSenator Anna Kovacs and Tom Reyes of the builders’ union were there.\n`;
		const prompts = generate([{ content: text }], { now: '2025-03-14T00:00:00.000Z' }).cards.filter((c) => c.type === 'who-said').map((c) => c.prompt);
		expect(prompts).toContain('Who said at a ceremony in Northfield in March 2025: “Every town on the Elm river deserves a bridge that stays open in winter”?');
		expect(prompts).toContain('In March 2025, who said “The state will pay for two more bridges on the Elm river by 2030”?');
	});
});

describe('blanks about someone', () => {
	it('keeps a blank whose prompt names a person, place or group, not one that names only a day or no one', () => {
		expect(namesSomeone('Fill in the number: The St. Paul council voted ____ to 1.')).toBe(true);
		expect(namesSomeone('Fill in the number: The billionaire businessman now enjoys ____% support.')).toBe(false);
		expect(namesSomeone('Fill in the date: The council voted on ____ to approve it, Monday aside.')).toBe(false);
		expect(namesSomeone('Fill in the number: Our “Elm Valley” plan costs ____ dollars.')).toBe(false);
	});
});

describe('the month of a quote', () => {
	it('gives the month to words dated to the news (“said on Friday”) or in an article that stays in its year, never to words dated earlier', () => {
		const base = ` date 2025-03-14 Elm bridge opens after four years of work\n\nMayor Peter Olsen opened the new bridge over the Elm river on Friday.\n\nGovernor Lena Vogt paid for half of the Elm bridge.\n\n`;
		const prompt = (para: string) => generate([{ content: base + para + '\n' }], { now: '2025-03-14T00:00:00.000Z' }).cards.find((c) => c.type === 'who-said')?.prompt;
		expect(prompt('“The state will pay for two more bridges on the Elm river by 2030,” Vogt wrote in December.')).toBe('Who said “The state will pay for two more bridges on the Elm river by 2030”?');
		expect(prompt('“The state will pay for two more bridges on the Elm river by 2030,” Vogt said last year.')).toBe('Who said “The state will pay for two more bridges on the Elm river by 2030”?');
		expect(prompt('“The state will pay for two more bridges on the Elm river by 2030,” Vogt said on Friday.')).toBe('In March 2025, who said “The state will pay for two more bridges on the Elm river by 2030”?');
		// Undated words in an article that never leaves its own year are the news's.
		expect(prompt('“The state will pay for two more bridges on the Elm river by 2030,” Vogt said.')).toBe('In March 2025, who said “The state will pay for two more bridges on the Elm river by 2030”?');
		// After the article has gone back to another year, undated words may be old ones it recalls: no month.
		expect(prompt('Vogt first backed a bridge in 2008.\n\n“The state will pay for two more bridges on the Elm river by 2030,” Vogt said.')).toBe('Who said “The state will pay for two more bridges on the Elm river by 2030”?');
	});
});

describe('words recalled inside a quote', () => {
	it('knows a quotation opened inside another, after "he said,", from one the reporter introduces', () => {
		const nested = "''We argued for waiting,'' recalled Mr. Olsen. ''She said, 'We cannot wait.'.''";
		expect(recalledInside(nested, nested.indexOf('We cannot'))).toBe(true);
		const plain = 'Olsen spoke on Friday. He said, “We cannot wait.”';
		expect(recalledInside(plain, plain.indexOf('We cannot'))).toBe(false);
	});
});

describe('the outlet’s own judgement', () => {
	it('puts a prompt with loaded words as the article’s account', () => {
		const text = ` date 2016-05-14 Harbour row deepens\n\nMayor Grace Holloway made an inexplicable decision to sell the old ferry docks to Brightwater Holdings on Friday, angering the Harbour Board.\n`;
		const prompts = generate([{ content: text, file: 'h.txt' }], { now: '2016-05-14T00:00:00.000Z' }).cards.map((c) => c.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((p) => p.includes('inexplicable')).every((p) => /^(?:Fill in the [^:]+: )?According to the article, /.test(p))).toBe(true);
		expect(prompts.some((p) => p.includes('inexplicable'))).toBe(true);
	});
});

describe('the month of a quote, from the scene before it', () => {
	it('gives no month when the sentence before the quote dates the words to another year', () => {
		const text = ` date 2016-01-14 Elm bridge row\n\nMayor Peter Olsen opened the new bridge over the Elm river on Friday.\n\nGovernor Lena Vogt paid for half of the Elm bridge. In a 1999 interview, the governor talked about the river. “The state will pay for two more bridges on the Elm river by 2030,” Vogt said.\n`;
		const who = generate([{ content: text }], { now: '2016-01-14T00:00:00.000Z' }).cards.find((c) => c.type === 'who-said');
		expect(who?.prompt).toBe('Who said “The state will pay for two more bridges on the Elm river by 2030”?');
	});
});

describe('a surname two people share', () => {
	it('asks no quote credited by a surname another person of the article also has, unless the full name is beside it', () => {
		const text = ` date 2016-06-20 Elm bridge vote\n\nSenator Chris Murphy spoke after the Elm bridge vote. Anne Marie Murphy, a teacher, had asked for the bridge in 2012.\n\n“The Elm river bridge vote shows the Senate can still act for towns like ours,” Murphy said.\n\n“Every town on the Elm river deserves a bridge that stays open in winter,” said Senator Chris Murphy.\n`;
		const quotes = generate([{ content: text }], { now: '2016-06-20T00:00:00.000Z' }).cards.filter((c) => c.fact.kind === 'quote').map((c) => c.fact.text ?? '');
		expect(quotes.some((q) => q.includes('can still act'))).toBe(false);
		expect(quotes.some((q) => q.includes('stays open in winter'))).toBe(true);
	});
});

describe('quotes shown whole', () => {
	it('asks who said a quote only when it is shown whole, not cut at its start or end', () => {
		const base = ` date 2025-03-14 Elm bridge opens after four years of work\n\nMayor Peter Olsen opened the new bridge over the Elm river on Friday.\n\nGovernor Lena Vogt paid for half of the Elm bridge.\n\n`;
		const whoSaid = (para: string) => generate([{ content: base + para + '\n' }], { now: '2025-03-14T00:00:00.000Z' }).cards.filter((c) => c.type === 'who-said').map((c) => c.fact.text);
		expect(whoSaid('“The state will pay for two more bridges on the Elm river by 2030,” Vogt said on Friday.')).toEqual(['The state will pay for two more bridges on the Elm river by 2030']);
		// The first sentence leans on words before it ("That"), so only a cut quote could be shown: no card.
		expect(whoSaid('“That is why we came. The state will pay for two more bridges on the Elm river by 2030,” Vogt said on Friday.')).toEqual([]);
	});
});
