/** Step 14: drop cards a student cannot learn from (guessable, dangling, trivia), and date bare weekdays in prompts. */
import { headlineEnd, namesCountryOf, type Art } from './01-context';
import { formatWhen, parseValue } from './04-distractors';
import { sameNameMisspelt } from '../extract/06-aliases';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../model/calendar';
import { topicalWords, type Candidate } from './05-card';

const BLANK = '____';
const CLOZE = new Set(['when', 'where', 'which-group', 'who', 'how-many']);
// A year used as a label ("the ____ presidential race", "the ____ nominee") is read off the article's own date.
const LABEL_BEFORE = /(?:^|\b(?:the|a|an|any|every|each|no|his|her|its|their|this|that|[\p{L}]+['’]s))\s*$/iu;
// "President ____", "Mr. ____": the title alone rules out most choices.
const TITLE_BEFORE = /\b(?:President|Vice President|Mr|Mrs|Ms|Sen|Senator|Gov|Governor|Rep|Dr|Secretary|Speaker|Pope|King|Queen|Prince|Mayor|Gen|General|Judge|Justice|Chancellor|Premier|Prime Minister)\.?\s*$/;
// Bylines, author notes and photo captions.
const BYLINE = /\b(?:could not be reached|did not (?:immediately )?(?:respond|return)|declined to comment|requests? for comment|no immediate comment)\b|\bis (?:the |an? )?(?:editor|columnist|contributor|correspondent|reporter|author|writer|fellow)\b|\((?:left|right|center|centre|top|bottom)\)|\bPhoto(?:graph)?:|\bGetty Images\b|\bAP Photo\b|\bFollow (?:him|her|them|us) on\b|\bcontributed to this report\b/i;
// "those claims", "these talks": pointing back at text the card does not show.
const DEMONSTRATIVE = /\b(?:these|those|this)\s+(?!year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|fall|time|is|was|will|would)\p{Ll}+/u;
// "After that", "A year later", "Since then": the sentence continues one the card does not show.
const CONNECTIVE = /^(?:\p{Lu}[\p{L} ,.]{0,40}\s[-–—]\s)?(?:After that|Before that|Since then|By then|Until then|At the time|At that time|That day|That night|That year|In response|In turn|Even so|Even then|Later|Then|Earlier|Afterwards|Meanwhile|However|Still|Yet|Also|Instead|Nonetheless|Nevertheless|Moreover|But|And|So|(?:A|One|Two|Three|Four|Five|Several|Some|A few|Days|Weeks|Months|Years)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier|before|after))\b/u;
// Descriptions that any reader can hold against the choices ("the GOP nominee", "the candidate").
const ROLE_DESCRIPTION = /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:candidate|nominee|front-?runner|president|senator|governor|minister|chancellor|leader|chairman|chairwoman|ceo|coach|captain|founder|king|queen)\b/iu;
// Nouns whose "the" points at nothing in particular ("the first", "the world").
const GENERIC = new Set('first last same most best end past future time day year week month world public people country nation rest number majority minority latter former other others way case fact idea point moment start beginning middle top bottom side sides one two three'.split(' '));
/** Only the lede's facts (sentences 0–4) are asked as place, group, person and number blanks; later ones are background. */
export const LEDE = 4;
const WEEKDAY = new RegExp(`\\b(?:on\\s+)?(${WEEKDAY_NAMES.join('|')})\\b(?!\\s*\\()`);
const NEXT_TO_DATE_BEFORE = new RegExp(`(?:\\b(?:${MONTH_NAMES.join('|')})|\\b\\d{4})\\s+(?:or|and|to|through|until|-|–)\\s*$`);
const NEXT_TO_DATE_AFTER = new RegExp(`^\\s*(?:or|and|to|through|until|-|–)\\s+(?:(?:early|late|mid)\\s+)?(?:${MONTH_NAMES.join('|')}|\\d{4})\\b`);
const CALENDAR_WORD = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})`);
const TIMED = new RegExp(`\\b(?:1[89]|20)\\d{2}\\b|\\b(?:${MONTH_NAMES.join('|')})\\b|\\(\\d`);

/** The prompt with quoted words blanked out, so only the card's own framing is checked. */
const framing = (p: string) => p.replace(/“[^”]*”|"[^"]*"/g, '""');

/** The candidate as it should ship (a weekday given its date), or null when it is not worth a student's time. */
export function worthAsking(c: Candidate, art: Art): Candidate | null {
	const { card } = c;
	if (BYLINE.test(card.source.sentence)) return null;
	// The headline line: its words are the article's most obvious, and its Title Case or clipped grammar reads badly.
	if (card.source.start + art.bodyStart < headlineEnd(art)) return null;
	if (!CLOZE.has(card.type)) return c;
	const p = card.prompt;
	// Seven blind rounds (625 cards): group blanks were acceptable 15% of the time and person blanks 28% (their
	// wrong answers rarely fit the frame).
	if (!c.actor && (card.type === 'which-group' || (card.type === 'who' && !/^Who (?:was|is) /.test(p)))) return null;
	if (card.type === 'when' && !worthDating(c, art)) return null;
	if (/^Fill in/.test(p) && !p.includes(BLANK)) return null;
	// "voted in ____, 2003 and 2005" offering 2003: a wrong choice the prompt itself shows is a give-away.
	if (card.choices?.some((x) => x !== card.answer && new RegExp(`(?:^|[^\\p{L}\\p{N}])${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(framing(p)))) return null;
	// An "I" or "we" outside quotation marks is the writer of an opinion piece, whom the card never names.
	if (/\b(?:I|my|me|we|our|us)\b/.test(framing(p).replace(/^[^:]*:\s*/, ''))) return null;
	// The day a poll, memo or report came out is a reporting detail, not the news.
	if (card.type === 'when' && /\b(?:poll|survey|memo|report|tally|study|figures|data|filing|statement)s?\b/i.test(card.source.sentence) && /\b(?:released|published|conducted|issued|posted|came out|out|filed|tallied|surveyed)\b/i.test(card.source.sentence)) return null;
	// "two months ago" turned into a date blank reads "than they did just ____".
	if (card.type === 'when' && /\b(?:ago|from now|earlier|later)\b/i.test(card.fact.text ?? '')) return null;
	// "today" is the article's own date, or means "nowadays"; "last month" a vague span: 6 of 23 judged acceptable.
	if (card.type === 'when' && /^(?:today|tonight|this (?:morning|afternoon|evening)|last month)$/i.test((card.fact.text ?? '').trim())) return null;
	if (card.type !== 'when' && !c.actor && c.sentence > LEDE && !/^Who (?:was|is) /.test(p)) return null;
	// "The billionaire businessman currently enjoys ____%": a blank whose prompt names no one is about no one the
	// learner can tell (20 rounds: 15% of such number, date and place blanks acceptable, 49% with a name).
	if (!c.actor && !namesSomeone(p)) return null;
	// A headline or subheading (no closing stop) holds the article's most obvious words; "here" points at a place the card does not name.
	if (!/[.!?…]["”’)]?\s*$/.test(card.source.sentence) || /\bhere\b/i.test(framing(p))) return null;
	if (CONNECTIVE.test(framing(p).replace(/^(?:Fill in[^:]*:|[^:]{0,40}\?)\s*/i, ''))) return null;
	if (card.type === 'who' && !c.actor && !/^Who (?:was|is) /.test(p) && ROLE_DESCRIPTION.test(framing(p))) return null;
	if (anaphoric(framing(p), art, card.source.start + art.bodyStart)) return null;
	const at = p.indexOf(BLANK);
	if (at >= 0) {
		const before = p.slice(0, at), after = p.slice(at + BLANK.length);
		if (card.type === 'when' && /^\d{4}$/.test(card.fact.text ?? '') && LABEL_BEFORE.test(before) && /^\s+\p{L}/u.test(after)) return null;
		if (TITLE_BEFORE.test(before)) return null;
		// "entered ____ gubernatorial race": a place used as a modifier is not where anything happened.
		const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
		if (card.type === 'where' && next && !FUNCTION_WORD.test(next) && !/(?:ed|s)$/.test(next) && !PLACE_FOLLOWER.test(next)) return null;
		// "58 percent to ____ percent … by 18 points": the other numbers of the prompt give the answer away.
		if (card.type === 'how-many' && (framing(p).match(/\d+(?:[.,]\d+)?/g) ?? []).length >= 2) return null;
		// "late November or ____": the neighbouring date in the prompt gives the answer away.
		if (card.type === 'when' && (NEXT_TO_DATE_BEFORE.test(before) || NEXT_TO_DATE_AFTER.test(after))) return null;
		// "from 2014 to ____", "poll ____-23", "as soon as ____": the order, a range or a forecast, not an event.
		if (card.type === 'when' && (/\b(?:to|until|through|and)\s*$/.test(before) && /\b(?:from|between)\b/.test(before) || /^[-–]\d/.test(after) || /\bas (?:soon|early|late) as\s*$/.test(before))) return null;
	}
	if (DEMONSTRATIVE.test(framing(p))) return null;
	// "the Vancouver Sun reported … in ____" (Canada), "Iraqi diplomats in ____" (Baghdad): the prompt names the answer's country.
	if (card.type === 'where' && c.about && namesCountryOf(framing(p).replace(/^Fill in[^:]*:\s*/, ''), c.about)) return null;
	return attributed(respelled(card.type === 'when' ? c : withPeriod(withWeekdayDate(c, art), art), art));
}

// The outlet's judgement in its own words ("an inexplicable decision", "his disastrous plan"): a reader must see whose it is.
const LOADED = /\b(?:inexplicabl[ey]|scathing|disastrous(?:ly)?|shocking(?:ly)?|outrageous(?:ly)?|bizarre|stunning(?:ly)?|absurd(?:ly)?|ridiculous(?:ly)?|shameful(?:ly)?|disgraceful(?:ly)?|despicable|pathetic|hypocritical|dishonest(?:ly)?|corrupt|crooked|radical|extremist|brazen(?:ly)?|reckless(?:ly)?|incompetent|laughabl[ey]|blatant(?:ly)?|notorious(?:ly)?|infamous(?:ly)?|vile|disgusting|appalling|egregious(?:ly)?|unhinged|deranged|so-called|self-proclaimed|whopping|staggering|slammed|blasted|ripped|trashed|rant(?:ed)?|meltdown|debacle|fiasco|scandal-plagued|embattled|lectured|lectures|pernicious|xenophobic|bigoted|demagogic|demagoguery|fearmongering|fear-mongering|hateful|despotic|cynical(?:ly)?|craven|sleazy|unhinged)\b/i;

/** A prompt holding the outlet's loaded words, put as the article's account ("According to the article, …"); quoted words are the speaker's and stay. */
function attributed(c: Candidate): Candidate {
	const p = c.card.prompt;
	if (!LOADED.test(framing(p)) || /^According to\b/.test(p)) return c;
	const fill = /^(Fill in the [^:]+:\s*)(.*)$/s.exec(p);
	const prompt = fill ? `${fill[1]}According to the article, ${fill[2]}` : `According to the article, ${p.replace(/^(?:Who|Which|What|When|Where|How|In|On|With|After|Before|As|At|During|Since|By)\b/, (w) => w.toLowerCase())}`;
	return { ...c, card: { ...c.card, prompt } };
}

/** True when the prompt's own words (past "Fill in …:") hold a capitalised name that is not just the sentence's first word. */
export function namesSomeone(prompt: string): boolean {
	const body = framing(prompt).replace(/^Fill in[^:]*:\s*/, '');
	const caps = body.replace(/^\W*\S+/u, ' ').match(/(?<=[\s(“"‘'’-])\p{Lu}[\p{L}.]+/gu) ?? [];
	return caps.some((w) => !CALENDAR_WORD.test(w));
}

/** The prompt with a one-off misspelling of a name ("Hilary Clinton") written as the article's usual spelling; quoted words stay verbatim. */
function respelled(c: Candidate, art: Art): Candidate {
	let prompt = c.card.prompt;
	for (const p of art.facts.people) {
		const size = p.name.split(/\s+/).length;
		for (const t of new Set(p.mentions.map((m) => m.text))) {
			if (t === p.name || t.split(/\s+/).length !== size || !sameNameMisspelt(t, p.name)) continue;
			const re = new RegExp(`(?<![\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
			prompt = prompt.split(/(“[^”]*”)/).map((part) => (part.startsWith('“') ? part : part.replace(re, p.name))).join('');
		}
	}
	return prompt === c.card.prompt ? c : { ...c, card: { ...c.card, prompt } };
}

/**
 * Which dates are worth a card. Ten blind rounds (about 330 date cards): a day or month in the article's first
 * tenth or first two sentences (its lede) was acceptable 70–78% of the time, a year in the first half 57%, any other date 25–45%
 * (side remarks: when a poll came out, a memo's night). Dates about the article's main actor in its first half are kept too.
 */
function worthDating(c: Candidate, art: Art): boolean {
	const { card } = c;
	const pos = card.source.start / Math.max(1, art.text.length - art.bodyStart);
	const yearOnly = /^\d{4}$/.test(typeof card.answer === 'string' ? card.answer : '');
	// The date of the headline's story: sixteen rounds (about 500 date cards) found lede dates whose sentence shares
	// a content word with the headline acceptable 73% of the time, 45% without; in the first half, 57% with two.
	const title = topicalWords(art.title);
	const shared = [...topicalWords(card.source.sentence)].filter((w) => title.has(w)).length;
	// Past the article's middle even the main actor's dates were acceptable 27–47% of the time.
	if (pos < 0.1 || c.sentence <= 2) return shared >= 1;
	return pos < 0.5 && shared >= 2 && (yearOnly || aboutMainActors(card, art));
}

/** True when the card's sentence names the article's most mentioned person, place or group. */
function aboutMainActors(card: Candidate['card'], art: Art): boolean {
	const { people, places, groups } = art.facts;
	const top = [...people, ...places, ...groups].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 1);
	const from = card.source.start + art.bodyStart, to = card.source.end + art.bodyStart;
	return top.some((e) => e.mentions.some((m) => m.start >= from && m.end <= to));
}

/** A blank whose prompt gives no time says when the news is from ("Fill in the name (news of May 2016): …"), so "the president" has one answer. */
function withPeriod(c: Candidate, art: Art): Candidate {
	const p = c.card.prompt;
	const when = parseValue(art.date);
	if (!when?.m || !/^Fill in the [a-z]+:/.test(p) || TIMED.test(p)) return c;
	const prompt = p.replace(/^(Fill in the [a-z]+):/, `$1 (news of ${formatWhen({ y: when.y, m: when.m })}):`);
	return { ...c, card: { ...c.card, prompt } };
}

// Words that may follow a place that is where something happened ("in ____ during the war"), beside FUNCTION_WORD.
const PLACE_FOLLOWER = /^(?:where|when|last|this|next|during|until|because|while|early|late|amid|within|near|across|between|through|toward|towards|outside|inside|around|along|beyond|could|can|may|might|must|should|did|does|do)$/;
const FUNCTION_WORD = /^(?:who|whom|whose|which|that|of|in|at|for|from|on|to|and|or|with|by|as|is|was|are|were|has|had|have|will|would|said|says|after|before|since|than|but|into|over|under|about|against)$/;

/** True when the prompt has "the X" / "his X" for a head noun X the article's body used before the card's sentence (it points back); "X, the Y" defines instead. */
function anaphoric(prompt: string, art: Art, at: number): boolean {
	const bodyFrom = art.text.indexOf('\n', art.bodyStart);
	const from = bodyFrom < 0 || bodyFrom > at ? art.bodyStart : bodyFrom;
	for (const m of prompt.matchAll(/(?:^|[^,]\s)(?:the|this|his|her|their|its)\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})/giu)) {
		const run = m[1].split(/\s+/);
		// The head noun ends the run: before a function word, a quantifier ("both") or a participle ("feeding").
		const cut = run.findIndex((w, i) => FUNCTION_WORD.test(w) || /^(?:both|all|some|many|each|every|any|most|more|few|several)$/.test(w) || (i > 0 && /(?:ing|ed)$/.test(w)));
		const noun = (cut < 0 ? run : run.slice(0, cut)).pop();
		if (!noun || noun.length < 3 || GENERIC.has(noun)) continue;
		// "the first bridge", "the largest rally", "the bridge over the Elm": descriptions that define themselves.
		if (run.some((w) => /^(?:first|last|second|third|next|only|same|new|former|\p{Ll}+est)$/u.test(w))) continue;
		if (new RegExp(`\\b${noun}\\s+(?:of|in|at|for|from|on|over|near|between|with)\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(prompt)) continue;
		const stem = noun.replace(/(?:s|es|ed|ing)$/, '');
		if (stem.length >= 3 && firstUse(art, from, stem) + stem.length <= at) return true;
	}
	return false;
}

// Per article: the lower-cased text and, per (start, stem), where the stem first begins a word; cached so each card's check is not a scan of the whole text before it.
const USES = new WeakMap<Art, { text: string; lower: string; first: Map<string, number> }>();

/** Offset of the first `\bstem` in the article's lower-cased text at or after `from` (Infinity when none). */
function firstUse(art: Art, from: number, stem: string): number {
	let c = USES.get(art);
	if (!c || c.text !== art.text) USES.set(art, (c = { text: art.text, lower: art.text.toLowerCase(), first: new Map() }));
	const key = `${from}:${stem}`;
	let at = c.first.get(key);
	if (at === undefined) {
		const re = new RegExp(`\\b${stem}`, 'gu');
		re.lastIndex = from;
		at = re.exec(c.lower)?.index ?? Infinity;
		c.first.set(key, at);
	}
	return at;
}

/** "on Tuesday" in a prompt becomes "on Tuesday (15 March 2016)" from the date extraction found in the source sentence. */
function withWeekdayDate(c: Candidate, art: Art): Candidate {
	const m = WEEKDAY.exec(c.card.prompt);
	if (!m) return c;
	const from = c.card.source.start + art.bodyStart, to = c.card.source.end + art.bodyStart;
	const fact = art.facts.dates.find((d) => d.start >= from && d.end <= to && d.text.includes(m[1]));
	const when = parseValue(fact?.value ?? null);
	if (!when?.d) return c;
	// "on Monday evening (7 December 2015)", not "on Monday (…) evening".
	const part = /^(?:['’]s)?\s+(?:morning|afternoon|evening|night)\b|^['’]s\b/.exec(c.card.prompt.slice(m.index + m[0].length));
	const at = m.index + m[0].length + (part ? part[0].length : 0);
	const prompt = `${c.card.prompt.slice(0, at)} (${formatWhen(when)})${c.card.prompt.slice(at)}`;
	return { ...c, card: { ...c.card, prompt } };
}
