/** Data types passed between the generator's pipeline steps (article -> facts -> cards). */

/** A span of the whole input text: `text === content.slice(start, end)`. */
export interface Span {
	text: string;
	start: number;
	end: number;
}

/** An article as read from a file: text without the date line, with its date if known. */
export interface Article {
	/** Whole file content, exactly as given. */
	content: string;
	/** Offset in `content` where the body begins (after an optional ` date YYYY-MM-DD ` prefix). */
	bodyStart: number;
	/** Publication date YYYY-MM-DD (or YYYY-MM), or null when unknown. */
	date: string | null;
	/** First line / headline, used as a title. */
	title: string;
}

/** A sentence of the article, with offsets into `content`. */
export interface Sentence extends Span {
	index: number;
	paragraph: number;
}

/** A named entity with its canonical (fullest) name and every mention. */
export interface Entity {
	name: string;
	mentions: Span[];
	/** Known role or title ("president", "minister"), when the text gives one. */
	role?: string;
	/** Gender when the text shows it: m / f. */
	gender?: 'm' | 'f';
	/** How sure the typer is of this entity's kind (0–1; 1 for listed names and organisation or place head words). */
	confidence?: number;
}

/** A direct quotation and who said it. */
export interface Quote extends Span {
	/** Canonical name of a person or group, or null when the text does not say. */
	speaker: string | null;
	/** How the speaker was found (name next to the cue, pronoun, description, continuation, organisation, none). */
	via?: 'name' | 'pronoun' | 'description' | 'continuation' | 'organisation' | 'ranked' | 'none';
	/** The speaker ranker's probability for this speaker (0–1); cards are made only from confident ones. */
	confidence?: number;
}

/** A time expression normalised to a TIMEX3 value relative to the article date. */
export interface DateFact extends Span {
	/** TIMEX3 value (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Www-WE, YYYY-SU, 199X) or null. */
	value: string | null;
}

/** Everything the extraction engine finds in one article; the output of `npm run facts`. */
export interface Facts {
	date: string | null;
	people: Entity[];
	places: Entity[];
	groups: Entity[];
	quotes: Quote[];
	dates: DateFact[];
	/** The article's sentences as extraction split them (the card stage reuses them). */
	sentences?: Sentence[];
}
