import { samePerson } from '../cards/03-names';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract';

const names = (t: string) => {
	const f = extractFacts('Headline\n\n' + t);
	return { people: f.people.map((e) => e.name), places: f.places.map((e) => e.name), groups: f.groups.map((e) => e.name) };
};

describe('entities', () => {
	it('merges surname and title mentions into the full name', () => {
		const f = extractFacts('Headline\n\nForeign Minister Ilse Varga arrived. Later, Varga spoke. Ms Varga left.');
		expect(f.people).toHaveLength(1);
		expect(f.people[0].name).toBe('Ilse Varga');
		expect(f.people[0].mentions).toHaveLength(3);
	});
	it('keeps demonyms out of places and reads country aliases', () => {
		const r = names('The Iranian envoy flew from the US to Canada with a Kenyan official.');
		expect(r.places).toEqual(expect.arrayContaining(['US', 'Canada']));
		expect(r.places).not.toContain('Iranian');
	});
	it('links an acronym defined in parentheses', () => {
		const f = extractFacts('Headline\n\nThe Northern Farmers Union (NFU) met. Later the NFU voted.');
		expect(f.groups.map((g) => g.name)).toEqual(['Northern Farmers Union']);
		expect(f.groups[0].mentions.map((m) => m.text)).toEqual(['Northern Farmers Union', 'NFU', 'NFU']);
	});
	it('types organisations by head word and splits lists', () => {
		const r = names('Officials from the Ministry of Water and the Blue River Company visited Rwanda and Uganda.');
		expect(r.groups).toEqual(expect.arrayContaining(['Ministry of Water', 'Blue River Company']));
		expect(r.places).toEqual(expect.arrayContaining(['Rwanda', 'Uganda']));
	});
	it('finds names that are in no list from their context', () => {
		expect(names('Talks went on, Zorvath said on Monday.').people).toEqual(['Zorvath']);
	});
	it('joins an acronym to the long form whose initials spell it', () => {
		const f = extractFacts('Headline\n\nThe Court of Appeal for Sport ruled. Later the Cas said it was done.');
		expect(f.groups.map((g) => g.name)).toEqual(['Court of Appeal for Sport']);
	});
	it('types a name defined with an acronym, or followed by "group", as an organisation', () => {
		expect(names('Yesterday, Jabhat Noor al-Din (JND) moved south. The JND held the town.').groups).toEqual(['Jabhat Noor al-Din']);
		expect(names('Troops fought the Kassar Ulm terrorist group near the river.').groups).toEqual(['Kassar Ulm']);
	});
	it('splits a person off an organisation or party label before the name', () => {
		const r = names('Officials at the Rail Safety Commission Mark Dunn leads were told. Ohio Republican Peter Vance agreed.');
		expect(r.people).toEqual(expect.arrayContaining(['Mark Dunn', 'Peter Vance']));
		expect(r.groups).toContain('Rail Safety Commission');
	});
	it('splits "A and B" into two names and reads sentence-initial speakers', () => {
		const f = extractFacts('Headline\n\nVarga and Holm met on Monday.\n\nHolm, for his part, stated that talks went well. Varga said little.');
		expect(f.groups).toEqual([]);
		expect(f.people.map((p) => p.name).sort()).toEqual(['Holm', 'Varga']);
	});
	it('keeps "New" in New York names and reads the demonym army', () => {
		expect(names('The New York Times and the Chilean army both reported it.').groups).toEqual(expect.arrayContaining(['New York Times', 'Chilean army']));
	});
	it('drops a disease name trailing a company name', () => {
		expect(names('Trials of the Norvax Covid-19 vaccine ended, and Norvax Labs said so.').groups).toContain('Norvax Labs');
		expect(names('Trials of the Norvax Covid-19 vaccine ended.').people).toEqual([]);
	});
	it('types compass regions, "city of X" and datelines as places', () => {
		const r = names('Rain fell across East Africa and in the city of Varnok.\n\nOSTRAVIN BAY, Wexland (AP) — Crowds met in Ostravin Bay on Friday.');
		expect(r.places).toEqual(expect.arrayContaining(['East Africa', 'Varnok']));
		expect(r.places.some((p) => /ostravin bay/i.test(p))).toBe(true);
		expect(r.people).toEqual([]);
	});
	it('reads unlisted outlets and platforms from context', () => {
		const r = names('Lena Haas wrote on Zintra Social that she told the Morning Ledger everything, as Baltic Wire reports.');
		expect(r.groups).toEqual(expect.arrayContaining(['Zintra Social', 'Morning Ledger', 'Baltic Wire']));
		expect(r.people).toEqual(['Lena Haas']);
	});
	it('keeps storms, demonym phrases and bylines out of people', () => {
		const r = names('Hurricane Orla hit hard. Orla was worse than any Southeast Asian storm, said Mark Cuban.');
		expect(r.people).toEqual(['Mark Cuban']);
		expect(names('Ledger Post Staff Writer\n\nThe vote passed.').groups).toContain('Ledger Post');
	});
	it('splits a person from a listed place joined by "and"', () => {
		expect(names('Talks with Ada Obi and South Africa went on.').people).toEqual(['Ada Obi']);
	});
	it('merges romanised variants of one name, never two different people', () => {
		const f = extractFacts('Headline\n\nPresident Yoon Suk Yeol spoke. Later, Yun said he would stay, and Yoon Seok-yeol returned.');
		expect(f.people).toHaveLength(1);
		expect(f.people[0].mentions).toHaveLength(3);
		expect(names('Kim Jong-un met Kim Jong-il. Lee Jae-myung met Lee Jae-yong.').people).toHaveLength(4);
	});
	it('keeps headings, sentence-initial common words and "of Place" out of names', () => {
		expect(names('FULL TEXT OF THE SPEECH\n\nThe vote passed.').people).toEqual([]);
		expect(names('Pollster Ann Selzer ran the survey, said the pollster.').people).toEqual(['Ann Selzer']);
		const r = names('Senator Ted Cruz of Texas spoke in the U.S. While Cruz spoke, others left.');
		expect(r.people).toEqual(['Ted Cruz']);
		expect(r.places).toEqual(expect.arrayContaining(['Texas']));
	});
	it('splits "X and <first name> Y" and keeps capitalised adjectives out of places', () => {
		const r = names('Voters in Republican primaries backed Sanders and Donald Trump, said Ana Ruiz, a Republican of Ohio.');
		expect(r.people).toEqual(['Donald Trump', 'Ana Ruiz']);
		expect(r.places).toEqual(['Ohio']);
		expect(r.groups).toEqual([]);
	});
});

describe('generational suffixes', () => {
	it('keeps "Jr" with the name it closes, and the surname joins that person', () => {
		const f = extractFacts('Headline\n\nMartin Luther King Jr. spoke in Memphis.\n\n“We have a long way to go before the city listens,” King said.');
		expect(f.people.map((p) => p.name)).toEqual(['Martin Luther King Jr']);
		expect(f.quotes[0].speaker).toBe('Martin Luther King Jr');
	});
});

describe('one person, one entity', () => {
	it('joins a leader’s initials and a part of a hyphenated surname to the person', () => {
		const a = extractFacts('Headline\n\nPresident Andrés Manuel López Obrador spoke on Monday.\n\n“We will not stop the train,” AMLO said.');
		expect(a.people.map((p) => p.name)).toEqual(['Andrés Manuel López Obrador']);
		expect(a.groups).toEqual([]);
		expect(a.quotes[0].speaker).toBe('Andrés Manuel López Obrador');
		const b = extractFacts('Headline\n\nFinance minister Ana Lima-Souza presented the budget on Monday.\n\n“This budget protects every family in the country,” Souza said.');
		expect(b.people.map((p) => p.name)).toEqual(['Ana Lima-Souza']);
		expect(b.quotes[0].speaker).toBe('Ana Lima-Souza');
	});
});

describe('lists of people', () => {
	it('reads "Chris Cole and Jeb Barr" as two people', () => {
		const f = extractFacts('Headline\n\nChris Cole and Jeb Barr attacked the plan on Monday.');
		expect(f.people.map((p) => p.name).sort()).toEqual(['Chris Cole', 'Jeb Barr']);
	});
	it('makes one person of a short first name and its formal form ("Bill" and "William J."), never of two first names', () => {
		const f = extractFacts(' date 2016-03-01 Vote\n\nFormer President William J. Clinton spoke in Ohio on Monday. Bill Clinton said the party would win. Hillary Clinton thanked the crowd.\n');
		expect(f.people.map((p) => p.name).sort()).toEqual(['Hillary Clinton', 'William J. Clinton']);
		expect(samePerson('Mike Pence', 'Michael R. Pence')).toBe(true);
		expect(samePerson('Bill Clinton', 'Hillary Clinton')).toBe(false);
	});
	it('reads "first name, surname of the X Center" as a person of an organisation', () => {
		const r = names('The claim is a stretch, Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote. John Jay College of Criminal Justice agreed.');
		expect(r.people).toEqual(['Jeffrey Lewis']);
		expect(r.groups).toEqual(expect.arrayContaining(['James Martin Center for Nonproliferation Studies', 'John Jay College of Criminal Justice']));
	});
	it('reads the names of a results table (scores, not a headline’s Title Case): players and teams', () => {
		const r = names('Leading scores after the first round of the open:\n\n66 Peter Vance, Martin Okafor (Kenya)\n70 Anna Petrova, Grace Holloway\n\nDivision two: Lincoln 2 Plymouth 1, Preston 0 Swansea 3');
		expect(r.people).toEqual(expect.arrayContaining(['Peter Vance', 'Martin Okafor', 'Anna Petrova', 'Grace Holloway']));
		expect(r.groups).toEqual(expect.arrayContaining(['Plymouth', 'Preston', 'Swansea']));
		expect(r.places).toEqual(['Kenya']);
	});
	it('reads the sides of a score or a standings row as teams, even when named after a town', () => {
		const r = names('Results of the games on Tuesday.\n\nSeattle 10 BALTIMORE 3\nBoston 4 CALIFORNIA 1\n\nLOS ANGELES 71 61 .538 2\n\nThe fans flew from Denver to Boston on Tuesday.');
		expect(r.groups).toEqual(expect.arrayContaining(['Seattle', 'BALTIMORE', 'Boston', 'CALIFORNIA', 'LOS ANGELES']));
		expect(r.places).toEqual(expect.arrayContaining(['Denver']));
	});
});

