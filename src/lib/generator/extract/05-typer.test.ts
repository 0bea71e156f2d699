import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract';

const kinds = (text: string, typer?: null) => {
	const f = extractFacts(`Headline\n\n${text}`, typer === null ? { typer } : {});
	return { people: f.people.map((x) => x.name), places: f.places.map((x) => x.name), groups: f.groups.map((x) => x.name) };
};

describe('learned chunk typer', () => {
	it('types names the rules leave unknown or get wrong, from their context', () => {
		const text = 'The striker joined Feyenoord from Ajax in a deal worth 4 million guilders.';
		expect(kinds(text, null).groups).toEqual([]);
		expect(kinds(text).groups).toEqual(['Feyenoord', 'Ajax']);
		const goals = 'Halvorsen scored twice as the visitors won 3-1, and Brekke added a late goal.';
		expect(kinds(goals, null).people).toEqual(['Brekke']);
		expect(kinds(goals).people).toEqual(['Halvorsen', 'Brekke']);
	});
	it('never overrules a listed name or an organisation head word', () => {
		const t = kinds('The Iranian envoy flew from the US to Canada with a message for the Chilean army.');
		expect(t.places).toEqual(expect.arrayContaining(['US', 'Canada']));
		expect(t.groups).toContain('Chilean army');
	});
});
