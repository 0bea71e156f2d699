/** Step 12: number cards (how-many) — a rate, share or count blanked in its sentence ("held at ____ per cent"). */
import { cardId } from '../../deck/ids';
import { inQuote, type Art } from './01-context';
import type { Ent } from './02-entities';
import { rng } from './04-distractors';
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

/**
 * Four choices on an even ladder — rates and decimals by equal steps, counts by a common ratio — with the key at a
 * rank drawn from the seed, so neither its place nor its being the "base" others are multiples of gives it away
 * (blind readers picked 197 out of 197 · 246 · 345 · 394). Null when no such ladder fits (negative or over 100%).
 */
export function numberChoices(key: string, _others: string[], seed: string, percent: boolean): string[] | null {
	const n = value(key);
	const dp = /\.(\d+)$/.exec(key)?.[1].length ?? 0;
	const rank = Math.floor(rng(seed)() * 4);
	const ladder: number[] = [];
	if (dp || percent) {
		// Rates: quarter points for a rate like 4.25, else about a fifth of the value, at least one unit of the last digit.
		const unit = 10 ** -dp;
		const step = dp === 2 && /[05]$/.test(key) ? 0.25 : Math.max(unit, Math.round((n * 0.2) / unit) * unit, percent ? 2 : unit);
		for (let i = 0; i < 4; i++) ladder.push(n + (i - rank) * step);
	} else {
		// Counts: a ratio of 1.5, rounded as the key is (40 → 60 and 90; 197 → 296, not 300), finer if neighbours collide.
		const unit = 10 ** (/0*$/.exec(String(Math.round(n)))![0].length);
		const sig = Math.max(2, String(Math.round(n)).replace(/0+$/, '').length);
		const roundings = [(x: number) => Math.round(x / unit) * unit, (x: number) => Number(x.toPrecision(sig)), (x: number) => Number(x.toPrecision(sig + 1))];
		for (const round of roundings) {
			ladder.length = 0;
			for (let i = 0; i < 4; i++) ladder.push(i === rank ? n : Math.max(1, round(n * 1.5 ** (i - rank))));
			if (new Set(ladder).size === 4) break;
		}
	}
	const shown = ladder.map((x) => formatLike(x, key));
	if (ladder.some((x) => x <= 0 || (percent && x > 100)) || new Set(shown).size < 4) return null;
	shown[rank] = key;
	return shown;
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
