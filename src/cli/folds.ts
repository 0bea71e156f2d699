/** Shared training helpers: deterministic folds by article name, and writing a weights file. */
import { writeFileSync } from 'node:fs';
import type { Weights } from '../lib/generator/extract/12-ranker';

/** Deterministic fold of an article (by a hash of its name). */
export function foldOf(stem: string, k: number): number {
	let h = 2166136261;
	for (const ch of stem) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
	return h % k;
}

/** Writes learned weights as a TypeScript data file (weights under `min` dropped, keys sorted). */
export function writeWeights(path: string, name: string, what: string, doc: string, w: Weights, min = 0.005): void {
	const body = Object.entries(w).filter(([, v]) => Math.abs(v) >= min).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `\t${JSON.stringify(k)}: ${v.toFixed(3)}`).join(',\n');
	writeFileSync(path, `/** ${what} (data only); rewritten by \`npm run train\`. */\nimport type { Weights } from '../extract/12-ranker';\n\n/** ${doc} */\nexport const ${name}: Weights = {\n${body}\n};\n`);
	console.log(`wrote ${path} (${body.split('\n').length} weights)`);
}
