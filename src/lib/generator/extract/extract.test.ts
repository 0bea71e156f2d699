import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../errors';
import { extractFacts } from './extract';

const ART = ` date 2024-12-03 Leaders meet in Geneva

Iranian President Omid Farahani met Russian President Pavel Lentov in Geneva on Monday.

“We agreed to keep talking about the border,” Farahani said.

“The meeting was useful for both sides,” he added.

The Russian president also spoke. “Our ministers will meet again next month,” Lentov told reporters.

“Nothing has been decided yet on the gas deal,” said the Iranian president.

Maria Sols, a spokeswoman for the World Health Organization (WHO), said: “We welcome every step toward peace.”

“We will study the text very carefully,” she said.

The WHO said it was “ready to help in any way it can.”

“This was a long and difficult week,” according to Lentov.`;

describe('extractFacts', () => {
	const f = extractFacts(ART);
	const speakers = f.quotes.map((q) => q.speaker);
	it('finds people, places and groups with canonical names', () => {
		expect(f.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Omid Farahani', 'Pavel Lentov', 'Maria Sols']));
		expect(f.places.map((p) => p.name)).toContain('Geneva');
		expect(f.places.map((p) => p.name)).not.toContain('Iranian');
		expect(f.groups.map((p) => p.name)).toContain('World Health Organization');
	});
	it('attributes names, pronouns, descriptions, organisations and according to', () => {
		expect(speakers).toEqual([
			'Omid Farahani', 'Omid Farahani', 'Pavel Lentov', 'Omid Farahani', 'Maria Sols', 'Maria Sols', 'World Health Organization', 'Pavel Lentov'
		]);
	});
	it('gives offsets into the whole content', () => {
		for (const q of f.quotes) expect(ART.slice(q.start, q.end)).toBe(q.text);
		for (const d of f.dates) expect(ART.slice(d.start, d.end)).toBe(d.text);
		for (const e of [...f.people, ...f.places, ...f.groups]) for (const m of e.mentions) expect(ART.slice(m.start, m.end)).toBe(m.text);
	});
	it('leaves the speaker null when the text does not say', () => {
		expect(extractFacts('Intro line\n\nThe sign read “keep out of this building now” all day.').quotes[0].speaker).toBeNull();
	});
	it('survives HTML, CRLF and a missing date line', () => {
		expect(extractFacts('<p>“We are ready for the next step,” Ana Ruiz said.</p>').quotes[0].speaker).toBe('Ana Ruiz');
		expect(extractFacts('T\r\n\r\n“We are ready for the next step,” Ana Ruiz said.\r\n').quotes[0].speaker).toBe('Ana Ruiz');
		const f = extractFacts('T\n\nAna Ruiz left on Monday, in May 2020.');
		expect(f.date).toBeNull();
		expect(f.dates.map((d) => d.value)).toEqual([null, '2020-05']);
	});
	it('rejects empty and binary input with a clear error', () => {
		expect(() => extractFacts('  \n ')).toThrow(GeneratorError);
		expect(() => extractFacts('abc\u0000def')).toThrow(/binary/);
	});
	it('finishes on 5 MB of text', { timeout: 60000 }, () => {
		const big = ' date 2024-12-03 T\n\nTom Reed said on Monday: “We are ready for this now, today.” By the 24th it ended. '.repeat(50000);
		expect(big.length).toBeGreaterThan(5e6);
		const f = extractFacts(big);
		expect(f.quotes.length).toBeGreaterThan(1000);
	});
});
