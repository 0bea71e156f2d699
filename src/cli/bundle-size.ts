/** Measures the gzip size of the JavaScript a route needs, from the Vite manifest of the last build. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const OUT = '.svelte-kit/output/client';
const GEN = '.svelte-kit/generated/client-optimized';

interface Chunk {
	file: string;
	imports?: string[];
}

/** Gzip bytes of all JS loaded for the route whose component path contains `routeFile` (plus the app entry and root layout). */
export function routeJsGzipBytes(routeFile: string): number {
	const manifestPath = join(OUT, '.vite/manifest.json');
	if (!existsSync(manifestPath)) throw new Error('no build found: run `npm run build` first');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
	const nodes = readdirSync(join(GEN, 'nodes'));
	const node = nodes.find((n) => readFileSync(join(GEN, 'nodes', n), 'utf8').includes(routeFile));
	if (!node) throw new Error(`no route component matching ${routeFile}`);
	const roots = [`${GEN}/app.js`, `${GEN}/nodes/0.js`, `${GEN}/nodes/${node}`, 'node_modules/@sveltejs/kit/src/runtime/client/entry.js'];
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key) || !manifest[key]) return;
		seen.add(key);
		for (const dep of manifest[key].imports ?? []) visit(dep);
	};
	roots.forEach(visit);
	let total = 0;
	for (const key of seen) total += gzipSync(readFileSync(join(OUT, manifest[key].file))).length;
	return total;
}
