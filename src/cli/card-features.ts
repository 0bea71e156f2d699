/** Card-quality features: what a blind reader's verdict might be predicted from, using the card and its article alone. */
import type { Card } from '../lib/deck/schema';
import type { Weights } from '../lib/generator/extract/12-ranker';

const PRONOUN = /\b(?:he|she|they|his|her|their|him|them|its)\b/gi;
const DEFINITE = /\bthe\s+\p{Ll}+/gu;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** Words whose presence in a prompt says something general about it (events, hedges, reporting). */
const CUE_WORDS = new Set('announced elected won lost died killed signed resigned launched voted approved rejected sued arrested attacked endorsed said told reported according expected likely could would might poll polls campaign primary election debate rally statement interview comment percent million billion dollars year years later earlier'.split(' '));
const bucket = (x: number, cuts: number[]) => cuts.findIndex((c) => x < c) < 0 ? cuts.length : cuts.findIndex((c) => x < c);
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Features of a card as a student sees it, with the article it came from (`text` as stored in the deck). */
export function cardFeatures(card: Card, text: string): string[] {
	const t = card.type;
	const framing = card.prompt.replace(/“[^”]*”|"[^"]*"/g, '""');
	const quote = card.fact.kind === 'quote' ? (card.fact.text ?? '') : '';
	const answer = typeof card.answer === 'string' ? card.answer : '';
	const title = text.slice(0, text.indexOf('\n') < 0 ? 80 : text.indexOf('\n'));
	const last = answer.split(/\s+/).pop() ?? '';
	const salience = last.length > 2 ? text.split(last).length - 1 : 0;
	const pos = bucket(card.source.start / Math.max(1, text.length), [0.1, 0.25, 0.5]);
	const f = [
		'bias', `type:${t}`, `choices:${t}:${card.choices ? 'yes' : 'no'}`, `pos:${pos}`, `pos:${t}:${pos}`,
		`len:${bucket(words(framing), [12, 20, 30])}`, `src:${bucket(words(card.source.sentence), [15, 25, 40])}`,
		`pron:${Math.min(2, (framing.match(PRONOUN) ?? []).length)}`, `def:${Math.min(3, (framing.match(DEFINITE) ?? []).length)}`,
		`sal:${bucket(salience, [2, 4, 8])}`, `sal:${t}:${bucket(salience, [2, 4, 8])}`
	];
	if (answer && title.includes(last) && last.length > 2) f.push('answer:title', `answer:title:${t}`);
	if (/\d/.test(framing)) f.push('prompt:digit');
	if (WEEKDAY.test(framing)) f.push('prompt:weekday');
	if (/…/.test(card.prompt)) f.push('prompt:cut');
	if (/["“]/.test(card.source.sentence) && card.fact.kind !== 'quote') f.push('source:quoted');
	if (t === 'when') f.push(`when:${/^\d{1,2} /.test(answer) ? 'day' : /^\p{L}+ \d{4}$/u.test(answer) ? 'month' : 'year'}`);
	const caps = (framing.replace(/^[^:]*:\s*/, '').match(/(?:^|\s)\p{Lu}\p{L}+/gu) ?? []).length;
	f.push(`caps:${bucket(caps, [1, 3, 6])}`, `caps:${t}:${bucket(caps, [1, 3, 6])}`);
	if (/\b(?:said|says|told|according to|reported|announced)\b/.test(framing)) f.push('prompt:reported', `prompt:reported:${t}`);
	if (/\b(?:could|would|should|might|may|will)\b/.test(framing)) f.push('prompt:modal');
	if (card.choices) f.push(`nchoices:${card.choices.length}`);
	if (answer) f.push(`answer:words:${Math.min(4, words(answer))}`);
	for (const w of new Set(framing.toLowerCase().replace(/^[^:]*:\s*/, '').match(/\p{L}{4,}/gu) ?? [])) if (CUE_WORDS.has(w)) f.push(`w:${w}`);
	if (quote) {
		f.push(`quote:len:${bucket(words(quote), [10, 16, 25])}`);
		if (/\d/.test(quote)) f.push('quote:digit');
		if (/(?:^|[^.!?]\s)\p{Lu}\p{Ll}+/u.test(quote.replace(/^\W*\S+/, ''))) f.push('quote:name');
		if (/\b(?:I|we|my|our)\b/i.test(quote)) f.push('quote:first-person');
		if (/^\W*\p{Ll}/u.test(quote)) f.push('quote:fragment');
	}
	return f;
}

/** The probability a blind reader accepts the card (logistic model over `cardFeatures`). */
export function acceptance(feats: string[], w: Weights): number {
	const s = feats.reduce((a, x) => a + (w[x] ?? 0), 0) - (w['__reject'] ?? 0);
	return 1 / (1 + Math.exp(-s));
}
