/** Deck page exports (.json, CSV, Anki, Quizlet) and the share link (the deck's address, or the deck inside the link) with its QR code. */
import { loadDeck } from '../db/teacher';
import { toAnkiTsv, toCsv, toQuizletTsv } from '../exchange/csv';
import { deckFileName, downloadBlob, downloadText } from '../exchange/download';
import { loadSqlJs } from '../exchange/anki/sqlite';
import { qrPath, shareLink, type QrPath } from '../exchange/share';
import { MAX_LINK_CHARS } from '../exchange/link';
import type { Deck } from '../deck/schema';

/** Export formats offered on the deck page (the Anki package is written apart: it needs sql.js). */
export type ExportFormat = 'json' | 'csv' | 'anki' | 'quizlet';

const FORMATS: Record<ExportFormat, { ext: string; type: string; write: (d: Deck) => string; suffix: string }> = {
	json: { ext: 'json', type: 'application/json', write: (d) => JSON.stringify(d, null, '\t') + '\n', suffix: '' },
	csv: { ext: 'csv', type: 'text/csv;charset=utf-8', write: toCsv, suffix: '' },
	anki: { ext: 'txt', type: 'text/plain;charset=utf-8', write: toAnkiTsv, suffix: '-anki' },
	quizlet: { ext: 'txt', type: 'text/plain;charset=utf-8', write: toQuizletTsv, suffix: '-quizlet' }
};

/** What the share panel offers: a link to the deck's address, the deck inside the link, or (too big) its file. */
export type ShareKind = 'address' | 'inline' | 'too-big';

/** Holds the share panel of one deck. */
export class DeckSharing {
	open = $state(false);
	kind = $state<ShareKind>('address');
	link = $state('');
	qr = $state.raw<QrPath | null>(null);
	message = $state('');

	constructor(private deckId: string) {}

	/** Downloads the deck in one of the export formats, named by its title. */
	async download(format: ExportFormat): Promise<void> {
		const deck = await loadDeck(this.deckId);
		if (!deck) return;
		const f = FORMATS[format];
		downloadText(deckFileName(deck.title, f.ext, f.suffix), f.write(deck), f.type);
	}

	/** Downloads the deck as an Anki package (.apkg), loading sql.js and the writer only now. */
	async downloadApkg(): Promise<void> {
		this.exportError = '';
		try {
			const deck = await loadDeck(this.deckId);
			if (!deck) return;
			const [{ deckToApkg }, SQL] = await Promise.all([import('../exchange/anki/write'), loadSqlJs()]);
			const bytes = await deckToApkg(deck, SQL, new Date());
			downloadBlob(deckFileName(deck.title, 'apkg'), new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
		} catch (e) {
			this.exportError = `The Anki package could not be made: ${e instanceof Error ? e.message : String(e)}`;
		}
	}

	/** Why the last export failed, or ''. */
	exportError = $state('');

	/**
	 * Opens the share panel: a deck with a web address (bundled decks included) links to it; any other deck
	 * travels inside its link when it fits, else the panel says so and offers the file.
	 */
	async show(origin: string, maxLink = MAX_LINK_CHARS): Promise<void> {
		const deck = await loadDeck(this.deckId);
		if (!deck) return;
		this.message = '';
		if (deck.url) {
			this.kind = 'address';
			this.link = shareLink(origin, deck.url);
		} else {
			const { deckLink } = await import('../exchange/link-codec');
			const link = deckLink(origin, deck, maxLink);
			this.kind = link ? 'inline' : 'too-big';
			this.link = link ?? '';
		}
		this.qr = this.link ? qrPath(this.link) : null;
		this.open = true;
	}

	/** Copies the link to the clipboard. */
	async copy(): Promise<void> {
		try {
			await navigator.clipboard.writeText(this.link);
			this.message = 'Link copied.';
		} catch {
			this.message = 'Could not copy; select the link and copy it.';
		}
	}
}
