// The library is prerendered as the app shell (index.html) that the service worker caches.
export const prerender = true;
