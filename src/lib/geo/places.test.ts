import { describe, expect, it } from 'vitest';
import { matchPlaces, type CityRow } from './places';

const atlas = ['United States of America', 'United Kingdom', 'Syria', 'Russia'];
const cities: CityRow[] = [['Aleppo', 37.16, 36.2, 1600000], ['Springfield', -89.6, 39.8, 110000], ['Springfield', -72.6, 42.1, 150000]];

describe('matchPlaces', () => {
	it('puts countries (by name or alias) on shapes, cities on points, and lists the rest', () => {
		const m = matchPlaces(['Syria', 'the US', 'Britain', 'Aleppo', 'Mediterranean', 'United States'], atlas, cities);
		expect(m.countries.get('United States of America')).toEqual(['United States', 'the US']);
		expect(m.countries.get('United Kingdom')).toEqual(['Britain']);
		expect(m.countries.get('Syria')).toEqual(['Syria']);
		expect(m.cities).toEqual([{ name: 'Aleppo', lon: 37.16, lat: 36.2 }]);
		expect(m.unplaced).toEqual(['Mediterranean']);
	});
	it('takes the first (largest, as the data is written) city of a name', () => {
		expect(matchPlaces(['Springfield'], atlas, cities).cities[0].lon).toBe(-89.6);
	});
});
