/** Control characters are stripped from deck text at parse: bidi overrides could reverse the app's own text beside them. */

// Bidi embeddings/overrides (U+202A–U+202E), isolates (U+2066–U+2069) and C0/C1 controls except tab and newline.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without control characters (newlines and tabs are kept). */
export function stripControls(s: string): string {
	return s.replace(CONTROLS, '');
}

/** Maps an offset in `s` to the same place in `stripControls(s)`. */
function offsetMap(s: string): (i: number) => number {
	const removed: number[] = [];
	for (const m of s.matchAll(CONTROLS)) removed.push(m.index);
	return (i) => {
		let n = 0;
		while (n < removed.length && removed[n] < i) n++;
		return i - n;
	};
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every string of a parsed value without control characters. */
export function stripAll(value: unknown): unknown {
	if (typeof value === 'string') return stripControls(value);
	if (Array.isArray(value)) return value.map(stripAll);
	if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAll(v)]));
	return value;
}

/** Offset maps of each article's text by article id, so card offsets can follow the stripped text. */
export type OffsetMaps = Map<string, (i: number) => number>;

/** The offset map of every article of a raw deck. */
export function articleOffsetMaps(raw: Record<string, unknown>): OffsetMaps {
	const maps: OffsetMaps = new Map();
	for (const a of Array.isArray(raw.articles) ? raw.articles : []) {
		if (isObject(a) && typeof a.id === 'string' && typeof a.text === 'string') maps.set(stripControls(a.id), offsetMap(a.text));
	}
	return maps;
}

/** One raw card without control characters; its source offsets follow its article's stripped text. */
export function stripCardControls(card: unknown, maps: OffsetMaps): unknown {
	const c = stripAll(card);
	const s = isObject(c) ? c.source : undefined;
	const map = isObject(s) && typeof s.articleId === 'string' ? maps.get(s.articleId) : undefined;
	if (!map || !isObject(s) || typeof s.start !== 'number' || typeof s.end !== 'number') return c;
	return { ...(c as Record<string, unknown>), source: { ...s, start: map(s.start), end: map(s.end) } };
}

/** A raw (not yet validated) deck without control characters; card source offsets follow their article's text. */
export function stripDeckControls(raw: Record<string, unknown>): Record<string, unknown> {
	const maps = articleOffsetMaps(raw);
	const { cards, ...head } = raw;
	const deck = stripAll(head) as Record<string, unknown>;
	if ('cards' in raw) deck.cards = Array.isArray(cards) ? cards.map((c) => stripCardControls(c, maps)) : stripAll(cards);
	return deck;
}
