/** Step 5: attribute each quotation to a speaker (name, pronoun, description, continuation). */
import type { Ent } from './04-entities';
import type { QuoteSpan } from './05-quotes';
import { CUE_VERBS, ORG_NOUNS } from './model/cues';
import { ROLES } from './model/people';
import { DEMONYMS } from './model/countries';

/** How a speaker was found; used by the eval's error breakdown. */
export type Via = 'name' | 'pronoun' | 'description' | 'continuation' | 'organisation' | 'none';
/** A speaker decision for one quotation. */
export interface Attribution { speaker: Ent | null; via: Via; cuePos: number }

interface Mention { e: Ent; start: number; end: number; sentence: number; subject?: boolean; cue?: boolean }
const CUE_NEXT = /^(?:['’]s?)?\s*(?:,[^,“”"]{0,80},)?\s*(?:\p{Ll}+ly\s+)?(?:also\s+|then\s+|later\s+)?(?:has\s+|had\s+|have\s+)?(\p{Ll}+)/u;
const WORDS = /[\p{L}’'-]+/gu;
const SENT_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
const ABBREV_END = /(?:^|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Rev|St|Jr|Sr)$/u;
const PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'n'> = { he: 'm', she: 'f', they: 'p', it: 'n', we: 'p' };
const ROLE_RE = new RegExp(`\\b(?:the|a|an|this|that|his|her|its)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${ROLES.join('|')})\\b`, 'iu');
const ORG_RE = new RegExp(`\\b(?:the|its|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ORG_NOUNS.join('|')})\\b`, 'iu');

/** Attributes quotations using the document's entity mentions, in text order. */
export class SpeakerResolver {
	private people: Mention[];
	private groups: Mention[];
	private last: { e: Ent; pos: number; paragraph: number } | null = null;
	private prevQuote: { q: QuoteSpan; a: Attribution } | null = null;
	private prevPara: { start: number; end: number } | undefined;

	/** Prepares mention lists (outside quotation marks) for one document. */
	constructor(private text: string, ents: Ent[], private quoted: QuoteSpan[], private paraOf: (pos: number) => number) {
		const all: Mention[] = ents.flatMap((e) => e.mentions.map((m) => ({ e, start: m.start, end: m.end, sentence: m.sentence }))).sort((a, b) => a.start - b.start);
		const outside = all.filter((m) => !this.inQuote(m.start));
		this.people = outside.filter((m) => m.e.kind === 'people');
		this.groups = all.filter((m) => m.e.kind === 'groups');
		let sent = -1;
		for (const m of this.people) {
			if (m.sentence !== sent) { m.subject = true; sent = m.sentence; }
			const c = CUE_NEXT.exec(text.slice(m.end, m.end + 120));
			m.cue = !!c && CUE_VERBS.has(c[1]);
		}
		this.inferGender();
	}

	/** Gender from text evidence: the first he/she after a subject mention, before any other person. */
	private inferGender(): void {
		const votes = new Map<Ent, number>();
		this.people.forEach((m, i) => {
			if (!m.subject || m.e.gender) return;
			const stop = Math.min(m.end + 250, this.people[i + 1]?.start ?? Infinity);
			const re = /\b(he|his|him|she|her|hers)\b/gi;
			const seg = this.text.slice(m.end, stop);
			for (let p = re.exec(seg); p; p = re.exec(seg)) {
				if (this.inQuote(m.end + p.index)) continue;
				votes.set(m.e, (votes.get(m.e) ?? 0) + (/^(he|his|him)$/i.test(p[1]) ? 1 : -1));
				break;
			}
		});
		for (const [e, v] of votes) if (v !== 0) e.gender = v > 0 ? 'm' : 'f';
	}

	/** True when `pos` lies inside any quoted segment (segments are sorted and disjoint). */
	private inQuote(pos: number): boolean {
		const i = upTo(this.quoted, pos) - 1;
		for (let k = i; k >= 0 && k > i - 3; k--) { const q = this.quoted[k]; if (pos >= q.start && pos < (q.close < 0 ? q.end : q.close)) return true; }
		return false;
	}

	/** Mentions (of a sorted list) lying inside [s, e). */
	private within(list: Mention[], s: number, e: number): Mention[] {
		const out: Mention[] = [];
		for (let k = upTo(list, s - 1); k < list.length && list[k].start < e; k++) if (list[k].start >= s && list[k].end <= e) out.push(list[k]);
		return out;
	}

	/** The last mentions ending at or before `pos`, newest first (at most `n`). */
	private recent(list: Mention[], pos: number, n = 60): Mention[] {
		const out: Mention[] = [];
		for (let k = upTo(list, pos) - 1; k >= 0 && out.length < n; k--) if (list[k].end <= pos) out.push(list[k]);
		return out;
	}

	/** The speaker of one quotation (call in text order; continuation uses the previous call). */
	attribute(q: QuoteSpan, paraStart: number, paraEnd: number, nextOpen: number, prevClose: number, prevPara?: { start: number; end: number }): Attribution {
		this.prevPara = prevPara;
		const a = this.find(q, paraStart, paraEnd, nextOpen, prevClose);
		if (a.speaker?.kind === 'people') this.last = { e: a.speaker, pos: q.start, paragraph: q.paragraph };
		this.prevQuote = { q, a };
		return a;
	}

	private find(q: QuoteSpan, paraStart: number, paraEnd: number, nextOpen: number, prevClose: number): Attribution {
		const t = this.text;
		if (q.close >= 0) {
			let aEnd = Math.min(nextOpen, paraEnd, q.close + 200);
			SENT_END.lastIndex = 0;
			const after = t.slice(q.close + 1, aEnd);
			let se = SENT_END.exec(after);
			while (se && ABBREV_END.test(after.slice(0, se.index))) se = SENT_END.exec(after);
			if (se) aEnd = q.close + 1 + se.index + 1;
			const r = this.afterCue(q.close + 1, aEnd);
			if (r) return r;
		}
		let bStart = Math.max(paraStart, prevClose + 1, q.open - 300);
		const before = t.slice(bStart, q.open);
		let m: RegExpExecArray | null;
		SENT_END.lastIndex = 0;
		let cut = -1;
		while ((m = SENT_END.exec(before))) if (!ABBREV_END.test(before.slice(0, m.index))) cut = m.index + m[0].length;
		if (cut > 0 && !/^\s*[:,]?\s*$/.test(before.slice(cut))) bStart += cut;
		const r = this.beforeCue(bStart, q.open);
		if (r) return r;
		const pq = this.prevQuote;
		if (pq && pq.a.speaker && (pq.q.paragraph === q.paragraph || (q.opensParagraph && pq.q.paragraph >= q.paragraph - 1)))
			return { speaker: pq.a.speaker, via: 'continuation', cuePos: -1 };
		if (q.opensParagraph && this.prevPara && (!pq || pq.q.paragraph < q.paragraph - 1 || !pq.a.speaker)) {
			const r = this.beforeCue(this.prevPara.start, this.prevPara.end);
			if (r?.speaker) return { ...r, via: 'continuation' };
		}
		return { speaker: null, via: 'none', cuePos: -1 };
	}

	/** `“Q,” S said` or `“Q,” said S` in the text after the closing mark. */
	private afterCue(s: number, e: number): Attribution | null {
		const seg = this.text.slice(s, e);
		WORDS.lastIndex = 0;
		let n = 0;
		for (let m = WORDS.exec(seg); m && n < 30; m = WORDS.exec(seg), n++) {
			const w = m[0].toLowerCase();
			const at = s + m.index;
			if (w === 'according' && /^according\s+to\b/i.test(seg.slice(m.index))) return this.resolve(at + 12, e, 'first', at);
			if (!CUE_VERBS.has(w)) continue;
			if (/ing$/.test(w) && /^[\s,;—–-]*$/.test(seg.slice(0, m.index))) return null;
			const pre = seg.slice(0, m.index).replace(/^[\s,.?!;:—–-]+/, '');
			if (/^(?:(?:also|then|later|again|has|had|have|would|will|once|previously|recently|simply|just|quickly)\s+)*$/i.test(pre.trim() + ' ') || pre.trim() === '') {
				const end = this.clauseEnd(at + m[0].length, e);
				return this.resolve(at + m[0].length, end, 'first', at);
			}
			return this.resolve(s, at, 'last', at);
		}
		return null;
	}

	/** `S said: “Q”`, `S said that “Q”`, `according to S, “Q”`, `S: “Q”` before the opening mark. */
	private beforeCue(s: number, e: number): Attribution | null {
		const seg = this.text.slice(s, e);
		const acc = /according to\s+([^,]{1,80}),?\s*$/i.exec(seg);
		if (acc) return this.resolve(s + acc.index + 12, e, 'first', s + acc.index);
		let cue: RegExpExecArray | null = null;
		WORDS.lastIndex = 0;
		for (let m = WORDS.exec(seg); m; m = WORDS.exec(seg)) if (CUE_VERBS.has(m[0].toLowerCase())) cue = m;
		if (cue) {
			const at = s + cue.index;
			const participle = /ing$/i.test(cue[0]) && cue.index > 0 && /,\s*$/.test(seg.slice(0, cue.index));
			const r = this.resolve(s, at, participle ? 'first' : 'last', at);
			if (r.speaker || r.via !== 'none') return r;
			const r2 = this.resolve(at + cue[0].length, this.clauseEnd(at + cue[0].length, e), 'first', at);
			return r2.speaker || !/ing$/i.test(cue[0]) ? r2 : null;
		}
		if (/:\s*$/.test(seg)) return this.resolve(s, e, 'last', e);
		return null;
	}

	/** End of the noun phrase after a cue: first comma, period or quote mark. */
	private clauseEnd(s: number, e: number): number {
		const re = /[,.;:!?“”"(]|\b(?:who|which|that|in an?|on \p{Lu})\b/gu;
		const seg = this.text.slice(s, e);
		for (let m = re.exec(seg); m; m = re.exec(seg)) {
			if (m[0] === '.' && /(?:^|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Rev|St|Jr|Sr|Ft|Mt)$/u.test(seg.slice(0, m.index))) continue;
			return s + m.index;
		}
		return e;
	}

	/** Turns a speaker region into an entity: name, pronoun, description or organisation. */
	private resolve(s: number, e: number, pick: 'first' | 'last', cuePos: number): Attribution {
		const region = this.text.slice(s, e);
		const parts: [number, number][] = [];
		let p0 = s;
		for (const piece of region.split(',')) { parts.push([p0, p0 + piece.length]); p0 += piece.length + 1; }
		while (parts.length > 1 && this.text.slice(...parts[parts.length - 1]).trim() === '') parts.pop();
		const lastP = parts[parts.length - 1];
		const appositive = parts.length > 1 && /^\s*(?:\p{Ll}|(?:a|an|the)\s)/u.test(this.text.slice(...lastP)) && !/^\s*(?:he|she|they|it|we)\b/.test(this.text.slice(...lastP));
		const order = pick === 'first' ? [parts[0], [s, e] as [number, number]]
			: appositive ? [parts[0], lastP, ...parts.slice(1, -1).reverse()] : [lastP, parts[0], ...parts.slice(1, -1).reverse()];
		for (const [ps, pe] of order) {
			const r = this.resolvePart(ps, pe, pick, cuePos);
			if (r) return r;
		}
		return { speaker: null, via: 'none', cuePos };
	}

	private resolvePart(s: number, e: number, pick: 'first' | 'last', cuePos: number): Attribution | null {
		const ppl = this.within(this.people, s, e);
		if (ppl.length) return { speaker: (pick === 'last' ? ppl[ppl.length - 1] : ppl[0]).e, via: 'name', cuePos };
		const part = this.text.slice(s, e);
		const pr = /\b(he|she|they|it|we)\b/i.exec(part);
		const grp = this.within(this.groups, s, e);
		if (pr && (!grp.length || pr.index < grp[0].start - s)) return this.pronoun(PRONOUNS[pr[1].toLowerCase()], s, cuePos);
		if (grp.length) return { speaker: (pick === 'last' ? grp[grp.length - 1] : grp[0]).e, via: 'organisation', cuePos };
		const role = ROLE_RE.exec(part);
		if (role) return this.description(role[1], role[2].toLowerCase(), s, cuePos);
		const org = ORG_RE.exec(part);
		if (org) return this.orgDescription(org[1].toLowerCase(), s, cuePos);
		return null;
	}

	/** Pronoun: the last speaker if compatible and recent, else the nearest compatible person. */
	private pronoun(g: 'm' | 'f' | 'p' | 'n', pos: number, cuePos: number): Attribution {
		const ok = (e: Ent) => !e.gender || e.gender === g;
		if (g === 'p' || g === 'n') {
			const gr = this.recent(this.groups, pos).find((m) => !this.inQuote(m.start));
			return { speaker: gr && this.paraOf(pos) - this.paraOf(gr.start) <= 2 ? gr.e : null, via: 'pronoun', cuePos };
		}
		const para = this.paraOf(pos);
		const recent = this.recent(this.people, pos).filter((m) => ok(m.e) && para - this.paraOf(m.start) <= 2);
		const speakerEvent = recent.find((m) => m.cue);
		let last = this.last && ok(this.last.e) && para - this.last.paragraph <= 1 ? this.last : null;
		if (speakerEvent && (!last || speakerEvent.start > last.pos)) last = { e: speakerEvent.e, pos: speakerEvent.start, paragraph: 0 };
		if (last) {
			const other = recent.find((m) => m.start > last!.pos && m.e !== last!.e && m.subject);
			if (!other) return { speaker: last.e, via: 'pronoun', cuePos };
		}
		const cand = recent.find((m) => m.subject) ?? recent[0];
		if (!cand && this.last && ok(this.last.e)) return { speaker: this.last.e, via: 'pronoun', cuePos };
		return { speaker: cand ? cand.e : null, via: 'pronoun', cuePos };
	}

	/** Role description ("the Iranian president"): the most recent person holding that role. */
	private description(mods: string, role: string, pos: number, cuePos: number): Attribution {
		const nation = mods.split(/\s+/).map((w) => DEMONYMS[w.charAt(0).toUpperCase() + w.slice(1)]).find((x) => x);
		const before = this.recent(this.people, pos, 400);
		const fits = (e: Ent) => [...e.roles].some((r) => r.includes(role) || role.includes(r)) && (!nation || !e.nation || e.nation === nation);
		const hit = before.find((m) => fits(m.e)) ?? before.find((m) => !nation || m.e.nation === nation);
		return { speaker: hit ? hit.e : null, via: 'description', cuePos };
	}

	/** Organisation description ("the ministry"): the last group with that head word, else the last group. */
	private orgDescription(head: string, pos: number, cuePos: number): Attribution {
		const before = this.recent(this.groups, pos, 400);
		const near = before.filter((m) => this.paraOf(pos) - this.paraOf(m.start) <= 2);
		const hit = before.find((m) => m.e.key.toLowerCase().includes(head)) ?? near[0];
		return { speaker: hit ? hit.e : null, via: 'organisation', cuePos };
	}
}

/** Index of the first item whose start is greater than `pos` (items sorted by start). */
function upTo(list: { start: number }[], pos: number): number {
	let lo = 0, hi = list.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start <= pos) lo = mid + 1; else hi = mid; }
	return lo;
}
