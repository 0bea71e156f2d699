/** A deck carried inside its own link: JSON, deflate-raw compressed, base64url in the URL fragment (no server sees it). */
import { deflateSync, Inflate } from 'fflate';
import type { Deck } from '../deck/schema';
import { DeckError } from '../deck/errors';
import { parseDeck, MAX_DECK_CHARS } from '../deck/parse';
import { FRAGMENT_KEY, LINK_SOURCE, MAX_LINK_CHARS } from './link';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding (RFC 4648 §5), safe in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const left = bytes.length - i;
		out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (left > 1 ? B64[(n >> 6) & 63] : '') + (left > 2 ? B64[n & 63] : '');
	}
	return out;
}

/** base64url text back to bytes, or null when a character is not base64url (or the length cannot be). */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let acc = 0;
	let at = 0;
	for (const ch of text) {
		const v = B64.indexOf(ch);
		if (v < 0) return null;
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (acc >> bits) & 255;
		}
	}
	return out.subarray(0, at);
}

/** The fragment (without `#`) that carries the whole deck. */
export function deckFragment(deck: Deck): string {
	const bytes = new TextEncoder().encode(JSON.stringify(deck));
	return `${FRAGMENT_KEY}=${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

/** The app link that carries the deck, or null when it would be longer than `max` characters. */
export function deckLink(origin: string, deck: Deck, max = MAX_LINK_CHARS): string | null {
	const link = `${origin}/#${deckFragment(deck)}`;
	return link.length <= max ? link : null;
}

/** Inflates at most `max` bytes: a tiny fragment must not unpack into gigabytes (a "zip bomb"). */
function inflateLimited(data: Uint8Array, max: number): Uint8Array {
	const parts: Uint8Array[] = [];
	let total = 0;
	const inflate = new Inflate((chunk) => {
		total += chunk.length;
		if (total > max) throw new DeckError([`the deck in it unpacks to more than ${Math.round(max / 1048576)} MB, the limit`], LINK_SOURCE);
		parts.push(chunk);
	});
	inflate.push(data, true);
	const out = new Uint8Array(total);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** Reads the deck a link carries, checked with the one deck schema; throws a DeckError in plain words. */
export function readDeckFragment(payload: string, max = MAX_DECK_CHARS): Deck {
	const bytes = fromBase64Url(payload.trim());
	if (!bytes || bytes.length === 0) throw new DeckError(['it does not carry a deck (the part after "#deck=" is not in the expected code; the link may be cut off or mistyped)'], LINK_SOURCE);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(inflateLimited(bytes, max));
	} catch (e) {
		if (e instanceof DeckError) throw e;
		throw new DeckError(['it does not carry a deck (its data cannot be unpacked; the link may be cut off or mistyped)'], LINK_SOURCE);
	}
	return parseDeck(text, LINK_SOURCE);
}
