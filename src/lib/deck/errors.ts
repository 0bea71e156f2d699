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
