/** Stable identifiers: a card's id comes from its type and normalised fact, never from position or time. */

/** Lower-case, strip diacritics and punctuation, fold white space. */
export function normalise(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * 64-bit FNV-1a hash of a string, as 13 base-36 digits. Computed in four 16-bit limbs with plain numbers:
 * a BigInt step per character took seconds on a 20 MB deck (hashed on every import).
 */
export function hash64(s: string): string {
	// Offset basis 0xcbf29ce484222325, lowest limb first.
	let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
	// Over UTF-16 code units: no TextEncoder, so the deck folder needs no DOM or Node lib.
	for (let i = 0; i < s.length; i++) {
		h0 ^= s.charCodeAt(i);
		// Times the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64.
		const t0 = h0 * 0x1b3;
		const t1 = h1 * 0x1b3 + (t0 >>> 16);
		const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
		const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
		h0 = t0 & 0xffff;
		h1 = t1 & 0xffff;
		h2 = t2 & 0xffff;
		h3 = t3 & 0xffff;
	}
	const h = (BigInt(h3) << 48n) | (BigInt(h2) << 32n) | (BigInt(h1) << 16n) | BigInt(h0);
	return h.toString(36).padStart(13, '0');
}

/** Card id from its type and the parts of the fact that identify it (in a fixed order). */
export function cardId(type: string, ...factParts: (string | null | undefined)[]): string {
	const key = [type, ...factParts.map((p) => normalise(p ?? ''))].join('|');
	return `${type}-${hash64(key)}`;
}

/** A deck or article id from a title or file name: lower-case slug plus a short hash for uniqueness. */
export function slugId(s: string, salt = ''): string {
	const slug = normalise(s).replace(/'/g, '').replace(/ /g, '-').slice(0, 48).replace(/-+$/, '');
	return `${slug || 'deck'}-${hash64(s + '|' + salt).slice(0, 6)}`;
}
