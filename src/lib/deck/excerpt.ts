/** The part of a source sentence worth showing on a phone: the answer marked, long sentences cut around it. */

/** A sentence split around its marked answer; `clipped` when text was left out at either end. */
export interface Excerpt {
	before: string;
	mark: string;
	after: string;
	clipped: boolean;
}

/** Where the first of `answers` (longer than one character) occurs in `sentence`, ignoring case. */
function findAnswer(sentence: string, answers: readonly string[]): [number, number] | null {
	const lower = sentence.toLowerCase();
	for (const a of answers) {
		if (a.length < 2) continue;
		const i = lower.indexOf(a.toLowerCase());
		if (i >= 0) return [i, i + a.length];
	}
	return null;
}

/**
 * Splits `sentence` around the first answer it contains; a sentence longer than `max` characters keeps only about
 * `max` characters around the answer (or its start), cut at spaces and marked with "…".
 */
export function excerpt(sentence: string, answers: readonly string[], max = Infinity): Excerpt {
	const at = findAnswer(sentence, answers) ?? [0, 0];
	let from = 0;
	let to = sentence.length;
	if (sentence.length > max) {
		const room = Math.max(0, max - (at[1] - at[0]));
		from = Math.max(0, at[0] - Math.floor(room / 2));
		to = Math.min(sentence.length, from + (at[1] - at[0]) + room);
		from = Math.max(0, Math.min(from, to - max));
		if (from > 0) from = cutForward(sentence, from, at[0]);
		if (to < sentence.length) to = cutBack(sentence, to, at[1]);
	}
	const head = from > 0 ? '…' : '';
	const tail = to < sentence.length ? '…' : '';
	return {
		before: head + sentence.slice(from, at[0]).trimStart(),
		mark: sentence.slice(at[0], at[1]),
		after: sentence.slice(at[1], to).trimEnd() + tail,
		clipped: from > 0 || to < sentence.length
	};
}

/** Moves a cut at `i` forward to the next word start, never past `limit`. */
function cutForward(s: string, i: number, limit: number): number {
	const sp = s.indexOf(' ', i);
	return sp >= 0 && sp < limit ? sp + 1 : i;
}

/** Moves a cut at `i` back to the previous word end, never before `limit`. */
function cutBack(s: string, i: number, limit: number): number {
	const sp = s.lastIndexOf(' ', i);
	return sp > limit ? sp : i;
}
