/** Headline English read as sentences: present-tense verbs into the past, Title Case into sentence case, dropped articles back. */

// Present tenses of headlines ("Kasich wins Ohio") and their past, where the past is not the stem plus "ed".
const HEADLINE_PAST: Record<string, string> = Object.fromEntries(
	'wins:won says:said tells:told takes:took makes:made gives:gave gets:got leads:led meets:met sees:saw holds:held leaves:left sends:sent spends:spent pays:paid runs:ran quits:quit hits:hit cuts:cut sets:set puts:put seeks:sought brings:brought buys:bought begins:began becomes:became draws:drew chooses:chose rises:rose speaks:spoke breaks:broke stands:stood keeps:kept finds:found sells:sold beats:beat swears:swore shoots:shot flees:fled falls:fell feels:felt hears:heard builds:built withdraws:withdrew goes:went comes:came dies:died lays:laid lies:lied ties:tied loses:lost fights:fought teaches:taught catches:caught forgives:forgave overtakes:overtook upholds:upheld withholds:withheld strikes:struck sweeps:swept'
		.split(' ')
		.map((x) => x.split(':'))
);
// Verbs that double their last consonant ("slams" → "slammed").
const DOUBLED = new Set('slam rip plan drop stop grab nab jab bar trim admit commit regret submit scrap snub swap tap top ban step skip stab rob beg hug tug pin spin ship flip slip chop shop shun nip zap rebut emit permit omit abet allot outwit refer prefer occur incur deter confer transfer compel expel propel repel control patrol equip kidnap'.split(' '));

/**
 * A Title Case headline in sentence case, from how the article writes each word ("Hillary Clinton Wins South Dakota
 * Primary" → "Hillary Clinton wins South Dakota primary"): a word the body writes in lower case more often than
 * capitalised mid-sentence is lowered, never a word of a name the article's entities use (`names`). A headline
 * already in sentence case comes back as it is.
 */
export function sentenceCase(head: string, body: string, names: Set<string> = new Set()): string {
	const ws = head.split(/\s+/);
	if (ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length < 0.6) return head;
	return ws
		.map((w, i) => {
			const core = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
			if (i > 0 && core === 'A') return w.replace('A', 'a');
			if (i === 0 || !/^\p{Lu}\p{Ll}+$/u.test(core) || names.has(core)) return w;
			const low = core.toLowerCase();
			const lower = (body.match(new RegExp(`(?<![\\p{L}])${low}(?![\\p{L}])`, 'gu')) ?? []).length;
			const upper = (body.match(new RegExp(`(?<=[\\p{Ll},;] )${core}`, 'gu')) ?? []).length;
			// A name the body never writes capitalised mid-sentence ("Votes", "Primary") is a common word.
			return lower > upper || !upper ? w.replace(core, low) : w;
		})
		.join(' ');
}

const SAYING_VERB = /^(?:said|told|claimed|explained|called|asked|urged|warned|argued|insisted|suggested|predicted|wrote|tweeted)$/;
const LINKING = /^(?:got|became|stayed|remained|seemed|looked|went|turned|grew|felt|sounded|kept)$/;
const PARTICLE_WORD = /^(?:out|up|down|off|back|over|on|in|away|aside)$/;
const NO_ARTICLE = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|any|no|more|less|most|all|both|each|every|another|other|much|many|few|several|such|own|to|at|for|with|by|from|as|after|against|about|into|onto|than|well|very|not|never|again|too|also|still|just|\d.*)$/;

/**
 * The predicate of a headline with the article its grammar dropped ("unveiled first Spanish campaign ad" → "unveiled
 * the first Spanish campaign ad"): "the" before a singular lower-case noun phrase after the verb (and its particle).
 */
export function withArticle(past: string, rest: string[]): string {
	let i = PARTICLE_WORD.test(rest[0] ?? '') && rest.length > 1 ? 1 : 0;
	const w = (rest[i] ?? '').replace(/[,;.]+$/, '');
	const head = rest.slice(i).find((x, j, all) => j === all.length - 1 || /^(?:in|on|at|for|with|to|of|over|after|amid|against|as|from|by|about)$/.test(all[j + 1]) || /[,;]$/.test(x)) ?? '';
	// "won Democratic presidential primary": a capitalised modifier before a common noun takes the article too.
	const modifier = /^\p{Lu}[\p{L}.]*$/u.test(w) && /^\p{Ll}{3,}$/u.test(rest[i + 1] ?? '') && !NO_ARTICLE.test(rest[i + 1]);
	if (LINKING.test(past) || SAYING_VERB.test(past) || (!/^\p{Ll}[\p{Ll}-]+$/u.test(w) && !modifier) || NO_ARTICLE.test(w) || /(?:ing|ly)$/.test(w) || /\p{Ll}s[,;]?$/u.test(head.replace(/[’'"]/g, '')) || /ss[,;]?$/.test(head)) return [past, ...rest].join(' ');
	return [past, ...rest.slice(0, i), 'the', ...rest.slice(i)].join(' ');
}

/** The past tense of a headline's present-tense verb ("rejects" → "rejected"), or null when `w` is no such verb. */
export function headlinePast(w: string): string | null {
	if (HEADLINE_PAST[w]) return HEADLINE_PAST[w];
	if (!/^\p{Ll}{3,}s$/u.test(w) || /(?:ss|us|is)$/.test(w)) return null;
	const stem = /(?:ches|shes|sses|xes|zes)$/.test(w) ? w.slice(0, -2) : /[^aeiou]ies$/.test(w) ? w.slice(0, -3) + 'y' : w.slice(0, -1);
	if (DOUBLED.has(stem)) return stem + stem.slice(-1) + 'ed';
	if (stem.endsWith('e')) return stem + 'd';
	if (/[^aeiou]y$/.test(stem)) return stem.slice(0, -1) + 'ied';
	return stem + 'ed';
}
