/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: precache the app shell, built assets and decks; answer navigations with the shell.
import { build, files, prerendered, version } from '$service-worker';
import { entriesToDrop, STORED_AT } from '$lib/offline/runtime-cache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `newsdeck-${version}`;
// Files fetched while online (decks, catalogs), capped and expired so it cannot grow without end.
const RUNTIME = `newsdeck-runtime-${version}`;
const SHELL = '/';
// README screenshots ship in static/ for the manifest and docs but are not needed offline.
const PRECACHE = [...new Set([...build, ...files.filter((f) => !f.startsWith('/screenshots/')), ...prerendered, SHELL])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE && key !== RUNTIME) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page asks the waiting worker to take over only when the learner clicks "Reload".
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') sw.skipWaiting();
});

// One store at a time: concurrent trims would each miss the others' entries.
let storing = Promise.resolve();

/** Queues `store`, so the runtime cache is trimmed after every entry. */
function keep(request: Request, res: Response): Promise<void> {
	storing = storing.then(() => store(request, res)).catch((e) => console.warn('runtime cache', e));
	return storing;
}

/** Stores a response in the runtime cache with its time, then drops expired entries and the oldest beyond the cap. */
async function store(request: Request, res: Response): Promise<void> {
	const cache = await caches.open(RUNTIME);
	const headers = new Headers(res.headers);
	headers.set(STORED_AT, String(Date.now()));
	// Re-storing a URL moves it to the end, so the cap drops the least recently fetched.
	await cache.delete(request);
	await cache.put(request, new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers }));
	const keys = await cache.keys();
	const entries = await Promise.all(keys.map(async (key) => ({ key, storedAt: Number((await cache.match(key))?.headers.get(STORED_AT) ?? 0) })));
	for (const key of entriesToDrop(entries, Date.now())) await cache.delete(key);
}

async function fromNetworkThenCache(request: Request, event: FetchEvent): Promise<Response> {
	try {
		const res = await fetch(request);
		// Only whole, same-origin answers are kept (a 206 partial or an opaque response cannot be cached safely).
		if (res.status === 200 && res.type === 'basic') event.waitUntil(keep(request, res.clone()));
		return res;
	} catch (e) {
		const hit = (await (await caches.open(RUNTIME)).match(request, { ignoreSearch: true })) ?? (await (await caches.open(CACHE)).match(request, { ignoreSearch: true }));
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
