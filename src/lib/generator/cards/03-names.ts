/** Step 3: person-name helpers: titles stripped, surnames matched across spellings, fullest name found. */
import { normalise } from '../../deck/ids';
import { LEADERS } from '../model/gazetteer';
import { ROLES, TITLES, formalFirstName } from '../model/people';

/** The last capitalised word of a name (its surname, for most names in English news). */
export const surname = (n: string) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).pop() ?? n;

/** True when two person names can be one person: one's tokens contain the other's, same surname. */
export function samePerson(a: string, b: string): boolean {
	// "Bill Clinton" and "William J. Clinton": a short first name is its formal one.
	const formal = (n: string) => normalise(n.replace(/^\S+/, (w) => formalFirstName(w))).split(' ');
	const ta = formal(a);
	const tb = formal(b);
	const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
	return short[short.length - 1] === long[long.length - 1] && short.every((t) => long.includes(t));
}

const ROLE_WORDS = new Set(ROLES.flatMap((r) => r.split(' ')));
/** Names of the bundled leaders. */
export const LEADER_NAMES = LEADERS.split('\n').map((l) => l.split('|')[0]);

/** True when a name is one of the bundled leaders', middle initials aside ("Vladimir V. Putin"). */
export function isLeader(name: string): boolean {
	const bare = normalise(name.replace(/\s\p{Lu}\.(?=\s)/gu, ''));
	return LEADER_NAMES.some((l) => normalise(l) === bare);
}

/** True when a capitalised word is a title or role, not part of a name ("Justice", "CJI", "Governor"). */
export function isTitle(w: string): boolean {
	return w in TITLES || ROLE_WORDS.has(w.toLowerCase()) || /^(CJI|PM|HE|Vice|Deputy|Health|Home|Foreign|Interior|Defence|Defense|Former|Opposition|Acting|Chief|Justices?|Judges?|Gov\.?|Lt\.?|Gen\.?|Col\.?)$/i.test(w);
}

/** A person's name without leading titles ("CJI Chandrachud" → "Chandrachud"). */
export function stripTitles(name: string): string {
	const parts = name.split(/\s+/);
	let cut = -1;
	parts.forEach((w, i) => {
		if (i < parts.length - 1 && isTitle(w) && parts.slice(0, i).every((x) => isTitle(x) || /^[A-Z.]{2,6}$|^\p{Lu}/u.test(x))) cut = i;
	});
	return parts.slice(cut + 1).join(' ');
}

/** The full name of a surname-only person from the bundled leaders, when exactly one leader matches. */
export function fullLeaderName(name: string): string {
	if (name.includes(' ') || name.length < 4) return name;
	const hits = LEADER_NAMES.filter((l) => normalise(l).endsWith(' ' + normalise(name)));
	return hits.length === 1 ? hits[0] : name;
}

/** Consonant skeleton of a name word, so romanisations match ("Yun" / "Yoon", "Peskov" / "Peskow"). */
const skeleton = (w: string) => w.replace(/[aeiouy]/g, '').replace(/w/g, 'v').replace(/(.)\1+/g, '$1');

const words = (s: string) => ` ${normalise(s)} `;

/** True when two names may be one: equal, one's words inside the other's, or a shared word spelt alike. */
export function overlaps(a: string, b: string): boolean {
	const na = normalise(a);
	const nb = normalise(b);
	if (na === nb || words(na).includes(words(nb)) || words(nb).includes(words(na))) return true;
	const wa = na.split(' ').filter((w) => w.length >= 3).map((w) => w[0] + skeleton(w.slice(1)));
	return nb.split(' ').some((w) => w.length >= 3 && wa.includes(w[0] + skeleton(w.slice(1))));
}

/**
 * The fullest name the text gives a surname-only person ("Justices Sanjiv Khanna" → "Sanjiv Khanna"):
 * one or two capitalised name words right before the surname, titles dropped; null if none or several.
 */
export function fullerName(text: string, last: string): string | null {
	if (last.includes(' ') || last.length < 3) return null;
	const re = new RegExp(`((?:(?:\\p{Lu}[\\p{Ll}’'-]+|[A-Z]{1,3}|[A-Z]\\.)\\s){1,3})${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
	const found = new Set<string>();
	for (const m of text.matchAll(re)) {
		const head = m[1].trim().split(/\s+/);
		while (head.length && isTitle(head[0])) head.shift();
		if (head.length && head.length <= 2 && !head.some(isTitle) && !/^(The|A|An|In|On|At|But|And|As|Of|For|By)$/.test(head[0])) found.add(`${head.join(' ')} ${last}`);
	}
	return found.size === 1 ? [...found][0] : null;
}
