import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract';

const speakerOf = (text: string, start: string) => extractFacts(` date 2025-03-14 A story\n\n${text}`).quotes.find((q) => q.text.replace(/^[“"]/, '').startsWith(start.replace(/^“/, '')))?.speaker;

describe('learned speaker ranker', () => {
	it('credits the named officer, not the organisation or person they speak for', () => {
		const text = 'Senator Ruth Calder visited the plant on Monday.\n\n“The numbers speak for themselves and we will keep going,” said Calder campaign spokesman Tomas Brandt.';
		expect(speakerOf(text, '“The numbers')).toBe('Tomas Brandt');
	});
	it('binds "she said" to the woman just named, not the article’s main person', () => {
		const text = 'Mayor Peter Olsen opened the bridge on Friday. Olsen said the work was late. Olsen praised the builders.\n\nAnna Kovacs, who lives nearby, was less pleased.\n\n“It took four years and nobody asked us,” she said.';
		expect(speakerOf(text, '“It took')).toBe('Anna Kovacs');
	});
	it('refuses a description of another nation ("the Iranian president" is not the Russian one)', () => {
		const text = 'Iranian President Omid Farahani met Russian President Pavel Lentov in Geneva.\n\n“Our ministers will meet again next month,” Lentov told reporters.\n\n“Nothing has been decided yet on the gas deal,” said the Iranian president.';
		expect(speakerOf(text, '“Nothing')).toBe('Omid Farahani');
	});
	it('gives a confidence to every quote, and no speaker when the text does not name one', () => {
		const f = extractFacts(' date 2025-03-14 A story\n\nTwo men and a woman waited outside.\n\n“We have waited long enough for this decision,” one of them shouted.\n\n“The deal is good for the town and for the region,” Mayor Peter Olsen said.');
		const [vague, named] = f.quotes;
		expect(vague.speaker).toBeNull();
		expect(named.speaker).toBe('Peter Olsen');
		expect(named.confidence).toBeGreaterThan(0.8);
	});
	it('marks the one told right after the cue as the listener, and the ranker learned to count against it', async () => {
		const { traceSpeakers } = await import('./extract');
		const { SPEAKER_WEIGHTS } = await import('../model/speaker-weights');
		const text = ' date 2025-03-14 A story\n\nMayor Peter Olsen met Anna Kovacs on Monday.\n\n“The bridge will open in May,” he told Kovacs.';
		const [t] = traceSpeakers(text, SPEAKER_WEIGHTS);
		const kovacs = t.cands.find((c) => c.e?.mentions.some((m) => m.text === 'Kovacs'));
		expect(kovacs?.f.listener).toBe(1);
		expect(SPEAKER_WEIGHTS.listener).toBeLessThan(0);
	});
	it('reads the one a quote is said of as a listener too, with no first-name-after-the-cue features', async () => {
		const { traceSpeakers } = await import('./extract');
		const { SPEAKER_WEIGHTS } = await import('../model/speaker-weights');
		const text = ' date 2025-03-14 A story\n\nMayor Peter Olsen met Tom Hale on Monday.\n\n“He has to learn to adapt to every market,” Olsen said of Hale.';
		const [t] = traceSpeakers(text, SPEAKER_WEIGHTS);
		const hale = t.cands.find((c) => c.e?.mentions.some((m) => m.text === 'Hale'));
		expect(hale?.f.listener).toBe(1);
		expect(hale?.f.firstAfter).toBeUndefined();
		expect(hale?.f['subj:after']).toBeUndefined();
		expect(t.cands[t.chosen].e?.mentions.some((m) => m.text === 'Olsen')).toBe(true);
	});
});
