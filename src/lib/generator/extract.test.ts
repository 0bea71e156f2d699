import { describe, expect, it } from 'vitest';
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
	it('survives HTML, CRLF and large input', () => {
		expect(extractFacts('<p>“We are ready for the next step,” Ana Ruiz said.</p>').quotes[0].speaker).toBe('Ana Ruiz');
		expect(extractFacts('T\r\n\r\n“We are ready for the next step,” Ana Ruiz said.\r\n').quotes[0].speaker).toBe('Ana Ruiz');
		const big = 'Tom Reed said on Monday: “We are ready for this now.” '.repeat(40000);
		const t0 = performance.now();
		extractFacts(big);
		expect(performance.now() - t0).toBeLessThan(10000);
	});
});
