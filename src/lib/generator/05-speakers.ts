/** Step 5: attribute each quotation to a speaker (name, pronoun, description, continuation). */
import type { Ent } from './03-entities';
import type { QuoteSpan } from './04-quotes';
import { CUE_VERBS, ORG_NOUNS } from './model/cues';
import { ROLES } from './model/people';
import { DEMONYMS } from './model/countries';

/** How a speaker was found; used by the eval's error breakdown. */
export type Via = 'name' | 'pronoun' | 'description' | 'continuation' | 'organisation' | 'none';
/** A speaker decision for one quotation. */
export interface Attribution { speaker: Ent | null; via: Via; cuePos: number }

interface Mention { e: Ent; start: number; end: number }
const WORDS = /[\p{L}’'-]+/gu;
const SENT_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
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
		const all = ents.flatMap((e) => e.mentions.map((m) => ({ e, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
		const outside = all.filter((m) => !this.inQuote(m.start));
		this.people = outside.filter((m) => m.e.kind === 'people');
		this.groups = all.filter((m) => m.e.kind === 'groups');
	}

	/** True when `pos` lies inside any quoted segment. */
	private inQuote(pos: number): boolean {
		return this.quoted.some((q) => pos >= q.start && pos < (q.close < 0 ? q.end : q.close));
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
			const se = SENT_END.exec(after);
			if (se) aEnd = q.close + 1 + se.index + 1;
			const r = this.afterCue(q.close + 1, aEnd);
			if (r) return r;
		}
		let bStart = Math.max(paraStart, prevClose + 1, q.open - 300);
		const before = t.slice(bStart, q.open);
		let m: RegExpExecArray | null;
		SENT_END.lastIndex = 0;
		let cut = -1;
		while ((m = SENT_END.exec(before))) cut = m.index + m[0].length;
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
		for (let m = WORDS.exec(seg); m && n < 12; m = WORDS.exec(seg), n++) {
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
			const participle = /ing$/i.test(cue[0]) && cue.index > 0;
			const r = this.resolve(s, at, participle ? 'first' : 'last', at);
			if (r.speaker || r.via !== 'none') return r;
			return this.resolve(at + cue[0].length, this.clauseEnd(at + cue[0].length, e), 'first', at);
		}
		if (/:\s*$/.test(seg)) return this.resolve(s, e, 'last', e);
		return null;
	}

	/** End of the noun phrase after a cue: first comma, period or quote mark. */
	private clauseEnd(s: number, e: number): number {
		const m = /[,.;:!?“”"(]|\b(?:who|which|that|in a|on \p{Lu})\b/u.exec(this.text.slice(s, e));
		return m ? s + m.index : e;
	}

	/** Turns a speaker region into an entity: name, pronoun, description or organisation. */
	private resolve(s: number, e: number, pick: 'first' | 'last', cuePos: number): Attribution {
		const region = this.text.slice(s, e);
		const parts: [number, number][] = [];
		let p0 = s;
		for (const piece of region.split(',')) { parts.push([p0, p0 + piece.length]); p0 += piece.length + 1; }
		const order = pick === 'first' ? [parts[0], [s, e] as [number, number]] : [parts[parts.length - 1], parts[0], ...parts.slice(1, -1).reverse()];
		for (const [ps, pe] of order) {
			const r = this.resolvePart(ps, pe, pick, cuePos);
			if (r) return r;
		}
		return { speaker: null, via: 'none', cuePos };
	}

	private resolvePart(s: number, e: number, pick: 'first' | 'last', cuePos: number): Attribution | null {
		const inR = (m: Mention) => m.start >= s && m.end <= e;
		const ppl = this.people.filter(inR);
		if (ppl.length) return { speaker: (pick === 'last' ? ppl[ppl.length - 1] : ppl[0]).e, via: 'name', cuePos };
		const part = this.text.slice(s, e);
		const pr = /\b(he|she|they|it|we)\b/i.exec(part);
		const grp = this.groups.filter(inR);
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
			const gr = this.groups.filter((m) => m.end <= pos && !this.inQuote(m.start)).pop();
			return { speaker: gr && pos - gr.end < 600 ? gr.e : null, via: 'pronoun', cuePos };
		}
		const para = this.paraOf(pos);
		if (this.last && ok(this.last.e) && para - this.last.paragraph <= 1) {
			const between = this.people.filter((m) => m.start > this.last!.pos && m.end <= pos && m.e !== this.last!.e && ok(m.e));
			if (!between.length) return { speaker: this.last.e, via: 'pronoun', cuePos };
		}
		const cand = this.people.filter((m) => m.end <= pos && ok(m.e)).pop();
		return { speaker: cand && para - this.paraOf(cand.start) <= 3 ? cand.e : null, via: 'pronoun', cuePos };
	}

	/** Role description ("the Iranian president"): the most recent person holding that role. */
	private description(mods: string, role: string, pos: number, cuePos: number): Attribution {
		const nation = mods.split(/\s+/).map((w) => DEMONYMS[w.charAt(0).toUpperCase() + w.slice(1)]).find((x) => x);
		const before = this.people.filter((m) => m.end <= pos);
		const fits = (e: Ent) => [...e.roles].some((r) => r.includes(role) || role.includes(r)) && (!nation || !e.nation || e.nation === nation);
		const hit = [...before].reverse().find((m) => fits(m.e)) ?? [...before].reverse().find((m) => !nation || m.e.nation === nation);
		return { speaker: hit ? hit.e : null, via: 'description', cuePos };
	}

	/** Organisation description ("the ministry"): the last group with that head word, else the last group. */
	private orgDescription(head: string, pos: number, cuePos: number): Attribution {
		const before = this.groups.filter((m) => m.end <= pos).reverse();
		const hit = before.find((m) => m.e.key.toLowerCase().includes(head)) ?? (/company|firm|group|organi[sz]ation/.test(head) ? before[0] : undefined);
		return { speaker: hit ? hit.e : null, via: 'organisation', cuePos };
	}
}
