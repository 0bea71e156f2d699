/** Lifts deck files of older format versions to the current one; refuses unknown future versions. */
import { DECK_VERSION } from './schema';
import { show } from './errors';

/** Old-version lifters, keyed by the version they read; each returns the next version's shape. */
const LIFTERS: Record<number, (deck: Record<string, unknown>) => Record<string, unknown>> = {
	// Version 0 (pre-release) named the card list `questions`; version 1 calls it `cards`.
	0: (d) => {
		const { questions, ...rest } = d;
		return { ...rest, cards: d.cards ?? questions ?? [], version: 1 };
	}
};

/** Returns the deck object at the current version, or a list of problems (never throws). */
export function migrate(raw: Record<string, unknown>): { deck: Record<string, unknown> } | { problems: string[] } {
	let deck = raw;
	const version = deck.version;
	if (typeof version !== 'number' || !Number.isInteger(version)) {
		return { problems: [`version: expected a whole number (this app reads version ${DECK_VERSION}), got ${show(version)}`] };
	}
	if (version > DECK_VERSION) {
		return {
			problems: [
				`version: this deck uses format version ${version}, but this app reads versions up to ${DECK_VERSION}; update the app to open it`
			]
		};
	}
	for (let v = version; v < DECK_VERSION; v++) {
		const lift = LIFTERS[v];
		if (!lift) return { problems: [`version: no upgrade from version ${v}`] };
		deck = lift(deck);
	}
	return { deck };
}
