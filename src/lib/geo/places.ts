/** Matches a deck's place names to world-atlas countries and to city coordinates (pure; data passed in). */

/** How world-atlas (Natural Earth, 110m) spells countries that news usually names otherwise. */
const ATLAS_ALIASES: Record<string, string> = {
	'united states': 'United States of America',
	us: 'United States of America',
	'u.s.': 'United States of America',
	usa: 'United States of America',
	america: 'United States of America',
	uk: 'United Kingdom',
	'u.k.': 'United Kingdom',
	britain: 'United Kingdom',
	'great britain': 'United Kingdom',
	england: 'United Kingdom',
	scotland: 'United Kingdom',
	wales: 'United Kingdom',
	'northern ireland': 'United Kingdom',
	'democratic republic of the congo': 'Dem. Rep. Congo',
	drc: 'Dem. Rep. Congo',
	'central african republic': 'Central African Rep.',
	'south sudan': 'S. Sudan',
	'bosnia and herzegovina': 'Bosnia and Herz.',
	bosnia: 'Bosnia and Herz.',
	'dominican republic': 'Dominican Rep.',
	'equatorial guinea': 'Eq. Guinea',
	'ivory coast': "Côte d'Ivoire",
	"cote d'ivoire": "Côte d'Ivoire",
	eswatini: 'eSwatini',
	swaziland: 'eSwatini',
	'north macedonia': 'Macedonia',
	'czech republic': 'Czechia',
	'solomon islands': 'Solomon Is.',
	'western sahara': 'W. Sahara',
	burma: 'Myanmar',
	türkiye: 'Turkey',
	turkiye: 'Turkey',
	holland: 'Netherlands',
	'the netherlands': 'Netherlands',
	'gaza strip': 'Palestine',
	gaza: 'Palestine',
	'west bank': 'Palestine',
	'east timor': 'Timor-Leste',
	'falkland islands': 'Falkland Is.',
	crimea: 'Ukraine',
	donbas: 'Ukraine',
	tibet: 'China',
	'hong kong': 'China'
};

/** A city row: [name, longitude, latitude, population]. */
export type CityRow = [string, number, number, number];

/** Where a deck's places go on the map. */
export interface PlaceMatch {
	/** Atlas country name -> the deck's place names shaded in it. */
	countries: Map<string, string[]>;
	/** Cities with coordinates. */
	cities: { name: string; lon: number; lat: number }[];
	/** Places the map cannot locate (regions, seas, unknown towns). */
	unplaced: string[];
}

/** Places each name on a country shape (by name or alias) or a city point, or lists it as unplaced. */
export function matchPlaces(names: string[], atlasCountries: string[], cities: CityRow[]): PlaceMatch {
	const atlas = new Map(atlasCountries.map((n) => [n.toLowerCase(), n]));
	const cityIndex = new Map<string, CityRow>();
	for (const c of cities) if (!cityIndex.has(c[0].toLowerCase())) cityIndex.set(c[0].toLowerCase(), c);
	const out: PlaceMatch = { countries: new Map(), cities: [], unplaced: [] };
	for (const name of [...new Set(names)].sort()) {
		const key = name.toLowerCase().replace(/^the /, '');
		const country = atlas.get(key) ?? ATLAS_ALIASES[key];
		if (country && atlas.has(country.toLowerCase())) {
			const list = out.countries.get(country) ?? [];
			list.push(name);
			out.countries.set(country, list);
			continue;
		}
		const city = cityIndex.get(key);
		if (city) out.cities.push({ name, lon: city[1], lat: city[2] });
		else out.unplaced.push(name);
	}
	return out;
}
