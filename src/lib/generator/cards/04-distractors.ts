/** Step 4: wrong answers of the same kind as the key, and deterministic shuffles seeded by the card id. */
import { hash64 } from '../../deck/ids';
import { MONTH_NAMES } from '../model/calendar';
import { hasWords, type Ent } from './02-entities';
import { overlaps } from './03-names';

/** Least extraction confidence for an entity to be an answer or a wrong answer (a building typed as a person is neither). */
export const MIN_ENTITY_CONFIDENCE = 0.75;

/** A PRNG (mulberry32) seeded from a string, so every shuffle is reproducible. */
export function rng(seed: string): () => number {
	let a = parseInt(hash64(seed).slice(-8), 36) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle driven by `rng(seed)`; the input is not modified. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
	const out = items.slice();
	const r = rng(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const PROMPT_GENDER = /\b(he|him|his|she|her|hers)\b/i;

/**
 * Choices for an entity answer: the key plus 3 wrong answers of the same kind and level from the deck itself
 * (a bundled list offers people of another decade and countries any reader rules out), none overlapping the key
 * or named in `prompt`, none excluded by the prompt's pronoun, none `also` marks as possibly right too. Null (a typed card) when fewer than 3 exist.
 */
export function entityChoices(key: Ent, ents: Ent[], prompt: string, seed: string, also?: (x: Ent) => boolean): string[] | null {
	const bad = (n: string) =>
		key.forms.some((f) => overlaps(f, n)) || hasWords(prompt, n);
	// "… as she arrived": the prompt's own pronoun rules out people of the other gender.
	const said = PROMPT_GENDER.exec(prompt.replace(/“[^”]*”/g, ''));
	const gender = said ? (/^(?:he|him|his)$/i.test(said[1]) ? 'm' : 'f') : key.gender;
	const fits = (x: Ent) => key.kind !== 'person' || !gender || x.gender === gender || (!said && !x.gender);
	const deck = ents
		.filter((x) => x !== key && x.kind === key.kind && x.level === key.level && x.confidence >= MIN_ENTITY_CONFIDENCE && (key.kind !== 'person' || (x.human && x.name.includes(' '))) && fits(x))
		.filter((x) => !x.forms.some((f) => key.forms.some((g) => overlaps(f, g))))
		// "Elizabeth Warren-style": a name made into an adjective is no one.
		.filter((x) => !x.giveaways.some((g) => hasWords(prompt, g)) && !also?.(x) && !/-(?:style|like|esque|era|led|backed|based|owned|run|born|linked|allied)$/i.test(x.name))
		.sort((a, b) => b.quotes - a.quotes || b.mentions.length - a.mentions.length || a.first - b.first || (a.name < b.name ? -1 : 1))
		.map((x) => x.name);
	const picked: string[] = [];
	const take = (n: string) => {
		if (picked.length < 3 && !bad(n) && !picked.some((p) => overlaps(p, n))) picked.push(n);
	};
	deck.forEach(take);
	// Fewer than three plausible wrong answers: a typed card, never filler choices.
	if (picked.length < 3) return null;
	return shuffle([key.name, ...picked], seed + '|order');
}


/** A parsed TIMEX3 calendar value at day, month or year precision. */
export interface When {
	y: number;
	m?: number;
	d?: number;
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null for weeks, seasons, decades and the like. */
export function parseValue(v: string | null): When | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v ?? '');
	if (!m) return null;
	return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

/** "2 December 2024", "March 2011" or "2017". */
export function formatWhen(w: When): string {
	if (w.m && w.d) return `${w.d} ${MONTH_NAMES[w.m - 1]} ${w.y}`;
	if (w.m) return `${MONTH_NAMES[w.m - 1]} ${w.y}`;
	return String(w.y);
}

/** Typed forms a learner may enter for a date (ISO, US order, short month). */
export function dateAccepts(w: When): string[] {
	const p = (n: number) => String(n).padStart(2, '0');
	if (w.m && w.d) return [`${w.y}-${p(w.m)}-${p(w.d)}`, `${MONTH_NAMES[w.m - 1]} ${w.d}, ${w.y}`, `${w.d} ${MONTH_NAMES[w.m - 1].slice(0, 3)} ${w.y}`];
	if (w.m) return [`${w.y}-${p(w.m)}`, `${MONTH_NAMES[w.m - 1].slice(0, 3)} ${w.y}`, `${p(w.m)}/${w.y}`];
	return [];
}

/** Sort key of a date value (first day of its period). */
export function whenKey(w: When): number {
	return w.y * 10000 + (w.m ?? 0) * 100 + (w.d ?? 0);
}

/** Shifts a date by days, months or years, keeping its precision. */
function shift(w: When, n: number): When {
	if (w.d && w.m) {
		const t = new Date(Date.UTC(w.y, w.m - 1, w.d + n));
		return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
	}
	if (w.m) {
		const k = w.y * 12 + w.m - 1 + n;
		return { y: Math.floor(k / 12), m: (k % 12) + 1 };
	}
	return { y: w.y + n };
}

/**
 * Choices for a date key: other deck dates at the same precision, then plausible shifts of the key (years in steps of `yearStep`, 4 for a presidential-election year),
 * all distinct, never past `latest` when the key is not; sorted chronologically. Null if too few.
 */
export function dateChoices(key: When, others: When[], latest: When | null, seed: string, yearStep = 1): string[] | null {
	const prec = (w: When) => (w.d ? 2 : w.m ? 1 : 0);
	const limit = latest && whenKey(key) <= whenKey(latest) ? whenKey(latest) : Infinity;
	const seen = new Set([formatWhen(key)]);
	const picked: When[] = [];
	const take = (w: When) => {
		const f = formatWhen(w);
		if (picked.length < 3 && !seen.has(f) && prec(w) === prec(key) && whenKey(w) <= limit) {
			seen.add(f);
			picked.push(w);
		}
	};
	shuffle(others.filter((w) => (w.y - key.y) % yearStep === 0), seed).slice(0, 1).forEach(take);
	const steps = prec(key) === 2 ? [1, 2, 3, 7, 14, 30] : prec(key) === 1 ? [1, 2, 3, 12] : [1, 2, 3, 4, 5].map((s) => s * yearStep);
	const signed = shuffle(steps.flatMap((s) => [s, -s]), seed + '|steps');
	for (const s of signed) take(shift(key, s));
	if (picked.length < 2) return null;
	return [key, ...picked].sort((a, b) => whenKey(a) - whenKey(b)).map(formatWhen);
}
