/** Step 4: typing evidence beyond a chunk's own words — gazetteer keys, neighbours, compass regions, outlets, datelines. */
import type { Chunk } from './03-chunks';
import type { Kind } from './07-entities';
import { COUNTRIES, COUNTRY_ALIASES, DEMONYMS } from '../model/countries';
import { CITIES } from '../model/cities';
import { ORGANISATIONS } from '../model/organisations';
import { FIRST_NAMES } from '../model/people';

/** Lower-case key with straight apostrophes. */
export const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");
/** Listed places: key -> canonical name. */
export const PLACE_KEY = new Map<string, string>();
for (const c of COUNTRIES) PLACE_KEY.set(lower(c), c);
for (const [a, c] of Object.entries(COUNTRY_ALIASES)) PLACE_KEY.set(lower(a), c);
for (const c of CITIES) PLACE_KEY.set(lower(c), c);
/** Listed organisations: key -> canonical name. */
export const ORG_KEY = new Map<string, string>();
for (const names of ORGANISATIONS) for (const n of names) ORG_KEY.set(lower(n), names[0]);

/** A storm's name ("Hurricane Orla"). */
export const STORM = /^(?:Hurricane|Storm|Typhoon|Cyclone|Tropical Storm)\s+/;
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est|Northeast|Northwest|Southeast|Southwest|Greater|Upper|Lower)$/;
const PLACE_OF = /\b(?:city|town|village|capital|province|region|state|port|district|island|county|municipality)\s+of\s+$/i;
// "wrote on Truth Social", "told the Daily Maverick", "radio station Itatiaia", "as European Pravda reports": outlets and platforms.
const MEDIA_BEFORE = /(?:\b(?:wrote|posted|tweeted|shared|said|announced)\s+on\s+|\btold\s+the\s+|\b(?:radio|TV|television|news)\s+(?:station|channel|network|agency|outlet|programme|program|show)\s+|\b(?:newspaper|broadcaster|daily|outlet|magazine|website|tabloid|news agency|news site)\s+)$/;
const DATELINE_AFTER = /^\s*(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?\s*)?(?:\([\p{L}\s]+\)\s*)?[-—–―]/u;

/** Kind from the span's own shape or its neighbours (compass + place, "city of X", outlets, datelines, storms); undefined = no say, null = not an entity. */
export function byContext(c: Chunk, words: string[], text: string): Kind | null | undefined {
	const last = words[words.length - 1], rest = lower(words.slice(1).join(' '));
	const before = text.slice(Math.max(0, c.start - 40), c.start);
	if (words.length > 1 && (COMPASS.test(words[0]) || /^\p{Lu}{1,2}$/u.test(words[0])) && PLACE_KEY.has(rest)) return 'places';
	if (STORM.test(c.text)) return null;
	if (words.length > 1 && DEMONYMS[last] && !FIRST_NAMES[words[0]]) return null;
	if (PLACE_OF.test(before)) return 'places';
	if (MEDIA_BEFORE.test(before) || (/\bas\s+$/.test(before) && /^\s+report(?:s|ed)\b/.test(text.slice(c.end, c.end + 12)))) return 'groups';
	if (words.length <= 3 && /^[\p{Lu}\s.'-]{3,}$/u.test(c.text) && /\p{Lu}{3}/u.test(c.text) && /(?:^|\n)[\s"]*$/.test(before) && DATELINE_AFTER.test(text.slice(c.end, c.end + 30))) return 'places';
	if (words.length > 1 && COUNTRY_SET.has(last) && !PLACE_KEY.has(rest) && words.every((w) => /^\p{Lu}/u.test(w))) return 'groups';
	return undefined;
}
const COUNTRY_SET = new Set([...COUNTRIES, ...Object.keys(COUNTRY_ALIASES).filter((a) => !/\s/.test(a))]);

/** "in Republican primaries", "from Hispanics": a capitalised adjective or group noun after a locative is no place. */
export function adjectival(w: string): boolean {
	return !!(DEMONYMS[w] || DEMONYMS[w.replace(/s$/, '')]) || /(?:ic|ics|ans|ists?|ism)$/.test(w) || /^(?:Republican|Democrat|Conservative|Liberal|Labour|Tory|Green)s?$/.test(w);
}
