import adapter from '@sveltejs/adapter-static';

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
				// Decks and catalogs can be imported from any https URL.
				'connect-src': ['self', 'https:'],
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
