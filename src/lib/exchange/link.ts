/** Where a link carries a deck (`https://app/#deck=…`, the fragment no server sees) and its limits; the codec is link-codec.ts, loaded on use. */

/** The fragment key: `https://app/#deck=…`. */
export const FRAGMENT_KEY = 'deck';
/** Longest link the app makes (characters): chat apps, mail and QR scanners pass links of this size. */
export const MAX_LINK_CHARS = 32_000;
/** How a link-carried deck is named in error messages (there is no file). */
export const LINK_SOURCE = 'the link';

/** The payload of a `#deck=…` fragment (with or without `#`), or null when the fragment carries no deck. */
export function fragmentPayload(hash: string): string | null {
	const h = hash.replace(/^#/, '');
	return h.startsWith(`${FRAGMENT_KEY}=`) ? h.slice(FRAGMENT_KEY.length + 1) : null;
}
