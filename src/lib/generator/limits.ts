/** Limits of the generator's input, in one place: the CLI and the Web Worker both stop at them. */

/**
 * Most characters one article may have (about 6 MB of text). Extraction grows linearly with the input, so this
 * takes seconds; a deck holding an article this long stays under the 20 MB import limit. /make asks for less
 * per article (MAX_ARTICLE_CHARS in exchange/edit.ts), so a whole batch of articles fits one deck file.
 */
export const MAX_INPUT_CHARS = 6_000_000;

/**
 * Largest article file `npm run generate` reads (5 MB on disk). A news article is well under 100 kB of text and a
 * saved news page (HTML with its scripts) rarely passes 3 MB; a larger file is refused before it is read, named in
 * the skip summary, so one stray file never holds up a batch.
 */
export const MAX_FILE_BYTES = 5_000_000;
