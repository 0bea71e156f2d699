/** Step 11: attribute each quotation to a speaker (cue next to the quote, then name, pronoun, description, continuation). */
import type { Ent } from './07-entities';
import type { QuoteSpan } from './08-quotes';
import { MentionTable, type Attribution, type SpeakerEvent } from './09-coref';
import { PhraseResolver } from './10-phrases';
import { CUE_VERBS } from '../model/cues';

export type { Attribution, Via } from './09-coref';

const WORDS = /[\p{L}’'-]+/gu;
const SENT_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
const ABBREV = '\\p{Lu}|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Rev|St|Jr|Sr|Ft|Mt';
const ABBREV_END = new RegExp(`(?:^|[\\s.])(?:${ABBREV})$`, 'u');
const ADVERBS = /^(?:(?:also|then|later|again|has|had|have|would|will|once|previously|recently|simply|just|quickly)\s+)*$/i;

/** Attributes quotations using the document's entity mentions, in text order. */
export class SpeakerResolver {
	/** The document's mention table (shared with the ranker). */
	readonly m: MentionTable;
	private floor: { last: SpeakerEvent | null; lastOrg: SpeakerEvent | null } = { last: null, lastOrg: null };
	private np: PhraseResolver;
	private prevQuote: { q: QuoteSpan; a: Attribution } | null = null;
	private prevPara: { start: number; end: number } | undefined;

	/** Prepares mention lists (outside quotation marks) for one document. */
	constructor(private text: string, ents: Ent[], quoted: QuoteSpan[], paraOf: (pos: number) => number) {
		this.m = new MentionTable(text, ents, quoted, paraOf);
		this.np = new PhraseResolver(text, this.m, this.floor);
	}

	/** The speaker of one quotation (call in text order; continuation uses the previous call). */
	attribute(q: QuoteSpan, paraStart: number, paraEnd: number, nextOpen: number, prevClose: number, prevPara?: { start: number; end: number }): Attribution {
		this.prevPara = prevPara;
		const a = this.find(q, paraStart, paraEnd, nextOpen, prevClose);
		const ev = a.speaker ? { e: a.speaker, pos: q.start, paragraph: q.paragraph } : null;
		if (ev?.e.kind === 'people') this.floor.last = ev;
		else if (ev) this.floor.lastOrg = ev;
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
			if (w === 'according' && /^according\s+to\b/i.test(seg.slice(m.index))) return this.np.resolve(at + 12, e, 'first', at);
			if (!isCue(seg, m)) continue;
			if (/ing$/.test(w) && /^[\s,;—–-]*$/.test(seg.slice(0, m.index))) return null;
			const pre = seg.slice(0, m.index).replace(/^[\s,.?!;:—–-]+/, '');
			const post = () => this.np.resolve(at + m![0].length, this.clauseEnd(at + m![0].length, e), 'first', at);
			if (ADVERBS.test(pre.trim() + ' ') || pre.trim() === '') return post();
			const r = this.np.resolve(s, at, 'last', at);
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
		if (acc) return this.np.resolve(s + acc.index + 12, e, 'first', s + acc.index);
		const cues: RegExpExecArray[] = [];
		WORDS.lastIndex = 0;
		for (let m = WORDS.exec(seg); m; m = WORDS.exec(seg)) if (isCue(seg, m) && !this.m.inQuote(s + m.index)) cues.push(m);
		// The nearest cue whose subject resolves wins ("she said in a note" skips the noun "note").
		let first: Attribution | null = null;
		for (let k = cues.length - 1; k >= 0; k--) {
			const cue = cues[k], at = s + cue.index;
			const participle = /ing$/i.test(cue[0]) && cue.index > 0 && /,\s*$/.test(seg.slice(0, cue.index));
			const r = this.np.resolve(s, at, participle ? 'first' : 'last', at);
			if (r.speaker) return r;
			if (k === cues.length - 1) {
				if (r.via !== 'none') first = r;
				else {
					const r2 = this.np.resolve(at + cue[0].length, this.clauseEnd(at + cue[0].length, e), 'first', at);
					if (r2.speaker) return r2;
					first = /ing$/i.test(cue[0]) ? null : r2;
				}
			}
		}
		if (cues.length) return first;
		if (/:\s*$/.test(seg)) return this.np.colon(s, e - /:\s*$/.exec(seg)![0].length);
		return null;
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



}

/** A cue verb, or the phrases "put it" and "went on". */
function isCue(seg: string, m: RegExpExecArray): boolean {
	const w = m[0].toLowerCase();
	return CUE_VERBS.has(w) || ((w === 'put' || w === 'went') && /^\s+(?:it|on)\b/.test(seg.slice(m.index + w.length)));
}
