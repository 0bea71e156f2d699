import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// SPA: every unknown URL (and offline deep links via the service worker) gets 200.html.
		adapter: adapter({ fallback: '200.html', strict: false }),
		paths: { relative: false },
		serviceWorker: { register: false }
	}
};

export default config;
