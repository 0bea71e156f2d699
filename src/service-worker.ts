/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: precache the app shell, built assets and decks; answer navigations with the shell.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `newsdeck-${version}`;
const SHELL = '/';
// README screenshots ship in static/ for the manifest and docs but are not needed offline.
const PRECACHE = [...new Set([...build, ...files.filter((f) => !f.startsWith('/screenshots/')), ...prerendered, SHELL])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page asks the waiting worker to take over only when the learner clicks "Reload".
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') sw.skipWaiting();
});

async function fromNetworkThenCache(request: Request, event: FetchEvent): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const res = await fetch(request);
		// Only whole, same-origin answers are kept (a 206 partial or an opaque response cannot be cached safely).
		if (res.status === 200 && res.type === 'basic') event.waitUntil(cache.put(request, res.clone()));
		return res;
	} catch (e) {
		const hit = await cache.match(request, { ignoreSearch: true });
		if (hit) return hit;
		throw e;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (request.mode === 'navigate') {
		// Every route is the same SPA shell; serve it from cache so deep links work offline.
		event.respondWith(
			(async () => {
				const cache = await caches.open(CACHE);
				try {
					const res = await fetch(request);
					if (res.ok) return res;
					return (await cache.match(SHELL)) ?? res;
				} catch {
					return (await cache.match(SHELL)) ?? Response.error();
				}
			})()
		);
		return;
	}
	// Built assets are immutable: cache first. Decks and other files: network first, cache when offline.
	if (build.includes(url.pathname)) {
		event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
	} else {
		event.respondWith(fromNetworkThenCache(request, event));
	}
});
