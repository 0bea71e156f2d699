/** Step 12: number cards (how-many) — a rate, share or count blanked in its sentence ("held at ____ per cent"). */
import { cardId } from '../../deck/ids';
import { inQuote, type Art } from './01-context';
import type { Ent } from './02-entities';
import { shuffle } from './04-distractors';
import { clozeable, sourceOf, standsAlone, tagsOf, words, type Candidate } from './05-card';
import { defineSubject } from './06-subject';
import type { Sentence } from '../types';

/** A number with what it counts: "4.35 per cent", "33 Israeli hostages", "600 aid trucks". */
const NUMBER = /(?<![\p{L}\p{N}$£€.,/:-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{N}-]|[.,]\d|%?[\p{L}])(\s*(?:per cent|percent|%)|(?:\s+(?:million|billion))?\s+(?:\p{Lu}\p{Ll}+\s+|\p{Ll}+\s+)??(\p{Ll}{3,}|MPs))?/gu;
/** Nouns a count of which is worth remembering only with more context than a sentence gives, or which are time spans. */
const WEAK = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|am|pm|per|of|and|or|to|in|on|at|the|a|for|from|with|by|percentage|points?|cents?|pence|dollars|euros|pounds|kilomet(?:re|er)s|km|kph|mph|miles|met(?:re|er)s|feet|inches|degrees|votes?|player|places?)$/;
/** A label, not a quantity: "No. 2", "Category 5", "Section 29". */
const LABEL = /\b(No\.|Category|Article|Section|Clause|number|page|level|grade|phase|stage|round|Cop|Flight|Route|Highway)\s*$/i;

/** Parses "1,000" / "4.35" to a number. */
const value = (s: string) => Number(s.replace(/,/g, ''));

/** Writes `n` like `like` (same decimals, thousands commas if it had them). */
function formatLike(n: number, like: string): string {
	const dp = /\.(\d+)$/.exec(like)?.[1].length ?? 0;
	const t = n.toFixed(dp);
	return like.includes(',') ? Number(t).toLocaleString('en-US', { minimumFractionDigits: dp }) : t;
}

/** Wrong answers at plausible distances (rates by quarter points, counts by ×½…×2), sorted with the key. */
export function numberChoices(key: string, others: string[], seed: string, percent: boolean): string[] | null {
	const n = value(key);
	const dp = /\.(\d+)$/.exec(key)?.[1].length ?? 0;
	const cands: number[] = [];
	if (dp) {
		const step = dp === 2 && /[05]$/.test(key) ? 0.25 : Math.max(10 ** -dp, Math.round(n * 0.1 * 10 ** dp) / 10 ** dp);
		for (const k of [1, -1, 2, -2, 3]) cands.push(n + k * step);
	} else {
		const unit = n % 100 === 0 && n >= 200 ? 100 : n % 10 === 0 && n >= 20 ? 10 : 1;
		for (const f of [0.5, 1.5, 2, 0.75, 1.25, 1.75]) cands.push(Math.max(unit, Math.round((n * f) / unit) * unit));
	}
	const seen = new Set([formatLike(n, key)]);
	const picked: string[] = [];
	const take = (s: string) => {
		const x = value(s);
		if (picked.length < 3 && !seen.has(s) && x > 0 && !(percent && x > 100) && Math.abs(x - n) <= Math.max(n, 3 * 10 ** -dp) * 2) {
			seen.add(s);
			picked.push(s);
		}
	};
	shuffle(others.filter((o) => (/\./.test(o) ? 1 : 0) === (dp ? 1 : 0)), seed).slice(0, 1).forEach(take);
	shuffle(cands, seed + '|n').map((c) => formatLike(c, key)).forEach(take);
	if (picked.length < 2) return null;
	return [key, ...picked].sort((a, b) => value(a) - value(b));
}

interface Found {
	s: Sentence;
	num: string;
	a: number;
	b: number;
	percent: boolean;
	about: Ent;
}

/** Numbers of an article worth a card: outside quotes and dates, with a unit, in a sentence that stands alone. */
function numbers(art: Art, ents: Ent[]): Found[] {
	const out: Found[] = [];
	for (const s of art.sentences) {
		if (!clozeable(s) || words(s.text) < 7 || words(s.text) > 40 || /["“”]/.test(s.text) || !standsAlone(art, s, ents)) continue;
		// The entity the sentence names first, else the article's most mentioned one (the story's subject).
		const mine = (e: Ent) => e.mentions.filter((m) => m.art === art.index);
		const about = ents.find((e) => mine(e).some((m) => m.start >= s.start && m.end <= s.end)) ?? [...ents].sort((a, b) => mine(b).length - mine(a).length)[0];
		if (!about) continue;
		for (const m of s.text.matchAll(NUMBER)) {
			const start = s.start + m.index!;
			const num = m[1];
			const percent = !!m[2] && /per ?cent|%/.test(m[2]);
			if (!m[2] || (!percent && (!m[3] || WEAK.test(m[3]))) || value(num) < 2 || (!percent && /^(1[89]|20)\d\d$/.test(num))) continue;
			if (inQuote(art, start) || art.facts.dates.some((d) => d.start < start + num.length && start < d.end)) continue;
			// The same number twice in the sentence would leave the answer showing.
			if (s.text.split(num).length > 2 || /\(\s*$/.test(s.text.slice(0, m.index!)) || LABEL.test(s.text.slice(0, m.index!))) continue;
			out.push({ s, num, a: m.index!, b: m.index! + num.length, percent, about });
		}
	}
	return out;
}

/** how-many: the number blanked in its sentence → the number; choices at plausible distances. */
export function numberCards(arts: Art[], ents: Ent[]): Candidate[] {
	const out: Candidate[] = [];
	for (const art of arts) {
		const found = numbers(art, ents);
		for (const f of found) {
			const id = cardId('how-many', art.id, f.s.text, f.num);
			const others = found.filter((o) => o !== f && o.percent === f.percent && o.num !== f.num).map((o) => o.num);
			const choices = numberChoices(f.num, others, id, f.percent);
			if (!choices) continue;
			// "an ____% rise" would hint at the number's first sound.
			const cloze = defineSubject(art, f.s, ents, (f.s.text.slice(0, f.a).replace(/\b([Aa])n? $/, '$1(n) ') + '____' + f.s.text.slice(f.b)).replace(/[.!?]+$/, ''));
			const card = {
				id,
				type: 'how-many' as const,
				prompt: `Fill in the number: ${cloze}.`,
				answer: f.num,
				accept: f.num.includes(',') ? [f.num.replace(/,/g, '')] : undefined,
				choices,
				tags: tagsOf(art, 'how-many'),
				source: sourceOf(art, f.s),
				fact: { kind: f.about.kind, name: f.about.name, text: f.s.text.slice(f.a, f.b) }
			};
			out.push({ card, art: art.index, sentence: f.s.index, quality: f.percent ? 0.8 : 0.75 });
		}
	}
	return out;
}
