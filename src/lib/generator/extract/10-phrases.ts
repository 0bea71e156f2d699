/** Step 10: turn the words next to a cue into a speaker — names, pronouns, role and organisation descriptions. */
import type { Ent } from './07-entities';
import type { Attribution, MentionTable, SpeakerEvent } from './09-coref';
import { ORG_NOUNS } from '../model/cues';
import { ROLES } from '../model/people';

const ROLE_RE = new RegExp(`\\b(the|a|an|this|that|his|her|its)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${ROLES.join('|')})\\b`, 'iu');
const ORG_RE = new RegExp(`\\b(?:the|its|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ORG_NOUNS.join('|')})\\b`, 'iu');
const APPOSITION = /^\s*(?:a|an|the|his|her|its|their|\p{Ll}[\p{L}-]*)\s/u;
const HAS_PRONOUN = /\b(?:he|she|they|it|we|I)\b/;
// A subject pronoun sits right before the cue ("… he said") or right after it ("said he").
const PRONOUN_LAST = /\b(he|she|they|it|we)\s+(?:(?:also|then|later|again|has|had|have|would|will|once|further|\p{Ll}+ly)\s+){0,2}$/iu;
const PRONOUN_FIRST = /^\s*(?:\p{L}+\s+){0,2}(he|she|they|it|we)\b/iu;
const PREPOSITION_END = /\b(?:to|with|at|for|from|by|of|on|in|about|against|over|than|and)\s+(?:the\s+)?$/i;
const RELATIVE = /^\s*(?:who|whom|whose|which|where|when)\b/i;

/** The speaker state a phrase may refer back to: the last person and organisation that spoke. */
export interface Floor { last: SpeakerEvent | null; lastOrg: SpeakerEvent | null }

/** Resolves speaker noun phrases against the mention table. */
export class PhraseResolver {
	/** Binds the document text, its mention table and the shared speaker state. */
	constructor(private text: string, private m: MentionTable, private floor: Floor) {}

	private get last() { return this.floor.last; }
	private get lastOrg() { return this.floor.lastOrg; }

	/** Turns a speaker region into an entity, trying its comma-separated parts in a sensible order. */
	resolve(s: number, e: number, pick: 'first' | 'last', cuePos: number): Attribution {
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

	/** `S V O: “Q”` with no cue verb: a name right before the colon, else the subject of the last clause. */
	colon(s: number, e: number): Attribution {
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
}
