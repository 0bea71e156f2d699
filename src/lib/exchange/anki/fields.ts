/** Anki note fields: HTML in and out, choices as a list, cloze deletions, and the checksum Anki keeps per note. */
import { stripHtml } from '../csv';

/** Text as HTML (Anki fields are HTML): markup in a deck stays text. */
export function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A field's HTML as plain text on one line. */
export const plain = (html: string): string => stripHtml(html).replace(/\s+/g, ' ').trim();

/** Choices as an HTML list, one choice per item. */
export function choicesHtml(choices: readonly string[] | undefined): string {
	return choices?.length ? `<ol>${choices.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol>` : '';
}

/** The choices of a Choices field: list items, else lines (`<br>` or newlines); empty ones dropped. */
export function parseChoices(html: string): string[] {
	const parts = /<li[\s>]/i.test(html) ? html.split(/<li[^>]*>/i).slice(1) : html.split(/<br\s*\/?>|\n/i);
	return parts.map(plain).filter(Boolean);
}

/** The blank that marks a fill-in card's prompt. */
export const BLANK = '____';

/** A prompt with one blank as cloze text (`{{c1::answer}}`), or null when the prompt has no single blank. */
export function toCloze(prompt: string, answer: string): string | null {
	const at = prompt.indexOf(BLANK);
	if (at < 0 || prompt.indexOf(BLANK, at + 1) >= 0 || answer.includes('}}') || answer.includes('::')) return null;
	const end = prompt.slice(at).match(/^_+/)![0].length + at;
	return `${escapeHtml(prompt.slice(0, at))}{{c1::${escapeHtml(answer)}}}${escapeHtml(prompt.slice(end))}`;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** One card of a cloze note: its number, the prompt with that deletion blanked (others shown), and the answer. */
export interface ClozeCard {
	n: number;
	prompt: string;
	answer: string;
}

/** Every card of a cloze note's text, one per cloze number (`{{c1::…}}`, `{{c2::…::hint}}`). */
export function clozeCards(text: string): ClozeCard[] {
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
	return numbers.map((n) => {
		const answers: string[] = [];
		const prompt = text.replace(CLOZE, (_, k: string, body: string) => {
			if (Number(k) !== n) return body;
			answers.push(plain(body));
			return BLANK;
		});
		return { n, prompt: plain(prompt), answer: answers.join(' … ') };
	});
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the first field's text, as a number. */
export async function checksum(firstField: string): Promise<number> {
	const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(plain(firstField)));
	const b = new Uint8Array(digest);
	return ((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3];
}
