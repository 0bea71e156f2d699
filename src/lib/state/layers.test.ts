// Pages and components go through state classes; only src/lib (state, import, …) reaches db/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .svelte/.ts file under a folder. */
function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(svelte|ts|js)$/.test(name) ? [path] : [];
	});
}

/** Import lines (static, dynamic, type-only or re-export) that name a db/ module. */
function dbImports(source: string): string[] {
	return source.split('\n').filter((line) => /(\bfrom\s*|\bimport\s*\(?\s*)['"](\$lib\/db|(\.\.?\/)+(lib\/)?db)(\/[^'"]*)?['"]/.test(line));
}

describe('layers', () => {
	it('recognises every way of reaching db/', () => {
		expect(dbImports(`import { live } from '$lib/db/live';`)).toHaveLength(1);
		expect(dbImports(`import type { X } from "../db/repo";`)).toHaveLength(1);
		expect(dbImports(`const m = await import('../../db/queue');`)).toHaveLength(1);
		expect(dbImports(`export { a } from '$lib/db';`)).toHaveLength(1);
		expect(dbImports(`import { liveDeck } from '$lib/state/deck.svelte';\nimport x from '../dbx';`)).toEqual([]);
	});

	it('Dexie is imported only inside src/lib/db (one module owns the database)', () => {
		const found = [...files('src/routes'), ...files('src/lib')]
			.filter((f) => !f.startsWith(join('src', 'lib', 'db')) && !f.endsWith('layers.test.ts'))
			.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((line) => /\bfrom\s*['"]dexie['"]|import\(\s*['"]dexie['"]/.test(line)).map((line) => `${f}: ${line.trim()}`));
		expect(found).toEqual([]);
	});

	for (const dir of ['src/routes', 'src/lib/components']) {
		it(`${dir} never imports db/ (pages read and write through src/lib/state)`, () => {
			const found = files(dir).flatMap((f) => dbImports(readFileSync(f, 'utf8')).map((line) => `${f}: ${line.trim()}`));
			expect(found).toEqual([]);
		});
	}
});
