// A client-only SPA: pages render in the browser from IndexedDB; the fallback page serves every route.
export const ssr = false;
export const prerender = false;
