/** The deck layer's one error class: every problem with its path, e.g. `cards[3].answer: ...`. */
export class DeckError extends Error {
	/** Each problem as `path: message`. */
	readonly problems: string[];
	/** File name (or URL) the deck came from, when known. */
	readonly file?: string;

	constructor(problems: string[], file?: string) {
		const head = file ? `${file}: ` : '';
		const shown = problems.slice(0, 12).join('\n  ');
		const more = problems.length > 12 ? `\n  …and ${problems.length - 12} more` : '';
		super(`${head}not a valid deck:\n  ${shown}${more}`);
		this.name = 'DeckError';
		this.problems = problems;
		this.file = file;
	}
}

/** A short, safe rendering of any value for an error message (never throws, whatever the value). */
export function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : typeof value;
}
