/** Saves text as a file through the browser's download (no server involved, works offline). */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a deck id or title. */
export const fileName = (base: string, ext: string) => `${base.replace(/[^\w.-]+/g, '-').slice(0, 80) || 'deck'}.${ext}`;
