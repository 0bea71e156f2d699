import adapter from '@sveltejs/adapter-static';

/**
 * The sync server the built app may talk to besides https: SYNC_ORIGIN at build time (one http(s) origin, no path or
 * wildcard), by default the local `npm run sync-server`. Nothing wider is allowed.
 */
export function syncOrigin(text = process.env.SYNC_ORIGIN ?? 'http://localhost:5984') {
	const url = new URL(text);
	if (!/^https?:$/.test(url.protocol) || url.origin !== text.replace(/\/$/, '') || text.includes('*')) {
		throw new Error(`SYNC_ORIGIN: expected an origin like https://couch.example.org, got ${JSON.stringify(text)}`);
	}
	return url.origin;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// SPA: every unknown URL (and offline deep links via the service worker) gets 200.html.
		adapter: adapter({ fallback: '200.html', strict: false }),
		paths: { relative: false },
		serviceWorker: { register: false },
		// Deck text is never trusted: even if markup slipped through, no inline or foreign script may run.
		// Hashes of SvelteKit's own inline boot script are added to the built pages' <meta> CSP.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// WebAssembly (sql.js, for Anki .apkg files) may compile; eval and inline scripts stay blocked.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Decks and catalogs can be imported from any https URL; sync talks to the configured sync server.
				'connect-src': ['self', 'https:', syncOrigin()],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
