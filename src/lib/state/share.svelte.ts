/** Deck page exports (.json, CSV, Anki, Quizlet) and the share link with its QR code. */
import { loadDeck } from '../db/teacher';
import { toAnkiTsv, toCsv, toQuizletTsv } from '../exchange/csv';
import { downloadText, fileName } from '../exchange/download';
import { qrPath, shareLink, type QrPath } from '../exchange/share';
import type { Deck } from '../deck/schema';

/** Export formats offered on the deck page. */
export type ExportFormat = 'json' | 'csv' | 'anki' | 'quizlet';

const FORMATS: Record<ExportFormat, { ext: string; type: string; write: (d: Deck) => string; suffix: string }> = {
	json: { ext: 'json', type: 'application/json', write: (d) => JSON.stringify(d, null, '\t') + '\n', suffix: '' },
	csv: { ext: 'csv', type: 'text/csv;charset=utf-8', write: toCsv, suffix: '' },
	anki: { ext: 'txt', type: 'text/plain;charset=utf-8', write: toAnkiTsv, suffix: '-anki' },
	quizlet: { ext: 'txt', type: 'text/plain;charset=utf-8', write: toQuizletTsv, suffix: '-quizlet' }
};

/** Holds the share panel of one deck. */
export class DeckSharing {
	open = $state(false);
	link = $state('');
	qr = $state.raw<QrPath | null>(null);
	message = $state('');

	constructor(private deckId: string) {}

	/** Downloads the deck in one of the export formats. */
	async download(format: ExportFormat): Promise<void> {
		const deck = await loadDeck(this.deckId);
		if (!deck) return;
		const f = FORMATS[format];
		downloadText(fileName(deck.id + f.suffix, f.ext), f.write(deck), f.type);
	}

	/** Shows the share link and QR code (only a deck with a web address can be shared by link). */
	show(deckUrl: string | undefined, origin: string): void {
		this.open = true;
		this.link = deckUrl ? shareLink(origin, deckUrl) : '';
		this.qr = this.link ? qrPath(this.link) : null;
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
