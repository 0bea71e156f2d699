/** Step 13: "who holds which position" cards from appositions ("Serbian President Aleksandar Vucic"). */
import { cardId, normalise } from '../../deck/ids';
import { inQuote, PLACES, sentenceAt, type Art } from './01-context';
import { isLeader } from './03-names';
import { formatWhen, parseValue } from './04-distractors';
import { acceptFor, type Ent } from './02-entities';
import { sourceOf, tagsOf, type Candidate, sure } from './05-card';
import { COUNTRIES, US_STATES } from '../model/gazetteer';
import { ORG_HEADS } from '../model/organisations';
import type { Sentence } from '../types';

/** Country names keyed by demonym and by name ("Serbian" → "Serbia"). */
const COUNTRY_OF = new Map<string, string>();
for (const line of COUNTRIES.split('\n').filter(Boolean)) {
	const [name, , dem, alias = ''] = line.split('|');
	COUNTRY_OF.set(name, name);
	for (const d of [...dem.split(';'), ...alias.split(';')]) if (d) COUNTRY_OF.set(d, name);
}

const ROLE =
	"(?:(?:[Oo]pposition|[Ff]oreign|[Ff]inance|[Hh]ealth|[Dd]efen[cs]e|[Ii]nterior|[Pp]residential|[Pp]ress|[Dd]eputy|[Vv]ice|[Pp]rime|[Tt]reasury|[Ee]conomy|[Ss]tate|[Ee]nergy|[Jj]ustice|[Cc]hief|[Mm]ain|[Ss]hadow)\\s+){0,3}(?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Ll]eader|[Ss]pokes(?:man|woman|person)|[Gg]overnor|[Kk]ing|[Qq]ueen|[Aa]mbassador|[Cc]hief [Jj]ustice|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Dd]irector(?:-[Gg]eneral)?|[Cc]hief [Ee]xecutive|[Cc]ommissioner|[Ss]ecretary-[Gg]eneral|[Mm]ayor)";
const NAMEWORDS = "(\\p{Lu}[\\p{L}]+(?:\\s(?:of\\s|and\\s|for\\s)?\\p{Lu}[\\p{L}]+){0,6})";
/** "Serbian President X", "Zimbabwe's opposition leader, X". */
const BEFORE = new RegExp(`\\b(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)??)(?:['’]s)?\\s+(${ROLE}),?\\s+$`, 'u');
/** "Chief Justice of India (CJI) X", "Governor of the Reserve Bank X". */
const ROLE_OF = new RegExp(`\\b(${ROLE}) of (?:the )?${NAMEWORDS}(?: \\([A-Z]{2,6}\\))?,?\\s+$`, 'u');
/** "Reserve Bank of Australia Governor X". */
const ORG_ROLE = new RegExp(`${NAMEWORDS}\\s+(${ROLE}),?\\s+$`, 'u');
/** "X, chairperson of the Independent Electoral Commission". */
const AFTER = new RegExp(`^,\\s+(?:the\\s+)?(${ROLE}(?:\\s+and\\s+${ROLE})?) (?:of|at) (?:the\\s+)?${NAMEWORDS}`, 'u');
/** A shadow cabinet post and portfolio: "shadow minister for energy", "Shadow secretary of state for business and energy". */
const SHADOW = "([Ss]hadow\\s+(?:[Ss]ecretary of [Ss]tate|[Mm]inister|[Ss]ecretary|[Cc]hancellor)(?:\\s+for\\s+\\p{Ll}+(?:(?:,\\s*|\\s+and\\s+)\\p{Ll}+){0,3})?)";
const SHADOW_BEFORE = new RegExp(`(?:^|\\s)${SHADOW},?\\s+$`, 'u');
const SHADOW_AFTER = new RegExp(`^,\\s+${SHADOW}(?=[,.;])`, 'u');
/** "X, US Deputy Secretary of State, …". */
const AFTER_COUNTRY = new RegExp(`^,\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}]+)??)\\s+(${ROLE}(?: of State)?)(?=[,.;]|\\s+(?:and|who|during|at|in|on)\\b)`, 'u');
/** "Qatar's prime minister said": a country's office named without the holder's name. */
const DESCRIBED = new RegExp(`\\b(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)['’]s\\s+(${ROLE})\\b(?![\\s,]+\\p{Lu})`, 'gu');

/** A post one person holds for another: "campaign manager", "business manager", "press secretary", "chief of staff" (not "an aide" or "a spokesman", of whom there are many). */
const AIDE = "((?:campaign|business|deputy|national)\\s+manager|chief of staff|press secretary|communications director|campaign chair(?:man|woman)?|chief strategist)";
/** "Carson's business manager, Armstrong Williams", "Clinton campaign manager Robby Mook". */
const AIDE_BEFORE = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)(?:['’]s)?\\s+${AIDE},?\\s+$`, 'u');
/** "Armstrong Williams, Carson's business manager,". */
const AIDE_AFTER = new RegExp(`^,\\s+(\\p{Lu}[\\p{L}'’-]+)['’]s\\s+${AIDE}(?=[,.;]|\\s+(?:and|who|said|told)\\b)`, 'u');

/** US state names keyed by name and abbreviation ("N.J.", "NJ", "New Jersey" → "New Jersey"). */
const STATE_OF = new Map<string, string>();
for (const line of US_STATES.split('\n').filter(Boolean)) {
	const [name, abbr] = line.split('|');
	STATE_OF.set(name, name);
	for (const a of abbr.split(';')) STATE_OF.set(a, name);
}
const STATE_NAME = [...STATE_OF.keys()].filter((k) => /^\p{Lu}\p{Ll}/u.test(k) && !k.endsWith('.')).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|');
// An office a state has one of; "Lt. Gov." and "Sen." are not it.
const STATE_OFFICE = '(?<!Lt\\.\\s)(?<!Lieutenant\\s)(?:Gov\\.|Governor|Attorney General|Secretary of State)';
/** "Ohio Gov. John Kasich", "Texas Attorney General Ken Paxton". */
const STATE_BEFORE = new RegExp(`\\b(${STATE_NAME})(?:['’]s)?\\s+(?:(?:Republican|Democratic|GOP)\\s+)?(${STATE_OFFICE})\\s+$`, 'u');
/** "Gov. Chris Christie of New Jersey", "Gov. Maggie Hassan (D-N.H.)". */
const STATE_TITLE = new RegExp(`(?:^|\\s)(${STATE_OFFICE})\\s+$`, 'u');
const STATE_AFTER = /^\s+(?:of\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)|\((?:[RDI]|Rep\.|Dem\.)\s*[-–]\s*([^)]{2,16})\))/u;
/** "New York Mayor Bill de Blasio": a city named before its mayor. */
const MAYOR_BEFORE = /\b(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})(?:['’]s)?\s+Mayor\s+$/u;

/** Offices of the US Congress and the two national party committees, each with one holder at a time. */
const US_OFFICES: [RegExp, string][] = [
	[/\b(?:House\s+Speaker|Speaker\s+of\s+the\s+House)\s+$/i, 'the Speaker of the House'],
	[/\bSenate\s+Majority\s+Leader\s+$/i, 'the Senate majority leader'],
	[/\bSenate\s+Minority\s+Leader\s+$/i, 'the Senate minority leader'],
	[/\bHouse\s+Majority\s+Leader\s+$/i, 'the House majority leader'],
	[/\bHouse\s+Minority\s+Leader\s+$/i, 'the House minority leader'],
	[/\b(?:RNC|Republican\s+National\s+Committee)\s+(?:Chairman|Chairwoman|Chair|chairman|chairwoman|chair)\s+$/, 'chair of the Republican National Committee'],
	[/\b(?:DNC|Democratic\s+National\s+Committee)\s+(?:Chairman|Chairwoman|Chair|chairman|chairwoman|chair)\s+$/, 'chair of the Democratic National Committee']
];

/** A state's, city's or Congress's office held by the person named after `pre` ("the governor of Ohio"), or null. */
function localOffice(art: Art, ents: Ent[], pre: string, post: string): string | null {
	const office = (o: string) => (/^Gov/.test(o) ? 'governor' : o.toLowerCase());
	for (const [re, name] of US_OFFICES) {
		if (!re.test(pre)) continue;
		// "N.C. House Speaker", "state Senate Majority Leader": a state's legislature, not Congress.
		const before = pre.replace(re, '').trim();
		const last = before.split(/\s+/).slice(-2);
		if (/\b(?:former|ex|then|state|State)$/.test(before) || STATE_OF.has(last[1] ?? '') || STATE_OF.has(last.join(' '))) return null;
		return name;
	}
	let m = STATE_BEFORE.exec(pre);
	if (m) return `the ${office(m[2])} of ${STATE_OF.get(m[1].replace(/\s+/g, ' '))}`;
	const t = STATE_TITLE.exec(pre);
	const a = t && STATE_AFTER.exec(post);
	const state = a && STATE_OF.get((a[1] ?? a[2]).trim());
	if (t && state) return `the ${office(t[1])} of ${state}`;
	m = MAYOR_BEFORE.exec(pre);
	if (!m) return null;
	const known = PLACES.get(normalise(m[1]));
	const city = known ? (known.level === 'city' || STATE_OF.has(m[1]) ? known.name : null) : ents.find((e) => e.kind === 'place' && e.forms.includes(m![1]) && e.level !== 'country' && e.mentions.some((x) => x.art === art.index))?.name;
	return city ? `the mayor of ${city}` : null;
}

/** A country as an owner: "the United States’", "Serbia’s". */
const owner = (c: string) => `${/^(United |Netherlands|Philippines|Czech Republic|Central African|Dominican|Gambia|Bahamas|Maldives|UAE)/.test(c) ? 'the ' : ''}${c}${/s$/.test(c) ? '’' : '’s'}`;

/** The office a mention's apposition names ("Serbia’s president", "governor of the Reserve Bank"), if any. */
function office(art: Art, ents: Ent[], pre: string, post: string): string | null {
	const known = (x: string) => ents.some((e) => e.kind !== 'person' && e.forms.some((f) => f === x));
	const the = (x: string) => {
		// "Reserve Bank" may be short for "Reserve Bank of India"; one word ("Iowa") is no start of "Iowa Republican Party".
		const g = ents.filter((e) => e.kind === 'group' && e.forms.some((f) => f === x || (x.includes(' ') && f.startsWith(x)))).map((e) => e.name).sort((a, b) => b.length - a.length)[0];
		return g && g.includes(' ') && !/ (Inc|Corp|Co|Ltd|plc)$/.test(g) ? `the ${g}` : g ?? x;
	};
	const local = localOffice(art, ents, pre, post);
	if (local) return local;
	let m = BEFORE.exec(pre);
	const country = m && (COUNTRY_OF.get(m[1]) ?? COUNTRY_OF.get(m[1].split(' ').pop()!));
	if (m && country) return `${owner(country)} ${m[2].toLowerCase()}`;
	m = ROLE_OF.exec(pre);
	if (m && (known(m[2]) || COUNTRY_OF.has(m[2]))) return `${m[1]} of ${the(m[2])}`;
	m = ORG_ROLE.exec(pre);
	// "Cruz's Iowa director": the post belongs to the owner's campaign, not to an organisation named like the words.
	if (m && known(m[1]) && !/['’]s\s*$/.test(pre.slice(0, m.index))) return `${m[2].toLowerCase()} of ${the(m[1])}`;
	// A shadow post belongs to the opposition party: the article's one party names it.
	m = SHADOW_BEFORE.exec(pre) ?? SHADOW_AFTER.exec(post);
	const parties = ents.filter((e) => e.kind === 'group' && e.level === 'party' && e.mentions.some((x) => x.art === art.index));
	if (m && parties.length === 1) return `${parties[0].name.includes(' ') ? 'the ' : ''}${parties[0].name}’s ${m[1].toLowerCase()}`;
	m = AFTER_COUNTRY.exec(post);
	const after = m && COUNTRY_OF.get(m[1]);
	if (m && after) return `${owner(after)} ${m[2].toLowerCase()}`;
	m = AFTER.exec(post);
	// "director of the University of Virginia's Center for Politics" is an office of the centre, not the university;
	// "head of the Russia in the Asia Pacific Program" one of a programme whose name runs on past the match.
	const tail = m ? post.slice(m.index + m[0].length) : '';
	if (m && known(m[2]) && !/^['’]s\b/.test(tail) && /^(?:[,.;:)]|\s+(?:who|which|said|says|told|and|since|until)\b|\s*$)/.test(tail) && !ORG_HEADS.has(the(m[2]).replace(/^the /, ''))) return `${m[1].toLowerCase()} of ${the(m[2])}`;
	m = AIDE_BEFORE.exec(pre) ?? AIDE_AFTER.exec(post);
	const bossName = m?.[1].replace(/['’]s$/, '');
	// "Trump's campaign chairman" beside Melania Trump: the boss is the one the article names most, by far, or no one.
	const count = (e: Ent) => e.mentions.filter((x) => x.art === art.index).length;
	const bosses = bossName ? ents.filter((e) => e.kind === 'person' && e.human && e.name.includes(' ') && e.forms.includes(bossName) && count(e) > 0).sort((a, b) => count(b) - count(a)) : [];
	const sure = bosses.length === 1 || (bosses.length > 1 && count(bosses[0]) >= 3 * count(bosses[1]));
	const boss = sure && !(bossName && !bossName.includes(' ') && bosses[0].sharedSurname) ? bosses[0] : undefined;
	if (m && boss) return `${boss.name}${/s$/.test(boss.name) ? '’' : '’s'} ${m[2].toLowerCase()}`;
	return null;
}

/** Role cards: each human person whose mention follows a country and a role, asked as of the article date. */
export function roleCards(arts: Art[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	for (const ent of ents) {
		// A world leader's office is common knowledge, and no wrong answer of the same office exists.
		if (ent.kind !== 'person' || !ent.human || !ent.name.includes(' ') || isLeader(ent.name)) continue;
		const done = new Set<string>();
		// The full name written out where the extractor kept only an acronym or title ("(CJI) DY Chandrachud").
		const spelled = arts.flatMap((a) => [...a.text.matchAll(new RegExp(`\\b${ent.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((x) => ({ art: a.index, start: x.index!, end: x.index! + ent.name.length })));
		for (const m of [...ent.mentions, ...spelled].sort((a, b) => a.art - b.art || a.start - b.start)) {
			const art = arts[m.art];
			const s = sentenceAt(art, m.start);
			if (!s || inQuote(art, m.start, m.end)) continue;
			// "the first black governor of Massachusetts, X": a place in history, not the post held on the article's date.
			if (/\b(former|ex|late|then|outgoing|first|onetime|one-time|erstwhile|previous|past)\b/i.test(art.text.slice(Math.max(s.start, m.start - 100), m.start)) || /^,?\s+(?:who|which)\s+(?:was|had been|served)\b|^,\s+(?:a\s+)?former\b/i.test(art.text.slice(m.end, m.end + 40))) continue;
			// A sentence where the role changes hands ("Vice President X was sworn in as president") has no single answer.
			if (/\b(sworn in|took office|appointed|elected|resign\w*|ousted|removed|impeach\w*|succeed\w*|toppl\w*|overthr\w*|killed|assassinat\w*|death|died)\b/i.test(s.text)) continue;
			// A paragraph about an earlier year ("emails from 2012") holds offices as they were then.
			const year = Number((art.date ?? '').slice(0, 4));
			const para = art.sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.text).join(' ');
			if (year && [...para.matchAll(/\b(?:19|20)\d{2}\b/g)].some((y) => +y[0] < year)) continue;
			const holder = office(art, ents, art.text.slice(Math.max(s.start, m.start - 100), m.start), art.text.slice(m.end, s.end));
			// "Iraq's ambassador" is one of many: the post needs the capital it is held in, which the pattern drops.
			// "spokeswoman of OSCE": an organisation has many spokespeople (a government's press secretary is one post).
			if (!holder || done.has(holder) || holder.split(' ').length > 12 || /\b(?:ambassador|envoy|consul|spokes(?:man|woman|person))\b/i.test(holder)) continue;
			done.add(holder);
			const c = roleCard(art, ent, holder, s);
			if (c) out.push(c);
		}
	}
	return out;
}

/**
 * One typed "Who was <office> in <month>?" card for `ent`, its evidence sentence `s`; none for an undated article
 * (an office without a date has many holders). Typed: the other people of an article rarely held that office, so
 * choices would be picked by common sense.
 */
function roleCard(art: Art, ent: Ent, holder: string, s: Sentence, explanation?: string): Candidate | null {
	const when = parseValue(art.date);
	if (!when) return null;
	const prompt = `Who was ${holder} in ${formatWhen({ y: when.y, m: when.m })}?`;
	const id = cardId('who', art.id, 'role', holder, ent.name);
	const card = {
		id,
		type: 'who' as const,
		prompt,
		answer: ent.name,
		accept: acceptFor(ent),
		tags: tagsOf(art, 'who'),
		source: sourceOf(art, s),
		fact: { kind: 'person' as const, name: ent.name, text: holder, ...sure(ent.confidence) }
	};
	return { card: explanation ? { ...card, explanation } : card, art: art.index, sentence: s.index, quality: 0.8, about: ent };
}

/** Role cards from "Qatar's prime minister said" where the one person of the article with that role is the holder. */
export function describedRoleCards(arts: Art[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	for (const art of arts) {
		const done = new Set<string>();
		for (const m of art.text.matchAll(DESCRIBED)) {
			const country = COUNTRY_OF.get(m[1]);
			const role = m[2].toLowerCase();
			if (!country || inQuote(art, m.index!) || /\b(former|ex|late|then|outgoing)\s*$/i.test(art.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
			const holders = ents.filter((e) => e.kind === 'person' && e.human && e.name.includes(' ') && e.role && role.split(' ')[0] === e.role.toLowerCase() && e.mentions.some((x) => x.art === art.index));
			const at = sentenceAt(art, m.index!);
			if (holders.length !== 1 || !at || /\b(sworn in|took office|appointed|elected|resign\w*|ousted|removed|succeed\w*)\b/i.test(at.text)) continue;
			const ent = holders[0];
			if (isLeader(ent.name)) continue;
			const first = ent.mentions.filter((x) => x.art === art.index).sort((a, b) => a.start - b.start)[0];
			const s = sentenceAt(art, first.start);
			const holder = `${owner(country)} ${role}`;
			if (!s || done.has(holder)) continue;
			done.add(holder);
			const c = roleCard(art, ent, holder, s, `The article calls ${ent.name} ${holder}: “${at.text.trim()}”`);
			if (c) out.push(c);
		}
	}
	return out;
}
