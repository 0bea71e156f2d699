/** Anki's collection format (schema 11, which every Anki since 2.1 imports): tables, note types and the `col` row. */

/** The tables and indexes of an Anki collection (`collection.anki2`). */
export const ANKI_SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Anki separates a note's fields with the unit separator. */
export const FIELD_SEP = '\x1f';

/** The Newsdeck note type's fields (choice, typed and flip cards), in order. */
export const NEWSDECK_FIELDS = ['Front', 'Choices', 'Back', 'Source sentence', 'Article title', 'Date', 'Link'] as const;
/** The Newsdeck Cloze note type's fields (cards with a blank), in order; Text holds `{{c1::answer}}`. */
export const CLOZE_FIELDS = ['Text', 'Choices', 'Back Extra', 'Source sentence', 'Article title', 'Date', 'Link'] as const;

/** Fixed note type ids: the same ids on every export, so Anki matches the note types when a deck is imported again. */
export const NEWSDECK_MODEL_ID = 1733000000001;
export const CLOZE_MODEL_ID = 1733000000002;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: black; background: white; }
.choices { padding-left: 1.4em; } .source { margin-top: 1em; padding-left: .8em; border-left: 4px solid #ccc; font-size: .9em; }
.article { color: #666; font-size: .8em; margin-top: .4em; } .cloze { font-weight: bold; color: blue; }`;

const SOURCE = `{{#Source sentence}}<div class=source>{{Source sentence}}</div>{{/Source sentence}}
<div class=article>{{Article title}}{{#Date}} · {{Date}}{{/Date}}{{#Link}} · <a href="{{Link}}">article</a>{{/Link}}</div>`;

/** One field of a note type as Anki stores it. */
const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });

/** One card template. */
const template = (name: string, qfmt: string, afmt: string) => ({ name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 });

const LATEX_PRE = '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/** The two note types of an export, as the `models` JSON of the `col` row. */
export function noteTypes(deckId: number, modSeconds: number): Record<string, unknown> {
	const common = { mod: modSeconds, usn: -1, sortf: 0, did: deckId, css: CSS, latexPre: LATEX_PRE, latexPost: '\\end{document}', tags: [], vers: [] };
	return {
		[NEWSDECK_MODEL_ID]: {
			...common,
			id: NEWSDECK_MODEL_ID,
			name: 'Newsdeck',
			type: 0,
			flds: NEWSDECK_FIELDS.map(field),
			tmpls: [template('Card 1', '{{Front}}{{#Choices}}<div class=choices>{{Choices}}</div>{{/Choices}}', `{{FrontSide}}<hr id=answer><b>{{Back}}</b>\n${SOURCE}`)],
			req: [[0, 'any', [0, 1]]]
		},
		[CLOZE_MODEL_ID]: {
			...common,
			id: CLOZE_MODEL_ID,
			name: 'Newsdeck Cloze',
			type: 1,
			flds: CLOZE_FIELDS.map(field),
			tmpls: [template('Cloze', '{{cloze:Text}}{{#Choices}}<div class=choices>{{Choices}}</div>{{/Choices}}', `{{cloze:Text}}<br>{{Back Extra}}\n${SOURCE}`)],
			req: []
		}
	};
}

/** A deck entry of the `decks` JSON; `newsdeckId` keeps the Newsdeck deck id for an import back into Newsdeck (Anki ignores it). */
function ankiDeck(id: number, name: string, modSeconds: number, extra: Record<string, unknown> = {}) {
	return {
		id, name, mod: modSeconds, usn: -1, desc: '', dyn: 0, conf: 1, collapsed: false, browserCollapsed: false,
		extendNew: 10, extendRev: 50, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0], ...extra
	};
}

/** The `decks` JSON: Anki's Default deck and the exported deck. */
export function decksJson(deckId: number, name: string, description: string, newsdeckId: string, modSeconds: number): Record<string, unknown> {
	return { 1: ankiDeck(1, 'Default', modSeconds), [deckId]: ankiDeck(deckId, name, modSeconds, { desc: description, newsdeckId }) };
}

/** Anki's default deck options (`dconf`). */
export const DECK_OPTIONS = {
	1: {
		id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
		new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
		rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
		lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 }
	}
};

/** The collection-wide settings (`conf`). */
export function collectionConf(deckId: number): Record<string, unknown> {
	return {
		activeDecks: [deckId], curDeck: deckId, curModel: String(NEWSDECK_MODEL_ID), addToCur: true, collapseTime: 1200, dueCounts: true,
		estTimes: true, newBury: true, newSpread: 0, nextPos: 1, sortBackwards: false, sortType: 'noteFld', timeLim: 0
	};
}
