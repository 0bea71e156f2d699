/** Loads sql.js (SQLite in WebAssembly) on first use: the module and its .wasm are bundled with the app, never fetched from elsewhere. */
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

/** sql.js, ready; loaded once, only by the pages that read or write .apkg files (a dynamic import keeps it out of other bundles). */
export function loadSqlJs(): Promise<SqlJsStatic> {
	loading ??= (async () => {
		const [{ default: initSqlJs }, { default: wasmUrl }] = await Promise.all([import('sql.js'), import('sql.js/dist/sql-wasm-browser.wasm?url')]);
		return initSqlJs({ locateFile: () => wasmUrl });
	})();
	loading.catch(() => (loading = null));
	return loading;
}
