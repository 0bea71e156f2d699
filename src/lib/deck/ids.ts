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

/** 64-bit FNV-1a hash of a string, as 13 base-36 digits. */
export function hash64(s: string): string {
	let h = 0xcbf29ce484222325n;
	const prime = 0x100000001b3n;
	const mask = 0xffffffffffffffffn;
	// Over UTF-16 code units: no TextEncoder, so the deck folder needs no DOM or Node lib.
	for (let i = 0; i < s.length; i++) {
		h ^= BigInt(s.charCodeAt(i));
		h = (h * prime) & mask;
	}
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
