/** Step 6b: attribute each quotation to a speaker (cue next to the quote, then name, pronoun, description, continuation). */
import type { Ent } from './04-entities';
import type { QuoteSpan } from './05-quotes';
import { MentionTable, type Attribution, type SpeakerEvent } from './06-coref';
import { CUE_VERBS, ORG_NOUNS } from './model/cues';
import { ROLES } from './model/people';

export type { Attribution, Via } from './06-coref';

const WORDS = /[\p{L}’'-]+/gu;
const SENT_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
const ABBREV = '\\p{Lu}|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Rev|St|Jr|Sr|Ft|Mt';
const ABBREV_END = new RegExp(`(?:^|[\\s.])(?:${ABBREV})$`, 'u');
const ROLE_RE = new RegExp(`\\b(the|a|an|this|that|his|her|its)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${ROLES.join('|')})\\b`, 'iu');
const ORG_RE = new RegExp(`\\b(?:the|its|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ORG_NOUNS.join('|')})\\b`, 'iu');
const APPOSITION = /^\s*(?:a|an|the|his|her|its|their|\p{Ll}[\p{L}-]*)\s/u;
const HAS_PRONOUN = /\b(?:he|she|they|it|we|I)\b/;
// A subject pronoun sits right before the cue ("… he said") or right after it ("said he").
const PRONOUN_LAST = /\b(he|she|they|it|we)\s+(?:(?:also|then|later|again|has|had|have|would|will|once|further|\p{Ll}+ly)\s+){0,2}$/iu;
const PRONOUN_FIRST = /^\s*(?:\p{L}+\s+){0,2}(he|she|they|it|we)\b/iu;
const PREPOSITION_END = /\b(?:to|with|at|for|from|by|of|on|in|about|against|over|than|and)\s+(?:the\s+)?$/i;
const RELATIVE = /^\s*(?:who|whom|whose|which|where|when)\b/i;
const ADVERBS = /^(?:(?:also|then|later|again|has|had|have|would|will|once|previously|recently|simply|just|quickly)\s+)*$/i;

/** Attributes quotations using the document's entity mentions, in text order. */
export class SpeakerResolver {
	private m: MentionTable;
	private last: SpeakerEvent | null = null;
	private lastOrg: SpeakerEvent | null = null;
	private prevQuote: { q: QuoteSpan; a: Attribution } | null = null;
	private prevPara: { start: number; end: number } | undefined;

	/** Prepares mention lists (outside quotation marks) for one document. */
	constructor(private text: string, ents: Ent[], quoted: QuoteSpan[], paraOf: (pos: number) => number) {
		this.m = new MentionTable(text, ents, quoted, paraOf);
	}

	/** The speaker of one quotation (call in text order; continuation uses the previous call). */
	attribute(q: QuoteSpan, paraStart: number, paraEnd: number, nextOpen: number, prevClose: number, prevPara?: { start: number; end: number }): Attribution {
		this.prevPara = prevPara;
		const a = this.find(q, paraStart, paraEnd, nextOpen, prevClose);
		const ev = a.speaker ? { e: a.speaker, pos: q.start, paragraph: q.paragraph } : null;
		if (ev?.e.kind === 'people') this.last = ev;
		else if (ev) this.lastOrg = ev;
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
			if (!isCue(seg, m)) continue;
			if (/ing$/.test(w) && /^[\s,;—–-]*$/.test(seg.slice(0, m.index))) return null;
			const pre = seg.slice(0, m.index).replace(/^[\s,.?!;:—–-]+/, '');
			const post = () => this.resolve(at + m![0].length, this.clauseEnd(at + m![0].length, e), 'first', at);
			if (ADVERBS.test(pre.trim() + ' ') || pre.trim() === '') return post();
			const r = this.resolve(s, at, 'last', at);
			if (r.speaker || r.via !== 'none') return r;
			const r2 = post();
			if (r2.speaker || r2.via !== 'none') return r2;
		}
		return null;
	}

	/** `S said: “Q”`, `S said that “Q”`, `according to S, “Q”`, `S: “Q”` before the opening mark. */
	private beforeCue(s: number, e: number): Attribution | null {
		const seg = this.text.slice(s, e);
		const acc = /according to\s+([^,]{1,80}),?\s*$/i.exec(seg);
		if (acc) return this.resolve(s + acc.index + 12, e, 'first', s + acc.index);
		const cues: RegExpExecArray[] = [];
		WORDS.lastIndex = 0;
		for (let m = WORDS.exec(seg); m; m = WORDS.exec(seg)) if (isCue(seg, m) && !this.m.inQuote(s + m.index)) cues.push(m);
		// The nearest cue whose subject resolves wins ("she said in a note" skips the noun "note").
		let first: Attribution | null = null;
		for (let k = cues.length - 1; k >= 0; k--) {
			const cue = cues[k], at = s + cue.index;
			const participle = /ing$/i.test(cue[0]) && cue.index > 0 && /,\s*$/.test(seg.slice(0, cue.index));
			const r = this.resolve(s, at, participle ? 'first' : 'last', at);
			if (r.speaker) return r;
			if (k === cues.length - 1) {
				if (r.via !== 'none') first = r;
				else {
					const r2 = this.resolve(at + cue[0].length, this.clauseEnd(at + cue[0].length, e), 'first', at);
					if (r2.speaker) return r2;
					first = /ing$/i.test(cue[0]) ? null : r2;
				}
			}
		}
		if (cues.length) return first;
		if (/:\s*$/.test(seg)) return this.colon(s, e - /:\s*$/.exec(seg)![0].length);
		return null;
	}

	/** `S V O: “Q”` with no cue verb: a name right before the colon, else the subject of the last clause. */
	private colon(s: number, e: number): Attribution {
		const t = this.text;
		const mentions = (a: number, b: number) => [...this.m.within(this.m.people, a, b), ...this.m.within(this.m.groups, a, b)].sort((x, y) => x.start - y.start);
		const subject = (x: { start: number }) => !PREPOSITION_END.test(t.slice(Math.max(s, x.start - 12), x.start));
		const tail = mentions(s, e).filter((x) => /^[\s’'s]*$/.test(t.slice(x.end, e)) && subject(x));
		const via = (x: { e: Ent }) => (x.e.kind === 'groups' ? 'organisation' : 'name') as Attribution['via'];
		if (tail.length) return { speaker: tail[0].e, via: via(tail[0]), cuePos: e };
		let p1 = e;
		for (const piece of t.slice(s, e).split(',').reverse()) {
			const p0 = p1 - piece.length;
			const pr = PRONOUN_FIRST.exec(piece);
			if (pr) return this.resolvePart(p0 + pr.index, p1, 'first', e) ?? { speaker: null, via: 'pronoun', cuePos: e };
			const subj = mentions(p0, p1).find(subject);
			if (subj) return { speaker: subj.e, via: via(subj), cuePos: e };
			p1 = p0 - 1;
		}
		return { speaker: null, via: 'none', cuePos: e };
	}

	/** End of the noun phrase after a cue: first comma, period or quote mark. */
	private clauseEnd(s: number, e: number): number {
		const re = /[,.;:!?“”"(]|\b(?:who|which|that|in an?|on \p{Lu})\b/gu;
		const seg = this.text.slice(s, e);
		for (let m = re.exec(seg); m; m = re.exec(seg)) {
			if (m[0] === '.' && ABBREV_END.test(seg.slice(0, m.index))) continue;
			return s + m.index;
		}
		return e;
	}

	/** Turns a speaker region into an entity, trying its comma-separated parts in a sensible order. */
	private resolve(s: number, e: number, pick: 'first' | 'last', cuePos: number): Attribution {
		const t = this.text;
		const parts: [number, number][] = [];
		let p0 = s;
		for (const piece of t.slice(s, e).split(',')) { parts.push([p0, p0 + piece.length]); p0 += piece.length + 1; }
		const closed = parts.length > 1 && t.slice(...parts[parts.length - 1]).trim() === '';
		while (parts.length > 1 && t.slice(...parts[parts.length - 1]).trim() === '') parts.pop();
		// A closed relative clause ("X, who ran with Y, said") only describes the part before it.
		while (closed && parts.length > 1 && RELATIVE.test(t.slice(...parts[parts.length - 1]))) parts.pop();
		const lastP = parts[parts.length - 1];
		const lastTxt = t.slice(...lastP);
		const namedHead = parts.length > 1 && /[\p{Lu}][\p{L}’'.-]*\s*$/u.test(t.slice(...parts[parts.length - 2]));
		const appositive = namedHead && APPOSITION.test(lastTxt) && !HAS_PRONOUN.test(lastTxt) && !RELATIVE.test(lastTxt);
		// "…, who said": the speaker is the name right before the comma, or unknown.
		if (pick === 'last' && !closed && parts.length > 1 && /^\s*who\s*$/i.test(lastTxt)) {
			const [ps, pe] = parts[parts.length - 2];
			const hit = [...this.m.within(this.m.people, ps, pe), ...this.m.within(this.m.groups, ps, pe)].find((x) => /^[\s’'s]*$/.test(t.slice(x.end, pe)));
			return { speaker: hit ? hit.e : null, via: hit?.e.kind === 'groups' ? 'organisation' : 'name', cuePos };
		}
		const order = pick === 'first' ? [parts[0], [s, e] as [number, number]]
			: appositive ? [parts[parts.length - 2], lastP, ...parts.slice(0, -2).reverse()] : [lastP, ...parts.slice(0, -1).reverse()];
		for (const [ps, pe] of order) {
			const r = this.resolvePart(ps, pe, pick, cuePos, pick === 'last' && ps === lastP[0]);
			if (r) return r;
		}
		return { speaker: null, via: 'none', cuePos };
	}

	/** One noun phrase: a name, a pronoun, a group, a role description or an organisation description. */
	private resolvePart(s: number, e: number, pick: 'first' | 'last', cuePos: number, adjacent = false): Attribution | null {
		const grp = this.m.within(this.m.groups, s, e);
		const ppl = this.m.within(this.m.people, s, e).filter((p) => !grp.some((g) => g.start <= p.start && g.end >= p.end));
		const at = (l: { e: Ent }[]) => (pick === 'last' ? l[l.length - 1] : l[0]).e;
		if (ppl.length) return { speaker: at(ppl), via: 'name', cuePos };
		const part = this.text.slice(s, e);
		const pr = (adjacent ? PRONOUN_LAST : PRONOUN_FIRST).exec(part);
		if (pr && (!grp.length || pr.index + pr[0].indexOf(pr[1]) < grp[0].start - s)) {
			const g = pr[1].toLowerCase();
			const who = g === 'he' || g === 'she' ? this.m.person(g === 'he' ? 'm' : 'f', s, this.last) : this.m.group(s, this.lastOrg);
			return { speaker: who, via: 'pronoun', cuePos };
		}
		let role = ROLE_RE.exec(part);
		// "The Justice Department": a role word inside an organisation's name is no description.
		if (role && grp.some((g) => g.end > s + role!.index + role![0].length - role![3].length && g.start < s + role!.index + role![0].length)) role = null;
		// "a spokesman for X" is someone new: the speaker is X, never an earlier holder of the role.
		if (role && /^an?$/i.test(role[1])) {
			if (grp.length) return { speaker: at(grp), via: 'organisation', cuePos };
			const org = ORG_RE.exec(part.slice(role.index + role[0].length));
			return org ? { speaker: this.m.organisation(org[1].toLowerCase(), s, this.lastOrg), via: 'organisation', cuePos } : null;
		}
		if (role) {
			const who = this.m.description(role[2], role[3].toLowerCase(), s, this.last);
			if (who || !grp.length) return { speaker: who, via: 'description', cuePos };
		}
		if (grp.length) return { speaker: at(grp), via: 'organisation', cuePos };
		const org = ORG_RE.exec(part);
		if (org) return { speaker: this.m.organisation(org[1].toLowerCase(), s, this.lastOrg), via: 'organisation', cuePos };
		return null;
	}

}

/** A cue verb, or the phrases "put it" and "went on". */
function isCue(seg: string, m: RegExpExecArray): boolean {
	const w = m[0].toLowerCase();
	return CUE_VERBS.has(w) || ((w === 'put' || w === 'went') && /^\s+(?:it|on)\b/.test(seg.slice(m.index + w.length)));
}
