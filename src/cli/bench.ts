/** `npm run bench`: prints speed and size numbers (no assertions; machines are noisy). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../lib/generator/index';
import { routeJsGzipBytes } from './bundle-size';

function seedInputs() {
	return readdirSync('seeds')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => ({ content: readFileSync(join('seeds', f), 'utf8'), file: f }));
}

/** Articles per second of the whole generator (text -> deck) over the seed articles. */
function generatorSpeed(): number {
	const inputs = seedInputs();
	const run = () => inputs.forEach((inp) => generate([inp], { now: '2026-01-01T00:00:00.000Z' }));
	for (let i = 0; i < 5; i++) run();
	const t = performance.now();
	let n = 0;
	while (performance.now() - t < 2000) {
		run();
		n += inputs.length;
	}
	return n / ((performance.now() - t) / 1000);
}

const rows: [string, string][] = [];
rows.push(['generator: articles/second (seeds, text -> deck)', generatorSpeed().toFixed(1)]);
try {
	rows.push(['study page JS (gzip, kB)', (routeJsGzipBytes('deck/[id]/study/+page.svelte') / 1024).toFixed(1)]);
} catch (e) {
	rows.push(['study page JS (gzip, kB)', `n/a (${(e as Error).message})`]);
}
for (const [k, v] of rows) console.log(`${k.padEnd(52)} ${v}`);
