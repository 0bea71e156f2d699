/** Saves text or bytes as a file through the browser's download (no server involved, works offline). */
import { normalise } from '../deck/ids';

/** Downloads a Blob under a file name. */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads text as a file of the given MIME type. */
export function downloadText(name: string, text: string, type: string): void {
	downloadBlob(name, new Blob([text], { type }));
}

/** A file name from a deck id or title. */
export const fileName = (base: string, ext: string) => `${base.replace(/[^\w.-]+/g, '-').slice(0, 80) || 'deck'}.${ext}`;

/** A file name from a deck's title: its words in lower case joined by "-" (letters of any script kept), e.g. `lakeside-bridge-opens-anki.txt`. */
export function deckFileName(title: string, ext: string, suffix = ''): string {
	const full = normalise(title).replace(/'/g, '').replace(/ /g, '-');
	let slug = full.slice(0, 60);
	// A long title is cut after a whole word.
	if (full.length > 60 && full[60] !== '-' && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
	return `${slug.replace(/-+$/, '') || 'deck'}${suffix}.${ext}`;
}
