/** Step 9: the document's mention table — salience, gender evidence, pronoun / description / organisation resolution. */
import { canonicalName, type Ent } from './07-entities';
import type { QuoteSpan } from './08-quotes';
import { CUE_VERBS } from '../model/cues';
import { DEMONYMS } from '../model/countries';
import { FIRST_NAMES } from '../model/people';

/** One entity mention outside quotation marks (people) or anywhere (groups). */
export interface Mention { e: Ent; start: number; end: number; sentence: number; subject?: boolean; cue?: boolean; turn?: boolean }
/** How a speaker was found; used by the eval's error breakdown. */
export type Via = 'name' | 'pronoun' | 'description' | 'continuation' | 'organisation' | 'none';
/** A speaker decision for one quotation. */
export interface Attribution { speaker: Ent | null; via: Via; cuePos: number }
/** The last speaker event: who spoke (or was the subject of a cue clause) and where. */
export interface SpeakerEvent { e: Ent; pos: number; paragraph: number }

const CUE_NEXT = /^(?:['’]s?)?\s*(?:,[^,“”"]{0,80},)?\s*(?:\p{Ll}+ly\s+)?(?:also\s+|then\s+|later\s+|further\s+)?(?:has\s+|had\s+|have\s+)?(\p{Ll}+)/u;
// "X, for his part, stated" / "X, however, said": the named person is the topic, like a subject.
const ASIDE = /^\s*,\s*(?:for (?:his|her|their|its) part|however|meanwhile|in turn|in response|too|though)\s*,/i;

/** Mentions of the document, with subject / cue flags and gender evidence; answers coreference questions. */
export class MentionTable {
	/** Person mentions outside quotation marks, in text order. */
	readonly people: Mention[];
	/** Group mentions, in text order. */
	readonly groups: Mention[];

	/** Builds the table for one document. */
	constructor(private text: string, ents: Ent[], private quoted: QuoteSpan[], readonly paraOf: (pos: number) => number) {
		const all: Mention[] = ents.flatMap((e) => e.mentions.map((m) => ({ e, start: m.start, end: m.end, sentence: m.sentence }))).sort((a, b) => a.start - b.start);
		this.people = all.filter((m) => m.e.kind === 'people' && !this.inQuote(m.start));
		this.groups = all.filter((m) => m.e.kind === 'groups');
		for (const list of [this.people, this.groups]) {
			let sent = -1;
			for (const m of list) {
				if (m.sentence !== sent) { m.subject = true; sent = m.sentence; }
				const after = text.slice(m.end, m.end + 120);
				const c = CUE_NEXT.exec(after);
				m.turn = ASIDE.test(after);
				m.cue = (!!c && CUE_VERBS.has(c[1])) || m.turn;
				if (m.cue) m.subject = true;
			}
		}
		this.inferGender();
	}

	/** Gender from text evidence (he/she after a subject mention), else from the first-name list. */
	private inferGender(): void {
		const votes = new Map<Ent, number>();
		this.people.forEach((m, i) => {
			if (!m.subject) return;
			const stop = Math.min(m.end + 250, this.people[i + 1]?.start ?? Infinity);
			const re = /\b(he|his|him|himself|she|her|hers|herself)\b/gi;
			const seg = this.text.slice(m.end, stop);
			for (let p = re.exec(seg); p; p = re.exec(seg)) {
				if (this.inQuote(m.end + p.index)) continue;
				votes.set(m.e, (votes.get(m.e) ?? 0) + (/^h(e|is|im|imself)$/i.test(p[1]) ? 1 : -1));
				break;
			}
		});
		// Once per person, not per mention (a person named 10,000 times would make this quadratic).
		for (const e of new Set(this.people.map((m) => m.e))) {
			if (e.gender) continue;
			const v = votes.get(e) ?? 0;
			const listed = FIRST_NAMES[canonicalName(e).split(' ')[0]];
			// A listed first name is firmer evidence than a nearby pronoun, which may point at someone else.
			e.gender = listed ?? (v > 0 ? 'm' : v < 0 ? 'f' : undefined);
		}
	}

	/** True when `pos` lies inside any quoted segment (segments are sorted and disjoint). */
	inQuote(pos: number): boolean {
		const i = upTo(this.quoted, pos) - 1;
		for (let k = i; k >= 0 && k > i - 3; k--) { const q = this.quoted[k]; if (pos >= q.start && pos < (q.close < 0 ? q.end : q.close)) return true; }
		return false;
	}

	/** Mentions (of a sorted list) lying inside [s, e). */
	within(list: Mention[], s: number, e: number): Mention[] {
		const out: Mention[] = [];
		for (let k = upTo(list, s - 1); k < list.length && list[k].start < e; k++) if (list[k].start >= s && list[k].end <= e) out.push(list[k]);
		return out;
	}

	/** The last mentions ending at or before `pos`, newest first (at most `n`). */
	recent(list: Mention[], pos: number, n = 60): Mention[] {
		const out: Mention[] = [];
		for (let k = upTo(list, pos) - 1; k >= 0 && out.length < n; k--) if (list[k].end <= pos) out.push(list[k]);
		return out;
	}

	/** he/she: the last speaker if compatible and not displaced by another subject, else the nearest compatible subject. */
	person(g: 'm' | 'f', pos: number, last: SpeakerEvent | null): Ent | null {
		return this.personBy((e) => !e.gender || e.gender === g, pos, last);
	}

	private personBy(ok: (e: Ent) => boolean, pos: number, last: SpeakerEvent | null): Ent | null {
		const para = this.paraOf(pos);
		const recent = this.recent(this.people, pos).filter((m) => ok(m.e) && para - this.paraOf(m.start) <= 2);
		const speakerEvent = recent.find((m) => m.cue);
		let cur = last && ok(last.e) && para - last.paragraph <= 1 ? last : null;
		if (speakerEvent && (!cur || speakerEvent.start > cur.pos)) cur = { e: speakerEvent.e, pos: speakerEvent.start, paragraph: 0 };
		if (cur) {
			const other = recent.find((m) => m.start > cur!.pos && m.e !== cur!.e && m.subject);
			if (!other) return cur.e;
		}
		const cand = recent.find((m) => m.subject) ?? recent[0];
		if (!cand && last && ok(last.e)) return last.e;
		return cand ? cand.e : null;
	}

	/** it/they: the last organisation that spoke, else the nearest group subject, within two paragraphs. */
	group(pos: number, lastOrg: SpeakerEvent | null): Ent | null {
		const para = this.paraOf(pos);
		const near = this.recent(this.groups, pos).filter((m) => !this.inQuote(m.start) && para - this.paraOf(m.start) <= 2);
		const ev = near.find((m) => m.cue);
		if (lastOrg && para - lastOrg.paragraph <= 1 && (!ev || ev.start < lastOrg.pos)) return lastOrg.e;
		return (ev ?? near.find((m) => m.subject) ?? near[0])?.e ?? null;
	}

	/** Role description ("the Iranian president"): the most recent person holding that role. */
	description(mods: string, role: string, pos: number, last: SpeakerEvent | null): Ent | null {
		const nation = mods.split(/\s+/).map((w) => DEMONYMS[w.charAt(0).toUpperCase() + w.slice(1)]).find((x) => x);
		const holds = (e: Ent) => [...e.roles].some((r) => r.includes(role) || role.includes(r));
		const fits = (e: Ent) => holds(e) && (!nation || !e.nation || e.nation === nation);
		const para = this.paraOf(pos);
		const before = this.recent(this.people, pos, 400);
		const cands = before.filter((m) => fits(m.e));
		const ev = cands.find((m) => m.cue && para - this.paraOf(m.start) <= 2);
		// "X, for his part, stated …" hands the floor to X: a later "the president continued" means X unless X holds another role.
		const turn = before.find((m) => m.turn && para - this.paraOf(m.start) <= 2);
		const latest = Math.max(ev?.start ?? -1, last && fits(last.e) ? last.pos : -1);
		if (turn && turn.start > latest && (turn.e.roles.size === 0 || holds(turn.e))) return turn.e;
		if (last && fits(last.e) && para - last.paragraph <= 1 && (!ev || ev.start < last.pos)) return last.e;
		const hit = ev ?? cands[0] ?? before.find((m) => !nation || m.e.nation === nation);
		return hit ? hit.e : null;
	}

	/** Organisation description ("the ministry"): the last group with that head word, else a recent group. */
	organisation(head: string, pos: number, lastOrg: SpeakerEvent | null): Ent | null {
		if (/^(?:statement|spokes(?:man|woman|person))$/.test(head) && lastOrg && this.paraOf(pos) - lastOrg.paragraph <= 2) return lastOrg.e;
		const before = this.recent(this.groups, pos, 400);
		const hit = before.find((m) => m.e.key.toLowerCase().includes(head));
		return hit ? hit.e : this.group(pos, lastOrg);
	}
}

/** Index of the first item whose start is greater than `pos` (items sorted by start). */
export function upTo(list: { start: number }[], pos: number): number {
	let lo = 0, hi = list.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start <= pos) lo = mid + 1; else hi = mid; }
	return lo;
}
